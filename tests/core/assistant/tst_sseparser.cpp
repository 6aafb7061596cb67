#include "assistant/SseParser.h"

#include <QTest>

using Dewey::SseEvent;
using Dewey::SseParser;

Q_DECLARE_METATYPE(QList<Dewey::SseEvent>)

namespace QTest {
template <>
char* toString(const SseEvent& event)
{
    return QTest::toString(QStringLiteral("SseEvent(type=%1 data=%2 id=%3 retry=%4)")
                               .arg(event.type, QString::fromUtf8(event.data), event.id,
                                    event.retryMs ? QString::number(*event.retryMs) : QStringLiteral("-")));
}
} // namespace QTest

// The text/event-stream parser must give the same events however the network cuts the bytes.
class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void eventsAtEveryChunkBoundary_data();
    void eventsAtEveryChunkBoundary();
    void crlfSplitBetweenChunksCountsAsOneLineEnd();
    void pendingEventIsDispatchedAtEndOfStream();
    void eventWithoutDataIsNotDispatched();
    void overlongLineFailsAndStaysFailed();
    void resetStartsAfresh();

private:
    static QList<SseEvent> parseInPieces(const QByteArray& stream, const QList<qsizetype>& cuts);
};

QList<SseEvent> TestSseParser::parseInPieces(const QByteArray& stream, const QList<qsizetype>& cuts)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        const SseParser::Result result = parser.feed(QByteArrayView(stream).sliced(from, cut - from));
        events += result.events;
        from = cut;
    }
    events += parser.feed(QByteArrayView(stream).sliced(from)).events;
    events += parser.finish().events;
    return events;
}

void TestSseParser::eventsAtEveryChunkBoundary_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<SseEvent>>("expected");

    const auto data = [](const char* text) { return SseEvent{{}, QByteArray(text), {}, {}}; };

    QTest::addRow("one event, LF") << QByteArray("data: {\"a\":1}\n\n") << QList<SseEvent>{data("{\"a\":1}")};
    QTest::addRow("two events, CRLF")
        << QByteArray("data: one\r\n\r\ndata: two\r\n\r\n") << QList<SseEvent>{data("one"), data("two")};
    QTest::addRow("CR only") << QByteArray("data: one\r\rdata: two\r\r")
                             << QList<SseEvent>{data("one"), data("two")};
    QTest::addRow("mixed line ends") << QByteArray("data: one\r\n\ndata: two\n\r\n")
                                     << QList<SseEvent>{data("one"), data("two")};
    QTest::addRow("comments and keep-alives")
        << QByteArray(": OPENROUTER PROCESSING\n\n:ping\ndata: x\n: between\n\n")
        << QList<SseEvent>{data("x")};
    QTest::addRow("multi-line data") << QByteArray("data: first\ndata: second\ndata:\n\n")
                                     << QList<SseEvent>{data("first\nsecond\n")};
    QTest::addRow("no space after colon, two spaces keep one")
        << QByteArray("data:tight\n\ndata:  spaced\n\n") << QList<SseEvent>{data("tight"), data(" spaced")};
    QTest::addRow("field without colon") << QByteArray("data\n\n") << QList<SseEvent>{data("")};
    QTest::addRow("done marker") << QByteArray("data: {\"x\":1}\n\ndata: [DONE]\n\n")
                                 << QList<SseEvent>{data("{\"x\":1}"), data("[DONE]")};
    QTest::addRow("event type and id carry over")
        << QByteArray("event: error\nid: 7\ndata: bad\n\ndata: next\n\n")
        << QList<SseEvent>{SseEvent{QStringLiteral("error"), "bad", QStringLiteral("7"), {}},
                           SseEvent{{}, "next", QStringLiteral("7"), {}}};
    QTest::addRow("retry field, digits only")
        << QByteArray("retry: 1500\ndata: a\n\nretry: soon\ndata: b\n\n")
        << QList<SseEvent>{SseEvent{{}, "a", {}, 1500}, SseEvent{{}, "b", {}, 1500}};
    QTest::addRow("unknown fields ignored")
        << QByteArray("foo: bar\ndata: kept\nbaz\n\n") << QList<SseEvent>{data("kept")};
    QTest::addRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "data: bom\n\n")
                                     << QList<SseEvent>{data("bom")};
    QTest::addRow("multi-byte characters") << QByteArray("data: caf\xC3\xA9 \xF0\x9F\x8E\x89\n\n")
                                           << QList<SseEvent>{data("caf\xC3\xA9 \xF0\x9F\x8E\x89")};
    QTest::addRow("blank lines before the first event")
        << QByteArray("\n\n\r\ndata: late\n\n") << QList<SseEvent>{data("late")};
    QTest::addRow("colon inside value")
        << QByteArray("data: {\"t\":\"a: b\"}\n\n") << QList<SseEvent>{data("{\"t\":\"a: b\"}")};
    QTest::addRow("garbage is not an event")
        << QByteArray("<html>502 Bad Gateway</html>\n\n") << QList<SseEvent>{};
}

void TestSseParser::eventsAtEveryChunkBoundary()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<SseEvent>, expected);

    QCOMPARE(parseInPieces(stream, {}), expected);
    // One cut anywhere, then two cuts anywhere: every place a network chunk may end.
    for (qsizetype first = 0; first <= stream.size(); ++first) {
        QCOMPARE(parseInPieces(stream, {first}), expected);
        for (qsizetype second = first; second <= stream.size(); ++second)
            QCOMPARE(parseInPieces(stream, {first, second}), expected);
    }
    // And one byte at a time.
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < stream.size(); ++i)
        everyByte.append(i);
    QCOMPARE(parseInPieces(stream, everyByte), expected);
}

void TestSseParser::crlfSplitBetweenChunksCountsAsOneLineEnd()
{
    SseParser parser;
    QVERIFY(parser.feed("data: a\r").events.isEmpty());
    // If the LF were a second line end, it would be a blank line and dispatch "a" here.
    QVERIFY(parser.feed("\ndata: b\r").events.isEmpty());
    const SseParser::Result result = parser.feed("\n\r\n");
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events.first().data, QByteArray("a\nb"));
}

void TestSseParser::pendingEventIsDispatchedAtEndOfStream()
{
    SseParser parser;
    QVERIFY(parser.feed("data: [DONE]").events.isEmpty());
    QCOMPARE(parser.pendingBytes(), 12);
    const SseParser::Result result = parser.finish();
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events.first().data, QByteArray("[DONE]"));
}

void TestSseParser::eventWithoutDataIsNotDispatched()
{
    SseParser parser;
    const SseParser::Result result = parser.feed("event: ping\nid: 3\n\ndata: x\n\n");
    QCOMPARE(result.events.size(), 1);
    // The event type belongs to the dropped event only; the id stays.
    QCOMPARE(result.events.first().type, QString());
    QCOMPARE(result.events.first().id, QStringLiteral("3"));
}

void TestSseParser::overlongLineFailsAndStaysFailed()
{
    SseParser parser(64);
    QVERIFY(parser.feed("data: short\n\n").ok());
    const SseParser::Result tooLong = parser.feed(QByteArray(QByteArray(40, 'a') + QByteArray(40, 'b')));
    QCOMPARE(tooLong.status, SseParser::Status::LineTooLong);
    QCOMPARE(parser.pendingBytes(), 0);
    QCOMPARE(parser.feed("data: x\n\n").status, SseParser::Status::LineTooLong);
    QVERIFY(!parser.finish().ok());
}

void TestSseParser::resetStartsAfresh()
{
    SseParser parser;
    parser.feed("event: error\ndata: half");
    parser.reset();
    const SseParser::Result result = parser.feed("data: whole\n\n");
    QCOMPARE(result.events.size(), 1);
    QCOMPARE(result.events.first(), (SseEvent{{}, "whole", {}, {}}));
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
