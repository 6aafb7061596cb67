#include "assistant/ChatStream.h"

#include "assistant/OpenAiErrorClassifier.h"
#include "common/Clock.h"
#include "common/DeweyVersion.h"
#include "log/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

namespace Dewey {

namespace {

// An error page is short; anything longer is not worth keeping in memory.
constexpr qsizetype kMaxCollectedBytes = 1024 * 1024;

int httpStatus(const QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

ChatStream::ChatStream(QNetworkAccessManager& network, OpenAiEndpoint endpoint, ChatRequest request,
                       OpenAiClientOptions options, const IClock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_request(std::move(request))
    , m_options(options)
    , m_clock(clock)
{
    m_body = QJsonDocument(m_request.toJson()).toJson(QJsonDocument::Compact);
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ChatStream::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatStream::sendAttempt);
}

ChatStream::~ChatStream()
{
    dropReply();
}

QString ChatStream::serverName() const
{
    return OpenAiErrorClassifier::serverName(m_endpoint.baseUrl);
}

void ChatStream::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_endpoint.apiKey.isEmpty() && m_endpoint.requiresApiKey()) {
        // Queued, so that callers connect to failed() after start() as well as before.
        QTimer::singleShot(0, this, [this] { fail(OpenAiErrorClassifier::missingApiKey()); });
        return;
    }
    sendAttempt();
}

void ChatStream::sendAttempt()
{
    m_mode = BodyMode::Undecided;
    m_collected.clear();
    m_parser.reset();
    m_decoder = ChatStreamDecoder();
    m_timedOut = false;
    m_sawFirstByte = false;

    QNetworkRequest request(m_endpoint.url(QStringLiteral("chat/completions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "text/event-stream");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("%1/%2").arg(QLatin1String(kApplicationName), QLatin1String(kVersion)));
    if (!m_endpoint.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());

    qCDebug(lcAssistant) << "POST chat/completions to" << serverName() << "model" << m_request.model
                         << "messages" << m_request.messages.size() << "tools" << m_request.tools.size();
    m_reply = m_network.post(request, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatStream::onReplyFinished);
    m_timeout.start(int(m_options.connectTimeoutMs));
}

void ChatStream::decideBodyMode()
{
    const int status = httpStatus(m_reply);
    if (status < 200 || status > 299) {
        m_mode = BodyMode::Error;
        return;
    }
    const QString contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    m_mode = contentType.contains(QLatin1String("json")) ? BodyMode::Json : BodyMode::EventStream;
}

void ChatStream::onReadyRead()
{
    if (!m_reply)
        return;
    m_sawFirstByte = true;
    m_timeout.start(int(m_options.idleTimeoutMs));
    if (m_mode == BodyMode::Undecided)
        decideBodyMode();

    const QByteArray bytes = m_reply->readAll();
    if (m_mode != BodyMode::EventStream) {
        if (m_collected.size() < kMaxCollectedBytes)
            m_collected.append(bytes.left(kMaxCollectedBytes - m_collected.size()));
        return;
    }
    const SseParser::Result parsed = m_parser.feed(bytes);
    if (!processEvents(parsed.events))
        return;
    if (!parsed.ok())
        fail(OpenAiErrorClassifier::malformed(QStringLiteral("a line of the event stream is too long"),
                                              serverName()));
}

bool ChatStream::processEvents(const QList<SseEvent>& events)
{
    for (const SseEvent& event : events) {
        const ChatStreamDecoder::Update update = m_decoder.decode(event);
        if (update.error) {
            const AssistantError error = OpenAiErrorClassifier::fromStream(*update.error, serverName());
            qCWarning(lcAssistant) << "error in the stream from" << serverName() << ":"
                                   << update.error->message;
            failOrRetry(error);
            return false;
        }
        if (update.toolCallsChanged)
            m_outputSeen = true;
        if (!update.content.isEmpty()) {
            m_outputSeen = true;
            emit contentReceived(update.content);
            if (!m_running)
                return false; // a slot cancelled us
        }
        if (update.done) {
            complete();
            return false;
        }
    }
    return true;
}

void ChatStream::onReplyFinished()
{
    if (!m_reply || !m_running)
        return;
    m_timeout.stop();
    QNetworkReply* reply = m_reply;
    if (m_mode == BodyMode::Undecided && httpStatus(reply) != 0)
        decideBodyMode();
    // After abort() the reply is closed and has nothing left to read.
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();

    if (m_timedOut) {
        failOrRetry(OpenAiErrorClassifier::timeout(
            m_sawFirstByte, m_sawFirstByte ? m_options.idleTimeoutMs : m_options.connectTimeoutMs,
            serverName()));
        return;
    }

    switch (m_mode) {
    case BodyMode::Undecided: {
        // No HTTP status at all: the connection failed.
        failOrRetry(OpenAiErrorClassifier::fromNetwork(reply->error(), reply->errorString(), serverName(),
                                                       m_outputSeen));
        return;
    }
    case BodyMode::Error: {
        m_collected.append(rest.left(kMaxCollectedBytes - m_collected.size()));
        OpenAiErrorClassifier::HttpFailure failure;
        failure.status = httpStatus(reply);
        failure.body = m_collected;
        failure.retryAfterMsHeader = reply->rawHeader("retry-after-ms");
        failure.retryAfterHeader = reply->rawHeader("retry-after");
        const AssistantError error = OpenAiErrorClassifier::fromHttp(failure, m_clock.now(), serverName());
        qCWarning(lcAssistant) << serverName() << "answered HTTP" << failure.status << ":" << error.detail;
        failOrRetry(error);
        return;
    }
    case BodyMode::Json:
        m_collected.append(rest.left(kMaxCollectedBytes - m_collected.size()));
        finishFromJsonBody();
        return;
    case BodyMode::EventStream:
        break;
    }

    SseParser::Result parsed = m_parser.feed(rest);
    if (!processEvents(parsed.events))
        return;
    const SseParser::Result tail = m_parser.finish();
    if (!processEvents(tail.events))
        return;
    if (m_decoder.isComplete()) {
        // A finish reason but no [DONE]: some servers end like that, and nothing is missing.
        complete();
        return;
    }
    qCWarning(lcAssistant) << "the stream from" << serverName() << "ended early:" << reply->errorString();
    if (reply->error() != QNetworkReply::NoError && !m_outputSeen) {
        failOrRetry(
            OpenAiErrorClassifier::fromNetwork(reply->error(), reply->errorString(), serverName(), false));
        return;
    }
    failOrRetry(OpenAiErrorClassifier::cutMidStream(serverName()));
}

void ChatStream::finishFromJsonBody()
{
    const QJsonDocument document = QJsonDocument::fromJson(m_collected);
    const QJsonObject root = document.object();
    if (root.contains(QLatin1String("error"))) {
        const OpenAiErrorClassifier::ServerMessage message = OpenAiErrorClassifier::parseBody(m_collected);
        failOrRetry(OpenAiErrorClassifier::fromStream(
            {ChatStreamDecoder::StreamError::Kind::Server, message.message, message.type, message.code},
            serverName()));
        return;
    }
    const QJsonArray choices = root.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty() || !choices.first().toObject().value(QLatin1String("message")).isObject()) {
        failOrRetry(OpenAiErrorClassifier::malformed(QString::fromUtf8(m_collected.left(200)), serverName()));
        return;
    }
    // Replay the whole answer through the decoder as if it had been one chunk, so both paths give the
    // same result.
    QJsonObject choice = choices.first().toObject();
    choice.insert(QStringLiteral("delta"), choice.value(QLatin1String("message")));
    QJsonObject chunk = root;
    chunk.insert(QStringLiteral("choices"), QJsonArray{choice});
    QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    QJsonArray calls = delta.value(QLatin1String("tool_calls")).toArray();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QJsonObject call = calls.at(i).toObject();
        if (!call.contains(QLatin1String("index")))
            call.insert(QStringLiteral("index"), int(i));
        calls.replace(i, call);
    }
    if (!calls.isEmpty()) {
        delta.insert(QStringLiteral("tool_calls"), calls);
        choice.insert(QStringLiteral("delta"), delta);
        chunk.insert(QStringLiteral("choices"), QJsonArray{choice});
    }
    const SseEvent event{{}, QJsonDocument(chunk).toJson(QJsonDocument::Compact), {}, {}};
    if (!processEvents({event}))
        return;
    complete();
}

void ChatStream::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    qCWarning(lcAssistant) << serverName()
                           << (m_sawFirstByte ? "stopped sending the answer" : "did not answer in time");
    m_reply->abort(); // onReplyFinished() reports it
}

void ChatStream::failOrRetry(const AssistantError& error)
{
    // Once part of the answer is on screen a silent retry would repeat it; the streamer gets a Retry
    // button instead. Timeouts are not retried either: the streamer already waited a long time.
    const bool retryable = error.retryable && !m_outputSeen && error.kind != AssistantError::Kind::Timeout;
    const qint64 delay = retryable
                             ? m_options.retry.delayBeforeRetry(m_retries + 1, error.retryAfterMs,
                                                                QRandomGenerator::global()->generateDouble())
                             : -1;
    if (delay < 0) {
        fail(error);
        return;
    }
    dropReply();
    ++m_retries;
    qCInfo(lcAssistant) << "retry" << m_retries << "in" << delay << "ms after"
                        << assistantErrorKindName(error.kind);
    emit retrying(m_retries, delay, error);
    if (m_running)
        m_retryTimer.start(int(delay));
}

void ChatStream::complete()
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    dropReply();
    ChatResult result;
    result.content = m_decoder.content();
    result.toolCalls = m_decoder.toolCalls();
    result.finishReason = m_decoder.finishReason();
    result.usage = m_decoder.usage().value_or(TokenUsage{});
    result.model = m_decoder.model();
    qCDebug(lcAssistant) << "answer complete:" << result.content.size() << "chars," << result.toolCalls.size()
                         << "tool calls, finish" << result.finishReason << "tokens"
                         << result.usage.totalTokens;
    emit finished(result);
}

void ChatStream::fail(const AssistantError& error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    m_retryTimer.stop();
    dropReply();
    emit failed(error);
}

void ChatStream::cancel()
{
    m_running = false;
    m_timeout.stop();
    m_retryTimer.stop();
    dropReply();
}

void ChatStream::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

} // namespace Dewey
