#include "server/HttpHeadInspector.h"

#include <QTest>

using Dewey::HttpHeadInspector;
using Status = Dewey::HttpHeadInspector::Status;

Q_DECLARE_METATYPE(Dewey::HttpHeadInspector::Status)

class TestHttpHeadInspector : public QObject
{
    Q_OBJECT

private slots:
    void inspects_data();
    void inspects();
};

void TestHttpHeadInspector::inspects_data()
{
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<Status>("status");
    QTest::addColumn<qint64>("headLength");
    QTest::addColumn<qint64>("bodyLength");

    const QByteArray post = "POST /webhooks/stripe HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n";
    QTest::addRow("complete post") << post << Status::Complete << qint64(post.size()) << qint64(5);
    QTest::addRow("body bytes do not matter")
        << post + "hello" << Status::Complete << qint64(post.size()) << qint64(5);
    QTest::addRow("get without body")
        << QByteArray("GET / HTTP/1.0\r\n\r\n") << Status::Complete << qint64(18) << qint64(0);
    QTest::addRow("lower-case header names") << QByteArray("POST / HTTP/1.1\r\ncontent-length: 12\r\n\r\n")
                                             << Status::Complete << qint64(39) << qint64(12);
    QTest::addRow("nothing yet") << QByteArray() << Status::NeedMore << qint64(0) << qint64(0);
    QTest::addRow("half a request line")
        << QByteArray("POST /webh") << Status::NeedMore << qint64(0) << qint64(0);
    QTest::addRow("head not finished")
        << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n") << Status::NeedMore << qint64(0) << qint64(0);
    QTest::addRow("garbage line") << QByteArray("HELLO\r\n") << Status::Malformed << qint64(0) << qint64(0);
    QTest::addRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n", 13)
                            << Status::Malformed << qint64(0) << qint64(0);
    QTest::addRow("NUL in target") << QByteArray("GET /a\0b HTTP/1.1\r\n\r\n", 22) << Status::Malformed
                                   << qint64(0) << qint64(0);
    QTest::addRow("double space") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << Status::Malformed << qint64(0)
                                  << qint64(0);
    QTest::addRow("no version") << QByteArray("GET /\r\n\r\n") << Status::Malformed << qint64(0) << qint64(0);
    QTest::addRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")
                                    << Status::VersionNotSupported << qint64(0) << qint64(0);
    QTest::addRow("bare line feeds") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << Status::Malformed
                                     << qint64(0) << qint64(0);
    QTest::addRow("lone CR in a header")
        << QByteArray("GET / HTTP/1.1\r\nA: b\rc\r\n\r\n") << Status::Malformed << qint64(0) << qint64(0);
    QTest::addRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n") << Status::Malformed << qint64(0) << qint64(0);
    QTest::addRow("space before colon") << QByteArray("POST / HTTP/1.1\r\nContent-Length : 5\r\n\r\n")
                                        << Status::Malformed << qint64(0) << qint64(0);
    QTest::addRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << Status::Malformed
                                   << qint64(0) << qint64(0);
    QTest::addRow("two Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n")
        << Status::Malformed << qint64(0) << qint64(0);
    QTest::addRow("negative Content-Length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
                                             << Status::Malformed << qint64(0) << qint64(0);
    QTest::addRow("Content-Length with sign") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\n")
                                              << Status::Malformed << qint64(0) << qint64(0);
    QTest::addRow("empty Content-Length") << QByteArray("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n")
                                          << Status::Malformed << qint64(0) << qint64(0);
    QTest::addRow("overflowing Content-Length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n")
        << Status::BodyTooLarge << qint64(0) << qint64(0);
    QTest::addRow("body over the limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1025\r\n\r\n")
                                         << Status::BodyTooLarge << qint64(0) << qint64(0);
    QTest::addRow("body at the limit") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1024\r\n\r\n")
                                       << Status::Complete << qint64(41) << qint64(1024);
    QTest::addRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << Status::LengthRequired << qint64(0) << qint64(0);
    QTest::addRow("head over the limit, unfinished")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(300, 'a') << Status::HeadTooLarge << qint64(0) << qint64(0);
    QTest::addRow("head over the limit, finished")
        << "GET / HTTP/1.1\r\nX: " + QByteArray(300, 'a') + "\r\n\r\n"
        << Status::HeadTooLarge << qint64(0) << qint64(0);
    QTest::addRow("request line over the limit")
        << "GET /" + QByteArray(400, 'a') << Status::HeadTooLarge << qint64(0) << qint64(0);
}

void TestHttpHeadInspector::inspects()
{
    QFETCH(QByteArray, received);
    QFETCH(Status, status);
    QFETCH(qint64, headLength);
    QFETCH(qint64, bodyLength);

    const HttpHeadInspector::Result result = HttpHeadInspector::inspect(received, 256, 1024);
    QCOMPARE(result.status, status);
    if (status == Status::Complete) {
        QCOMPARE(result.headLength, headLength);
        QCOMPARE(result.bodyLength, bodyLength);
    }
    QCOMPARE(result.reason.isEmpty(), status == Status::Complete || status == Status::NeedMore);
}

QTEST_GUILESS_MAIN(TestHttpHeadInspector)
#include "tst_guard_inspector.moc"
