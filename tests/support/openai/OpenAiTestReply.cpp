#include "OpenAiTestReply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DeweyTest {

namespace {

const QString kModel = QStringLiteral("gpt-4.1-mini-2025-04-14");
const QString kCompletionId = QStringLiteral("chatcmpl-Dewey0TestServer0000000000");

QByteArray event(const QJsonObject& object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

QJsonObject chunkEnvelope(const QJsonArray& choices, const QJsonValue& usage)
{
    return QJsonObject{{QStringLiteral("id"), kCompletionId},
                       {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                       {QStringLiteral("created"), 1750000000},
                       {QStringLiteral("model"), kModel},
                       {QStringLiteral("service_tier"), QStringLiteral("default")},
                       {QStringLiteral("system_fingerprint"), QStringLiteral("fp_38647f5e19")},
                       {QStringLiteral("choices"), choices},
                       {QStringLiteral("usage"), usage}};
}

QByteArray usageEvent(int promptTokens, int completionTokens)
{
    const QJsonObject usage{
        {QStringLiteral("prompt_tokens"), promptTokens},
        {QStringLiteral("completion_tokens"), completionTokens},
        {QStringLiteral("total_tokens"), promptTokens + completionTokens},
        {QStringLiteral("prompt_tokens_details"),
         QJsonObject{{QStringLiteral("cached_tokens"), 0}, {QStringLiteral("audio_tokens"), 0}}},
        {QStringLiteral("completion_tokens_details"),
         QJsonObject{{QStringLiteral("reasoning_tokens"), 0}, {QStringLiteral("audio_tokens"), 0}}},
    };
    return event(chunkEnvelope(QJsonArray{}, usage));
}

QByteArray roleEvent(const QJsonValue& content)
{
    return openAiChunkEvent(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                        {QStringLiteral("content"), content},
                                        {QStringLiteral("refusal"), QJsonValue::Null}},
                            QJsonValue::Null);
}

QByteArray errorBody(const QString& message, const QString& type, const QJsonValue& code)
{
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("param"), QJsonValue::Null},
                            {QStringLiteral("code"), code}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Indented);
}

QList<QByteArray> textEvents(const QString& answer)
{
    QList<QByteArray> events{roleEvent(QString())};
    for (const QString& piece : OpenAiTestReply::tokenize(answer))
        events.append(openAiChunkEvent(QJsonObject{{QStringLiteral("content"), piece}}, QJsonValue::Null));
    return events;
}

const QList<QPair<QByteArray, QByteArray>> kJsonHeaders{{"Content-Type", "application/json"}};

} // namespace

QByteArray openAiChunkEvent(const QJsonObject& delta, const QJsonValue& finishReason)
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("logprobs"), QJsonValue::Null},
                             {QStringLiteral("finish_reason"), finishReason}};
    return event(chunkEnvelope(QJsonArray{choice}, QJsonValue::Null));
}

QStringList OpenAiTestReply::tokenize(const QString& text)
{
    QStringList pieces;
    QString current;
    for (const QChar c : text) {
        const bool startsWord = c.isSpace() || c.isPunct();
        if ((startsWord && !current.isEmpty() && !current.back().isSpace()) || current.size() >= 5) {
            pieces.append(current);
            current.clear();
        }
        current.append(c);
    }
    if (!current.isEmpty())
        pieces.append(current);
    return pieces;
}

OpenAiTestReply OpenAiTestReply::text(const QString& answer, int promptTokens, int completionTokens)
{
    OpenAiTestReply reply;
    reply.events = textEvents(answer);
    reply.events.append(openAiChunkEvent(QJsonObject{}, QStringLiteral("stop")));
    const int completion = completionTokens >= 0 ? completionTokens : int(tokenize(answer).size());
    reply.events.append(usageEvent(promptTokens, completion));
    reply.events.append("data: [DONE]\n\n");
    return reply;
}

OpenAiTestReply OpenAiTestReply::toolCalls(const QList<ScriptedToolCall>& calls, int promptTokens)
{
    OpenAiTestReply reply;
    reply.events.append(roleEvent(QJsonValue::Null));
    int completionTokens = 0;
    for (qsizetype index = 0; index < calls.size(); ++index) {
        const ScriptedToolCall& call = calls.at(index);
        const QString id =
            call.id.isEmpty() ? QStringLiteral("call_%1Dewey%2").arg(index).arg(call.name.size()) : call.id;
        const QJsonObject first{
            {QStringLiteral("index"), int(index)},
            {QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
             QJsonObject{{QStringLiteral("name"), call.name}, {QStringLiteral("arguments"), QString()}}}};
        reply.events.append(openAiChunkEvent(QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{first}}},
                                             QJsonValue::Null));
        // Arguments arrive a few characters at a time, cutting through keys and values.
        for (qsizetype from = 0; from < call.arguments.size(); from += 4) {
            const QJsonObject fragment{
                {QStringLiteral("index"), int(index)},
                {QStringLiteral("function"),
                 QJsonObject{{QStringLiteral("arguments"), call.arguments.mid(from, 4)}}}};
            reply.events.append(openAiChunkEvent(
                QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{fragment}}}, QJsonValue::Null));
            ++completionTokens;
        }
    }
    reply.events.append(openAiChunkEvent(QJsonObject{}, QStringLiteral("tool_calls")));
    reply.events.append(usageEvent(promptTokens, completionTokens));
    reply.events.append("data: [DONE]\n\n");
    return reply;
}

OpenAiTestReply OpenAiTestReply::nonStreamed(const QString& answer)
{
    const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                              {QStringLiteral("content"), answer},
                              {QStringLiteral("refusal"), QJsonValue::Null}};
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("message"), message},
                             {QStringLiteral("logprobs"), QJsonValue::Null},
                             {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), 100},
                            {QStringLiteral("completion_tokens"), int(tokenize(answer).size())},
                            {QStringLiteral("total_tokens"), 100 + int(tokenize(answer).size())}};
    const QJsonObject root{{QStringLiteral("id"), kCompletionId},
                           {QStringLiteral("object"), QStringLiteral("chat.completion")},
                           {QStringLiteral("created"), 1750000000},
                           {QStringLiteral("model"), kModel},
                           {QStringLiteral("choices"), QJsonArray{choice}},
                           {QStringLiteral("usage"), usage}};
    return error(200, QJsonDocument(root).toJson(QJsonDocument::Compact), kJsonHeaders);
}

OpenAiTestReply OpenAiTestReply::error(int status, const QByteArray& body,
                                       const QList<QPair<QByteArray, QByteArray>>& headers)
{
    OpenAiTestReply reply;
    reply.kind = Kind::Complete;
    reply.status = status;
    reply.body = body;
    reply.headers = headers.isEmpty() ? kJsonHeaders : headers;
    return reply;
}

OpenAiTestReply OpenAiTestReply::invalidApiKey()
{
    return error(
        401, errorBody(QStringLiteral("Incorrect API key provided: sk-wrong. You can find your API key at "
                                      "https://platform.openai.com/account/api-keys."),
                       QStringLiteral("invalid_request_error"), QStringLiteral("invalid_api_key")));
}

OpenAiTestReply OpenAiTestReply::rateLimited(qint64 retryAfterMs, qint64 retryAfterSeconds)
{
    QList<QPair<QByteArray, QByteArray>> headers = kJsonHeaders;
    if (retryAfterMs >= 0)
        headers.append(qMakePair(QByteArray("retry-after-ms"), QByteArray::number(retryAfterMs)));
    if (retryAfterSeconds >= 0)
        headers.append(qMakePair(QByteArray("retry-after"), QByteArray::number(retryAfterSeconds)));
    headers.append(qMakePair(QByteArray("x-ratelimit-limit-requests"), QByteArray("500")));
    headers.append(qMakePair(QByteArray("x-ratelimit-remaining-requests"), QByteArray("0")));
    return error(
        429,
        errorBody(QStringLiteral("Rate limit reached for gpt-4.1-mini in organization org-dewey on "
                                 "requests per min (RPM): Limit 500, Used 500, Requested 1. Please try "
                                 "again in 120ms."),
                  QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded")),
        headers);
}

OpenAiTestReply OpenAiTestReply::insufficientQuota()
{
    return error(
        429, errorBody(QStringLiteral("You exceeded your current quota, please check your plan and billing "
                                      "details. For more information on this error, read the docs: "
                                      "https://platform.openai.com/docs/guides/error-codes/api-errors."),
                       QStringLiteral("insufficient_quota"), QStringLiteral("insufficient_quota")));
}

OpenAiTestReply OpenAiTestReply::serverError(int status)
{
    return error(status,
                 errorBody(QStringLiteral("The server had an error while processing your request. Sorry "
                                          "about that!"),
                           QStringLiteral("server_error"), QJsonValue::Null));
}

OpenAiTestReply OpenAiTestReply::modelNotFound(const QString& model)
{
    return error(
        404,
        errorBody(QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(model),
                  QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found")));
}

OpenAiTestReply OpenAiTestReply::cutMidStream(const QString& answer, int events)
{
    OpenAiTestReply reply = text(answer);
    reply.cutAfterEvents = events;
    return reply;
}

OpenAiTestReply OpenAiTestReply::errorMidStream(const QString& partialAnswer, const QString& message)
{
    OpenAiTestReply reply;
    reply.events = textEvents(partialAnswer);
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), QStringLiteral("server_error")},
                            {QStringLiteral("param"), QJsonValue::Null},
                            {QStringLiteral("code"), QJsonValue::Null}};
    reply.events.append(event(QJsonObject{{QStringLiteral("error"), error}}));
    return reply;
}

OpenAiTestReply OpenAiTestReply::malformedStream(const QByteArray& garbage)
{
    OpenAiTestReply reply;
    reply.events = {"data: " + garbage + "\n\n"};
    return reply;
}

OpenAiTestReply OpenAiTestReply::stallMidStream(const QString& answer, int events)
{
    OpenAiTestReply reply = text(answer);
    reply.stallAfterEvents = events;
    return reply;
}

OpenAiTestReply OpenAiTestReply::hang()
{
    OpenAiTestReply reply;
    reply.kind = Kind::Hang;
    return reply;
}

} // namespace DeweyTest
