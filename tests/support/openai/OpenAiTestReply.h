#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace DeweyTest {

// A function call the scripted model makes.
struct ScriptedToolCall
{
    QString name;
    QString arguments; // JSON text, sent in fragments
    QString id;        // "call_…"; generated when empty
};

// What OpenAiTestServer answers to one request: a streamed answer shaped like api.openai.com's
// (role chunk, content pieces, finish chunk, usage chunk, [DONE]), or an error in any of the ways a
// real server fails. Build one with the static functions and adjust the public fields if needed.
struct OpenAiTestReply
{
    enum class Kind
    {
        Stream,   // 200 text/event-stream, sent in HTTP chunks with pauses between them
        Complete, // any status with a Content-Length body (errors, non-streamed JSON)
        Hang,     // reads the request and never answers (connect/first-byte timeouts)
    };

    Kind kind = Kind::Stream;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;           // Complete
    QList<QByteArray> events;  // Stream: whole SSE events ("data: …\n\n")
    int cutAfterEvents = -1;   // Stream: drop the connection after this many events (no final chunk)
    int stallAfterEvents = -1; // Stream: stop sending after this many events, keep the connection open
    int pauseMs = 2;           // Stream: pause between network writes, like tokens arriving
    quint32 seed = 1;          // Stream: where events are cut into network writes (deterministic)

    // A streamed answer, cut into token-sized pieces. promptTokens/completionTokens go in the usage
    // chunk (sent only when the request asked for stream_options.include_usage).
    static OpenAiTestReply text(const QString& answer, int promptTokens = 120, int completionTokens = -1);
    // Streamed tool calls with argument fragments of a few characters, finish_reason "tool_calls".
    static OpenAiTestReply toolCalls(const QList<ScriptedToolCall>& calls, int promptTokens = 150);
    // The same answer as one chat.completion JSON object (a server that ignores stream: true).
    static OpenAiTestReply nonStreamed(const QString& answer);

    // Error bodies as api.openai.com sends them.
    static OpenAiTestReply invalidApiKey();
    // 429 rate_limit_exceeded; a negative value leaves that header out.
    static OpenAiTestReply rateLimited(qint64 retryAfterMs, qint64 retryAfterSeconds = -1);
    static OpenAiTestReply insufficientQuota();
    static OpenAiTestReply serverError(int status = 500);
    static OpenAiTestReply modelNotFound(const QString& model);
    static OpenAiTestReply error(int status, const QByteArray& body,
                                 const QList<QPair<QByteArray, QByteArray>>& headers = {});

    // Streams the first `events` events of a text answer, then the connection drops.
    static OpenAiTestReply cutMidStream(const QString& answer, int events);
    // Streams part of an answer, then an {"error": …} object in the stream.
    static OpenAiTestReply errorMidStream(const QString& partialAnswer, const QString& message);
    // 200 text/event-stream whose data is not Chat Completions JSON.
    static OpenAiTestReply malformedStream(const QByteArray& garbage);
    // Streams `events` events, then goes silent without closing.
    static OpenAiTestReply stallMidStream(const QString& answer, int events);
    static OpenAiTestReply hang();

    // Pieces of text the way a tokenizer would cut it: words with their leading space, long words
    // in parts. Exposed so tests can predict how many content deltas arrive.
    static QStringList tokenize(const QString& text);
};

// One SSE event holding a chat.completion.chunk with the given delta.
QByteArray openAiChunkEvent(const QJsonObject& delta, const QJsonValue& finishReason);

} // namespace DeweyTest

Q_DECLARE_METATYPE(DeweyTest::OpenAiTestReply)
