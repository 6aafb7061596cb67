#include "assistant/ChatStreamDecoder.h"
#include "assistant/SseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Dewey::ChatStreamDecoder;
using Dewey::SseParser;
using Dewey::TokenUsage;
using Dewey::ToolCall;

namespace {

// Chunks shaped like the ones api.openai.com sends, with the fields a real stream carries.
QByteArray chunk(const QJsonObject& delta, const QJsonValue& finishReason = QJsonValue::Null)
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("delta"), delta},
                             {QStringLiteral("logprobs"), QJsonValue::Null},
                             {QStringLiteral("finish_reason"), finishReason}};
    const QJsonObject root{{QStringLiteral("id"), QStringLiteral("chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT")},
                           {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                           {QStringLiteral("created"), 1741569952},
                           {QStringLiteral("model"), QStringLiteral("gpt-4.1-mini-2025-04-14")},
                           {QStringLiteral("service_tier"), QStringLiteral("default")},
                           {QStringLiteral("system_fingerprint"), QStringLiteral("fp_6b68a8204b")},
                           {QStringLiteral("choices"), QJsonArray{choice}},
                           {QStringLiteral("usage"), QJsonValue::Null}};
    return "data: " + QJsonDocument(root).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray contentChunk(const QString& text)
{
    return chunk(QJsonObject{{QStringLiteral("content"), text}});
}

QByteArray usageChunk(int prompt, int completion)
{
    const QJsonObject root{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT")},
        {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
        {QStringLiteral("model"), QStringLiteral("gpt-4.1-mini-2025-04-14")},
        {QStringLiteral("choices"), QJsonArray{}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), prompt},
                                              {QStringLiteral("completion_tokens"), completion},
                                              {QStringLiteral("total_tokens"), prompt + completion},
                                              {QStringLiteral("prompt_tokens_details"),
                                               QJsonObject{{QStringLiteral("cached_tokens"), 0}}}}}};
    return "data: " + QJsonDocument(root).toJson(QJsonDocument::Compact) + "\n\n";
}

QByteArray toolFragment(int index, const QString& id, const QString& name, const QString& arguments)
{
    QJsonObject function{{QStringLiteral("arguments"), arguments}};
    QJsonObject call{{QStringLiteral("index"), index}, {QStringLiteral("function"), function}};
    if (!id.isEmpty()) {
        call.insert(QStringLiteral("id"), id);
        call.insert(QStringLiteral("type"), QStringLiteral("function"));
        function.insert(QStringLiteral("name"), name);
        call.insert(QStringLiteral("function"), function);
    }
    return chunk(QJsonObject{{QStringLiteral("tool_calls"), QJsonArray{call}}});
}

QByteArray roleChunk()
{
    return chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                             {QStringLiteral("content"), QString()},
                             {QStringLiteral("refusal"), QJsonValue::Null}});
}

struct Decoded
{
    QString content;
    QString streamedContent; // concatenated Update::content, as the UI would see it
    QList<ToolCall> toolCalls;
    QString finishReason;
    std::optional<TokenUsage> usage;
    std::optional<ChatStreamDecoder::StreamError> error;
    bool done = false;
};

// Runs bytes through the parser and the decoder, cut into the given pieces.
Decoded decodeInPieces(const QByteArray& stream, const QList<qsizetype>& cuts)
{
    SseParser parser;
    ChatStreamDecoder decoder;
    Decoded decoded;
    const auto consume = [&](const QList<Dewey::SseEvent>& events) {
        for (const auto& event : events) {
            const ChatStreamDecoder::Update update = decoder.decode(event);
            decoded.streamedContent += update.content;
            if (update.error && !decoded.error)
                decoded.error = update.error;
        }
    };
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        consume(parser.feed(QByteArrayView(stream).sliced(from, cut - from)).events);
        from = cut;
    }
    consume(parser.feed(QByteArrayView(stream).sliced(from)).events);
    consume(parser.finish().events);
    decoded.content = decoder.content();
    decoded.toolCalls = decoder.toolCalls();
    decoded.finishReason = decoder.finishReason();
    decoded.usage = decoder.usage();
    decoded.done = decoder.sawDone();
    return decoded;
}

} // namespace

// Chat Completions chunks → answer text, tool calls, finish reason, usage and errors.
class TestChatStreamDecoder : public QObject
{
    Q_OBJECT

private slots:
    void textAnswerWithUsageAtEveryChunkBoundary();
    void parallelToolCallFragmentsAtEveryChunkBoundary();
    void errorObjectMidStream_data();
    void errorObjectMidStream();
    void garbageIsMalformed_data();
    void garbageIsMalformed();
    void chunksWithoutChoicesAreHarmless();
    void refusalIsContentReasoningIsNot();
    void onlyTheFirstChoiceCounts();
    void toolCallsWithoutIndexOrIdFromCompatibleServers();
    void finishReasonWithoutDoneIsComplete();
};

void TestChatStreamDecoder::textAnswerWithUsageAtEveryChunkBoundary()
{
    const QByteArray stream =
        roleChunk() + contentChunk(QStringLiteral("The lock")) +
        contentChunk(QStringLiteral(" code is 4471 [note:12].")) + contentChunk(QStringLiteral(" Café ☕")) +
        chunk(QJsonObject{}, QStringLiteral("stop")) + usageChunk(812, 17) + "data: [DONE]\n\n";
    const QString expected = QStringLiteral("The lock code is 4471 [note:12]. Café ☕");

    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        const Decoded decoded = decodeInPieces(stream, {cut});
        QCOMPARE(decoded.content, expected);
        QCOMPARE(decoded.streamedContent, expected);
        QCOMPARE(decoded.finishReason, QStringLiteral("stop"));
        QVERIFY(decoded.usage.has_value());
        QCOMPARE(decoded.usage->promptTokens, 812);
        QCOMPARE(decoded.usage->completionTokens, 17);
        QCOMPARE(decoded.usage->totalTokens, 829);
        QVERIFY(decoded.done);
        QVERIFY(!decoded.error);
    }
}

void TestChatStreamDecoder::parallelToolCallFragmentsAtEveryChunkBoundary()
{
    // Two calls whose argument fragments interleave, cut mid-token as the API does.
    const QByteArray stream = chunk(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                {QStringLiteral("content"), QJsonValue::Null}}) +
                              toolFragment(0, QStringLiteral("call_DdmO9pD3xa9XTPNJ32zg2hcA"),
                                           QStringLiteral("remember"), QString()) +
                              toolFragment(0, {}, {}, QStringLiteral("{\"te")) +
                              toolFragment(0, {}, {}, QStringLiteral("xt\": \"Air")) +
                              toolFragment(1, QStringLiteral("call_ABC"), QStringLiteral("search_notes"),
                                           QStringLiteral("{\"query\"")) +
                              toolFragment(0, {}, {}, QStringLiteral("bnb code 4471\"}")) +
                              toolFragment(1, {}, {}, QStringLiteral(": \"wifi\"}")) +
                              chunk(QJsonObject{}, QStringLiteral("tool_calls")) + usageChunk(300, 40) +
                              "data: [DONE]\n\n";

    for (qsizetype cut = 0; cut <= stream.size(); cut += 3) {
        const Decoded decoded = decodeInPieces(stream, {cut, std::min(stream.size(), cut + 97)});
        QCOMPARE(decoded.content, QString());
        QCOMPARE(decoded.finishReason, QStringLiteral("tool_calls"));
        QCOMPARE(decoded.toolCalls.size(), 2);
        QCOMPARE(decoded.toolCalls.at(0),
                 (ToolCall{QStringLiteral("call_DdmO9pD3xa9XTPNJ32zg2hcA"), QStringLiteral("remember"),
                           QStringLiteral("{\"text\": \"Airbnb code 4471\"}")}));
        QCOMPARE(decoded.toolCalls.at(1),
                 (ToolCall{QStringLiteral("call_ABC"), QStringLiteral("search_notes"),
                           QStringLiteral("{\"query\": \"wifi\"}")}));
        QVERIFY(!decoded.error);
    }
}

void TestChatStreamDecoder::errorObjectMidStream_data()
{
    QTest::addColumn<QByteArray>("errorEvent");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");

    QTest::addRow("openai error object")
        << QByteArray("data: {\"error\":{\"message\":\"The server had an error while processing your "
                      "request.\",\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n")
        << QStringLiteral("The server had an error while processing your request.") << QString();
    QTest::addRow("named error event")
        << QByteArray("event: error\ndata: {\"message\":\"overloaded\",\"code\":529}\n\n")
        << QStringLiteral("overloaded") << QString();
    QTest::addRow("error as a string") << QByteArray("data: {\"error\":\"model crashed\"}\n\n")
                                       << QStringLiteral("model crashed") << QString();
    QTest::addRow("numeric code") << QByteArray("data: {\"error\":{\"message\":\"busy\",\"code\":503}}\n\n")
                                  << QStringLiteral("busy") << QStringLiteral("503");
}

void TestChatStreamDecoder::errorObjectMidStream()
{
    QFETCH(QByteArray, errorEvent);
    QFETCH(QString, message);
    QFETCH(QString, code);

    const QByteArray stream = roleChunk() + contentChunk(QStringLiteral("Half an ans")) + errorEvent;
    const Decoded decoded = decodeInPieces(stream, {stream.size() / 2});
    QVERIFY(decoded.error.has_value());
    QCOMPARE(decoded.error->kind, ChatStreamDecoder::StreamError::Kind::Server);
    QCOMPARE(decoded.error->message, message);
    QCOMPARE(decoded.error->code, code);
    QCOMPARE(decoded.content, QStringLiteral("Half an ans"));
    QVERIFY(!decoded.done);
}

void TestChatStreamDecoder::garbageIsMalformed_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addRow("html error page as data") << QByteArray("data: <html><body>Bad Gateway</body></html>\n\n");
    QTest::addRow("truncated json") << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"Hi\n\n");
    QTest::addRow("json array") << QByteArray("data: [1,2,3]\n\n");
    QTest::addRow("binary") << QByteArray("data: \x01\x02\xff\xfe\n\n", 14);
}

void TestChatStreamDecoder::garbageIsMalformed()
{
    QFETCH(QByteArray, stream);
    const Decoded decoded = decodeInPieces(stream, {});
    QVERIFY(decoded.error.has_value());
    QCOMPARE(decoded.error->kind, ChatStreamDecoder::StreamError::Kind::Malformed);
    QVERIFY(decoded.content.isEmpty());
}

void TestChatStreamDecoder::chunksWithoutChoicesAreHarmless()
{
    const QByteArray stream =
        QByteArray("data: {\"object\":\"keepalive\"}\n\n") + contentChunk(QStringLiteral("ok")) +
        "data: {\"choices\":[],\"usage\":null}\n\n" + chunk(QJsonObject{}, QStringLiteral("stop"));
    const Decoded decoded = decodeInPieces(stream, {});
    QVERIFY(!decoded.error);
    QCOMPARE(decoded.content, QStringLiteral("ok"));
    QVERIFY(!decoded.usage.has_value());
}

void TestChatStreamDecoder::refusalIsContentReasoningIsNot()
{
    const QByteArray stream =
        chunk(QJsonObject{{QStringLiteral("reasoning_content"), QStringLiteral("thinking…")}}) +
        chunk(QJsonObject{{QStringLiteral("refusal"), QStringLiteral("I can't help.")}});
    QCOMPARE(decodeInPieces(stream, {}).content, QStringLiteral("I can't help."));
}

void TestChatStreamDecoder::onlyTheFirstChoiceCounts()
{
    const QByteArray stream =
        "data: "
        "{\"choices\":[{\"index\":1,\"delta\":{\"content\":\"other\"}},{\"index\":0,\"delta\":{\"content\":"
        "\"mine\"}}]}\n\n";
    QCOMPARE(decodeInPieces(stream, {}).content, QStringLiteral("mine"));
}

void TestChatStreamDecoder::toolCallsWithoutIndexOrIdFromCompatibleServers()
{
    // Ollama-style: each call whole, no index, arguments as an object; one without an id.
    const QByteArray stream =
        "data: "
        "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"id\":\"call_1\",\"function\":{\"name\":\"remember\","
        "\"arguments\":{\"text\":\"a\"}}}]}}]}\n\n"
        "data: "
        "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"id\":\"call_2\",\"function\":{\"name\":\"forget\","
        "\"arguments\":\"{\\\"id\\\":3}\"}}]}}]}\n\n"
        "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n";
    const Decoded decoded = decodeInPieces(stream, {});
    QCOMPARE(decoded.toolCalls.size(), 2);
    QCOMPARE(decoded.toolCalls.at(0), (ToolCall{QStringLiteral("call_1"), QStringLiteral("remember"),
                                                QStringLiteral("{\"text\":\"a\"}")}));
    QCOMPARE(decoded.toolCalls.at(1),
             (ToolCall{QStringLiteral("call_2"), QStringLiteral("forget"), QStringLiteral("{\"id\":3}")}));

    const Decoded noId = decodeInPieces(
        "data: "
        "{\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"search_notes\","
        "\"arguments\":\"{}\"}}]}}]}\n\n",
        {});
    QCOMPARE(noId.toolCalls.size(), 1);
    QCOMPARE(noId.toolCalls.first().id, QStringLiteral("call_0"));
}

void TestChatStreamDecoder::finishReasonWithoutDoneIsComplete()
{
    ChatStreamDecoder decoder;
    QVERIFY(!decoder.isComplete());
    SseParser parser;
    for (const auto& event : parser.feed(contentChunk(QStringLiteral("x"))).events)
        decoder.decode(event);
    QVERIFY(!decoder.isComplete());
    for (const auto& event : parser.feed(chunk(QJsonObject{}, QStringLiteral("length"))).events)
        decoder.decode(event);
    QVERIFY(decoder.isComplete());
    QCOMPARE(decoder.finishReason(), QStringLiteral("length"));
    QVERIFY(!decoder.sawDone());
}

QTEST_GUILESS_MAIN(TestChatStreamDecoder)
#include "tst_chatstreamdecoder.moc"
