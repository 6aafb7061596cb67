#include "OpenAiTestServer.h"
#include "assistant/OpenAiClient.h"
#include "common/Clock.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Dewey;
using DeweyTest::OpenAiTestReply;
using DeweyTest::OpenAiTestServer;

namespace {

constexpr int kWaitMs = 20000; // a deadline for slow machines, not a timing assertion

// Collects what one ChatStream emitted.
struct StreamWatcher
{
    explicit StreamWatcher(ChatStream* stream)
        : deltas(stream, &ChatStream::contentReceived)
        , retries(stream, &ChatStream::retrying)
        , finished(stream, &ChatStream::finished)
        , failed(stream, &ChatStream::failed)
    {}

    bool waitForEnd()
    {
        return QTest::qWaitFor([this] { return finished.count() + failed.count() > 0; }, kWaitMs);
    }
    QString text() const
    {
        QString all;
        for (const auto& arguments : deltas)
            all += arguments.at(0).toString();
        return all;
    }
    ChatResult result() const { return finished.first().at(0).value<ChatResult>(); }
    AssistantError error() const { return failed.first().at(0).value<AssistantError>(); }

    QSignalSpy deltas;
    QSignalSpy retries;
    QSignalSpy finished;
    QSignalSpy failed;
};

ChatRequest simpleRequest()
{
    ChatRequest request;
    request.model = QStringLiteral("gpt-4.1-mini");
    request.messages = {ChatMessage::system(QStringLiteral("You are Dewey.")),
                        ChatMessage::user(QStringLiteral("What's the airbnb code?"))};
    request.temperature = 0.2;
    return request;
}

} // namespace

// The streamed chat client against a local server that speaks the OpenAI protocol.
class TestOpenAiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void streamsTokensAsTheyArrive();
    void requestFollowsTheChatCompletionsProtocol();
    void assemblesStreamedToolCalls();
    void acceptsANonStreamedAnswer();
    void httpErrorsAreClassifiedAndNotRetried_data();
    void httpErrorsAreClassifiedAndNotRetried();
    void rateLimitWaitsAsTheServerAsks_data();
    void rateLimitWaitsAsTheServerAsks();
    void serverErrorsAreRetriedThenGiveUp();
    void serverErrorThenSuccess();
    void connectionCutBeforeOutputIsRetried();
    void connectionCutMidAnswerFailsRetryable();
    void errorObjectMidStream();
    void malformedStreamIsNotRetried();
    void stalledStreamTimesOut();
    void silentServerTimesOut();
    void refusedConnectionIsANetworkError();
    void missingKeyForOpenAiFailsWithoutSending();
    void cancelStopsAndDropsTheConnection();
    void connectionTest_data();
    void connectionTest();

private:
    ChatStream* start(const ChatRequest& request = simpleRequest());

    SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OpenAiTestServer> m_server;
    std::unique_ptr<OpenAiClient> m_client;
    OpenAiEndpoint m_endpoint;
};

void TestOpenAiClient::initTestCase()
{
    qRegisterMetaType<ChatResult>();
    qRegisterMetaType<AssistantError>();
}

void TestOpenAiClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<OpenAiTestServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey(QStringLiteral("sk-test-dewey"));
    m_endpoint = OpenAiEndpoint{m_server->baseUrl(), QStringLiteral("sk-test-dewey")};
    m_client = std::make_unique<OpenAiClient>(
        *m_network, [this] { return m_endpoint; }, m_clock);
    OpenAiClientOptions options;
    options.retry.initialDelayMs = 1;
    options.retry.maxDelayMs = 5;
    m_client->setOptions(options);
}

void TestOpenAiClient::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_network.reset();
}

ChatStream* TestOpenAiClient::start(const ChatRequest& request)
{
    return m_client->streamChat(request, this);
}

void TestOpenAiClient::streamsTokensAsTheyArrive()
{
    const QString answer =
        QStringLiteral("Your Airbnb lock code is 4471 [note:12]. It changed from 1234 [note:3].");
    m_server->enqueueChat(OpenAiTestReply::text(answer, 512, 21));
    ChatStream* stream = start();
    StreamWatcher watcher(stream);
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);
    QCOMPARE(watcher.text(), answer);
    // One delta per token piece: the answer grows on screen rather than arriving at the end.
    QCOMPARE(watcher.deltas.count(), OpenAiTestReply::tokenize(answer).size());
    const ChatResult result = watcher.result();
    QCOMPARE(result.content, answer);
    QCOMPARE(result.finishReason, QStringLiteral("stop"));
    QCOMPARE(result.usage.promptTokens, 512);
    QCOMPARE(result.usage.completionTokens, 21);
    QCOMPARE(result.usage.totalTokens, 533);
    QCOMPARE(result.model, QStringLiteral("gpt-4.1-mini-2025-04-14"));
    QVERIFY(!stream->isRunning());
}

void TestOpenAiClient::requestFollowsTheChatCompletionsProtocol()
{
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("ok")));
    ChatRequest request = simpleRequest();
    request.tools = {ToolDefinition{QStringLiteral("remember"), QStringLiteral("Save a note."),
                                    QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}};
    StreamWatcher watcher(start(request));
    QVERIFY(watcher.waitForEnd());

    QCOMPARE(m_server->chatRequests().size(), 1);
    const DeweyTest::OpenAiRecordedRequest recorded = m_server->chatRequests().first();
    QCOMPARE(recorded.header("authorization"), QByteArray("Bearer sk-test-dewey"));
    QCOMPARE(recorded.header("content-type"), QByteArray("application/json"));
    const QJsonObject body = recorded.json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4.1-mini"));
    QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(
        body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(),
        true);
    QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.2);
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
    const QJsonObject tool = body.value(QLatin1String("tools")).toArray().first().toObject();
    QCOMPARE(tool.value(QLatin1String("type")).toString(), QStringLiteral("function"));
    QCOMPARE(tool.value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("remember"));
}

void TestOpenAiClient::assemblesStreamedToolCalls()
{
    m_server->enqueueChat(OpenAiTestReply::toolCalls(
        {{QStringLiteral("remember"), QStringLiteral("{\"text\":\"Mod Sam's birthday is 12 March\"}"), {}},
         {QStringLiteral("search_notes"), QStringLiteral("{\"query\":\"sponsor code\",\"limit\":5}"), {}}}));
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);
    const ChatResult result = watcher.result();
    QCOMPARE(result.finishReason, QStringLiteral("tool_calls"));
    QCOMPARE(result.toolCalls.size(), 2);
    QCOMPARE(result.toolCalls.at(0).name, QStringLiteral("remember"));
    QCOMPARE(result.toolCalls.at(0).arguments,
             QStringLiteral("{\"text\":\"Mod Sam's birthday is 12 March\"}"));
    QCOMPARE(result.toolCalls.at(1).name, QStringLiteral("search_notes"));
    QCOMPARE(result.toolCalls.at(1).arguments, QStringLiteral("{\"query\":\"sponsor code\",\"limit\":5}"));
    QVERIFY(!result.toolCalls.at(0).id.isEmpty());
    QVERIFY(result.toolCalls.at(0).id != result.toolCalls.at(1).id);
    QCOMPARE(watcher.deltas.count(), 0);
}

void TestOpenAiClient::acceptsANonStreamedAnswer()
{
    m_server->enqueueChat(OpenAiTestReply::nonStreamed(QStringLiteral("Whole answer at once.")));
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);
    QCOMPARE(watcher.text(), QStringLiteral("Whole answer at once."));
    QCOMPARE(watcher.result().finishReason, QStringLiteral("stop"));
    QVERIFY(watcher.result().usage.isValid());
}

void TestOpenAiClient::httpErrorsAreClassifiedAndNotRetried_data()
{
    QTest::addColumn<OpenAiTestReply>("reply");
    QTest::addColumn<AssistantError::Kind>("kind");
    QTest::addColumn<bool>("retryable");

    QTest::addRow("401 bad key") << OpenAiTestReply::invalidApiKey() << AssistantError::Kind::BadApiKey
                                 << false;
    QTest::addRow("429 insufficient_quota")
        << OpenAiTestReply::insufficientQuota() << AssistantError::Kind::QuotaExceeded << false;
    QTest::addRow("404 model") << OpenAiTestReply::modelNotFound(QStringLiteral("gpt-9"))
                               << AssistantError::Kind::ModelNotFound << false;
    QTest::addRow("400 bad request") << OpenAiTestReply::error(
                                            400,
                                            "{\"error\":{\"message\":\"Invalid 'messages[1].content'\"}}")
                                     << AssistantError::Kind::BadRequest << false;
    QTest::addRow("403") << OpenAiTestReply::error(403, "{\"error\":\"forbidden\"}")
                         << AssistantError::Kind::PermissionDenied << false;
}

void TestOpenAiClient::httpErrorsAreClassifiedAndNotRetried()
{
    QFETCH(OpenAiTestReply, reply);
    QFETCH(AssistantError::Kind, kind);
    QFETCH(bool, retryable);

    m_server->enqueueChat(reply);
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("must not be asked for")));
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.finished.count(), 0);
    const AssistantError error = watcher.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.retryable, retryable);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(watcher.deltas.count(), 0); // never as answer text
    QCOMPARE(watcher.retries.count(), 0);
    QCOMPARE(m_server->chatRequests().size(), 1);
}

void TestOpenAiClient::rateLimitWaitsAsTheServerAsks_data()
{
    QTest::addColumn<OpenAiTestReply>("reply");
    QTest::addColumn<qint64>("expectedDelayMs");

    QTest::addRow("retry-after-ms") << OpenAiTestReply::rateLimited(37) << qint64(37);
    QTest::addRow("retry-after seconds") << OpenAiTestReply::rateLimited(-1, 0) << qint64(0);
    QTest::addRow("retry-after-ms wins") << OpenAiTestReply::rateLimited(12, 30) << qint64(12);
}

void TestOpenAiClient::rateLimitWaitsAsTheServerAsks()
{
    QFETCH(OpenAiTestReply, reply);
    QFETCH(qint64, expectedDelayMs);

    m_server->enqueueChat(reply);
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("After the wait.")));
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);
    QCOMPARE(watcher.text(), QStringLiteral("After the wait."));
    QCOMPARE(watcher.retries.count(), 1);
    QCOMPARE(watcher.retries.first().at(0).toInt(), 1);
    QCOMPARE(watcher.retries.first().at(1).toLongLong(), expectedDelayMs);
    QCOMPARE(watcher.retries.first().at(2).value<AssistantError>().kind, AssistantError::Kind::RateLimited);
    QCOMPARE(m_server->chatRequests().size(), 2);
}

void TestOpenAiClient::serverErrorsAreRetriedThenGiveUp()
{
    for (int i = 0; i < 3; ++i)
        m_server->enqueueChat(OpenAiTestReply::serverError(i == 1 ? 503 : 500));
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.retries.count(), 2); // the default policy: two retries
    const AssistantError error = watcher.error();
    QCOMPARE(error.kind, AssistantError::Kind::ServerError);
    QVERIFY(error.retryable); // the UI offers Retry
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(m_server->chatRequests().size(), 3);
}

void TestOpenAiClient::serverErrorThenSuccess()
{
    m_server->enqueueChat(OpenAiTestReply::serverError(502));
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Second time lucky.")));
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.text(), QStringLiteral("Second time lucky."));
    QCOMPARE(watcher.retries.count(), 1);
}

void TestOpenAiClient::connectionCutBeforeOutputIsRetried()
{
    // Only the role chunk arrives before the cut: nothing was shown, so asking again is safe.
    m_server->enqueueChat(OpenAiTestReply::cutMidStream(QStringLiteral("never shown"), 1));
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Here it is.")));
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);
    QCOMPARE(watcher.text(), QStringLiteral("Here it is."));
    QCOMPARE(watcher.retries.count(), 1);
    QCOMPARE(watcher.retries.first().at(2).value<AssistantError>().kind, AssistantError::Kind::Network);
}

void TestOpenAiClient::connectionCutMidAnswerFailsRetryable()
{
    const QString answer = QStringLiteral("The sponsor code is DEWEY20 and it expires Friday.");
    m_server->enqueueChat(OpenAiTestReply::cutMidStream(answer, 5));
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("must not be asked for")));
    ChatStream* stream = start();
    StreamWatcher watcher(stream);
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.finished.count(), 0);
    const AssistantError error = watcher.error();
    QCOMPARE(error.kind, AssistantError::Kind::Network);
    QVERIFY(error.retryable);
    QCOMPARE(watcher.deltas.count(), 4); // role chunk + four content pieces
    QVERIFY(answer.startsWith(watcher.text()));
    QCOMPARE(stream->partialContent(), watcher.text());
    QCOMPARE(watcher.retries.count(), 0); // a silent retry would repeat what is on screen
    QCOMPARE(m_server->chatRequests().size(), 1);
}

void TestOpenAiClient::errorObjectMidStream()
{
    m_server->enqueueChat(OpenAiTestReply::errorMidStream(QStringLiteral("Let me check"),
                                                          QStringLiteral("The server had an error")));
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    const AssistantError error = watcher.error();
    QCOMPARE(error.kind, AssistantError::Kind::ServerError);
    QVERIFY(error.retryable);
    QCOMPARE(error.detail, QStringLiteral("The server had an error"));
    QCOMPARE(watcher.text(), QStringLiteral("Let me check"));
    QVERIFY(!watcher.text().contains(QLatin1String("error")));
}

void TestOpenAiClient::malformedStreamIsNotRetried()
{
    m_server->enqueueChat(OpenAiTestReply::malformedStream("<html><body>502 Bad Gateway</body></html>"));
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.error().kind, AssistantError::Kind::MalformedResponse);
    QVERIFY(!watcher.error().retryable);
    QCOMPARE(watcher.retries.count(), 0);
}

void TestOpenAiClient::stalledStreamTimesOut()
{
    OpenAiClientOptions options = m_client->options();
    options.idleTimeoutMs = 150;
    m_client->setOptions(options);
    m_server->enqueueChat(OpenAiTestReply::stallMidStream(QStringLiteral("Half of it and then nothing"), 3));
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    const AssistantError error = watcher.error();
    QCOMPARE(error.kind, AssistantError::Kind::Timeout);
    QVERIFY(error.retryable);
    QVERIFY(!watcher.text().isEmpty());
}

void TestOpenAiClient::silentServerTimesOut()
{
    OpenAiClientOptions options = m_client->options();
    options.connectTimeoutMs = 150;
    m_client->setOptions(options);
    m_server->enqueueChat(OpenAiTestReply::hang());
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.error().kind, AssistantError::Kind::Timeout);
    QCOMPARE(watcher.retries.count(), 0);
    QCOMPARE(m_server->chatRequests().size(), 1);
}

void TestOpenAiClient::refusedConnectionIsANetworkError()
{
    const QUrl closed = m_server->baseUrl();
    m_server.reset(); // nobody listens on that port any more
    m_endpoint.baseUrl = closed;
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    const AssistantError error = watcher.error();
    QCOMPARE(error.kind, AssistantError::Kind::Network);
    QVERIFY(error.retryable);
    QCOMPARE(watcher.retries.count(), 2);
    QVERIFY(error.message.contains(QStringLiteral("127.0.0.1")));
}

void TestOpenAiClient::missingKeyForOpenAiFailsWithoutSending()
{
    m_endpoint = OpenAiEndpoint{OpenAiEndpoint::defaultBaseUrl(), QString()};
    StreamWatcher watcher(start());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.error().kind, AssistantError::Kind::MissingApiKey);
    QVERIFY(!watcher.error().retryable);
}

void TestOpenAiClient::cancelStopsAndDropsTheConnection()
{
    // The server goes quiet after a few pieces, so Stop always lands in the middle of the answer.
    m_server->enqueueChat(
        OpenAiTestReply::stallMidStream(QStringLiteral("one two three four five six seven"), 6));
    QSignalSpy dropped(m_server.get(), &OpenAiTestServer::connectionDropped);

    ChatStream* stream = start();
    StreamWatcher watcher(stream);
    QVERIFY(QTest::qWaitFor([&] { return watcher.deltas.count() >= 3; }, kWaitMs));
    stream->cancel();
    QVERIFY(!stream->isRunning());
    const qsizetype deltasAtStop = watcher.deltas.count();
    // The server notices the client hung up in the middle of the stream.
    QVERIFY(dropped.wait(kWaitMs));
    QCOMPARE(watcher.deltas.count(), deltasAtStop);
    QCOMPARE(watcher.finished.count(), 0);
    QCOMPARE(watcher.failed.count(), 0);
}

void TestOpenAiClient::connectionTest_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("model");
    QTest::addColumn<AssistantError::Kind>("kind");
    QTest::addColumn<bool>("modelListed");

    QTest::addRow("good key, known model") << "sk-test-dewey"
                                           << "gpt-4.1-mini" << AssistantError::Kind::None << true;
    QTest::addRow("good key, unknown model") << "sk-test-dewey"
                                             << "llama3.1:8b" << AssistantError::Kind::None << false;
    QTest::addRow("wrong key") << "sk-wrong"
                               << "gpt-4.1-mini" << AssistantError::Kind::BadApiKey << false;
    QTest::addRow("no key") << ""
                            << "gpt-4.1-mini" << AssistantError::Kind::BadApiKey << false;
}

void TestOpenAiClient::connectionTest()
{
    QFETCH(QString, key);
    QFETCH(QString, model);
    QFETCH(AssistantError::Kind, kind);
    QFETCH(bool, modelListed);

    m_endpoint.apiKey = key;
    ConnectionTest* test = m_client->testConnection(model, this);
    QSignalSpy finished(test, &ConnectionTest::finished);
    QVERIFY(finished.wait(kWaitMs));
    const auto result = finished.first().at(0).value<ConnectionTestResult>();
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.modelListed, modelListed);
    if (result.ok())
        QVERIFY(result.models.contains(QStringLiteral("text-embedding-3-small")));
    QCOMPARE(m_server->requests(QStringLiteral("/v1/models")).size(), 1);
    QCOMPARE(m_server->chatRequests().size(), 0); // no tokens spent
}

QTEST_GUILESS_MAIN(TestOpenAiClient)
#include "tst_openaiclient.moc"
