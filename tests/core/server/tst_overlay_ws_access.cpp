#include "server/HttpRequestHead.h"
#include "server/OverlayAccessPolicy.h"

#include <QTest>

using namespace Dewey;

Q_DECLARE_METATYPE(HttpRequestHead::Status)
Q_DECLARE_METATYPE(OverlayAccessPolicy::Verdict)

// Before a connection is handed to the WebSocket server, its request head is read and judged: only
// our hosts, our token, and no foreign origin get through.
class TestOverlayAccess : public QObject
{
    Q_OBJECT

private slots:
    void parseHead_data();
    void parseHead();
    void headFields();
    void upgradeVerdict_data();
    void upgradeVerdict();
    void lanHostIsAcceptedOnlyWhenConfigured();
    void emptyTokenAdmitsNobody();
    void tokenIsPercentDecoded();
};

void TestOverlayAccess::parseHead_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<HttpRequestHead::Status>("status");
    using S = HttpRequestHead::Status;
    QTest::addRow("complete") << QByteArray("GET /ws?token=a HTTP/1.1\r\nHost: localhost\r\n\r\n") << S::Ok;
    QTest::addRow("body follows") << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}") << S::Ok;
    QTest::addRow("no headers") << QByteArray("GET / HTTP/1.0\r\n\r\n") << S::Ok;
    QTest::addRow("not yet") << QByteArray("GET /ws HTTP/1.1\r\nHost: local") << S::Incomplete;
    QTest::addRow("empty") << QByteArray() << S::Incomplete;
    QTest::addRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << S::Invalid;
    QTest::addRow("no version") << QByteArray("GET /\r\n\r\n") << S::Invalid;
    QTest::addRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << S::Invalid;
    QTest::addRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << S::Invalid;
    QTest::addRow("space in header name") << QByteArray("GET / HTTP/1.1\r\nHo st: x\r\n\r\n") << S::Invalid;
    QTest::addRow("http2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << S::Invalid;
    QTest::addRow("too long") << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(300, 'a')) << S::Invalid;
}

void TestOverlayAccess::parseHead()
{
    QFETCH(QByteArray, data);
    QFETCH(HttpRequestHead::Status, status);
    QCOMPARE(HttpRequestHead::parse(data, 256).status, status);
}

void TestOverlayAccess::headFields()
{
    const QByteArray data =
        "GET /ws?token=abc&debug=1 HTTP/1.1\r\nHost: 127.0.0.1:7471\r\nUpgrade: WebSocket\r\n"
        "Connection: keep-alive, Upgrade\r\nOrigin: http://localhost:7471\r\n\r\nleftover";
    const HttpRequestHead::ParseResult parsed = HttpRequestHead::parse(data, 4096);
    QCOMPARE(parsed.status, HttpRequestHead::Status::Ok);
    QCOMPARE(parsed.size, data.indexOf("leftover"));
    const HttpRequestHead& head = parsed.head;
    QCOMPARE(head.method, QByteArray("GET"));
    QCOMPARE(head.path(), QByteArray("/ws"));
    QCOMPARE(head.query(), QByteArray("token=abc&debug=1"));
    QCOMPARE(head.header("host"), QByteArray("127.0.0.1:7471"));
    QVERIFY(head.hasHeader("origin"));
    QVERIFY(!head.hasHeader("cookie"));
    QVERIFY(head.isWebSocketUpgrade());

    const HttpRequestHead plain =
        HttpRequestHead::parse("GET /overlay HTTP/1.1\r\nHost: x\r\n\r\n", 4096).head;
    QVERIFY(!plain.isWebSocketUpgrade());
    QCOMPARE(plain.query(), QByteArray());
}

void TestOverlayAccess::upgradeVerdict_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("origin"); // "-" for no Origin header
    QTest::addColumn<OverlayAccessPolicy::Verdict>("verdict");
    using V = OverlayAccessPolicy::Verdict;
    const QByteArray ok = "/ws?token=s3cret";
    QTest::addRow("OBS: no origin") << ok << QByteArray("127.0.0.1:7471") << QByteArray("-") << V::Allowed;
    QTest::addRow("own origin") << ok << QByteArray("127.0.0.1:7471") << QByteArray("http://127.0.0.1:7471")
                                << V::Allowed;
    QTest::addRow("localhost origin")
        << ok << QByteArray("localhost:7471") << QByteArray("http://localhost:7471") << V::Allowed;
    QTest::addRow("ipv6 origin") << ok << QByteArray("[::1]:7471") << QByteArray("http://[::1]:7471")
                                 << V::Allowed;
    QTest::addRow("foreign origin") << ok << QByteArray("127.0.0.1:7471")
                                    << QByteArray("https://evil.example") << V::BadOrigin;
    QTest::addRow("origin on other port")
        << ok << QByteArray("127.0.0.1:7471") << QByteArray("http://127.0.0.1:8080") << V::BadOrigin;
    QTest::addRow("https origin") << ok << QByteArray("127.0.0.1:7471")
                                  << QByteArray("https://127.0.0.1:7471") << V::BadOrigin;
    QTest::addRow("null origin") << ok << QByteArray("127.0.0.1:7471") << QByteArray("null") << V::BadOrigin;
    QTest::addRow("empty origin") << ok << QByteArray("127.0.0.1:7471") << QByteArray("") << V::BadOrigin;
    QTest::addRow("loopback lookalike origin")
        << ok << QByteArray("127.0.0.1:7471") << QByteArray("http://127.0.0.1.evil.example:7471")
        << V::BadOrigin;
    QTest::addRow("rebinding host") << ok << QByteArray("evil.example:7471") << QByteArray("-") << V::BadHost;
    QTest::addRow("no host") << ok << QByteArray() << QByteArray("-") << V::BadHost;
    QTest::addRow("host on other port") << ok << QByteArray("127.0.0.1:80") << QByteArray("-") << V::BadHost;
    QTest::addRow("no token") << QByteArray("/ws") << QByteArray("127.0.0.1:7471") << QByteArray("-")
                              << V::BadToken;
    QTest::addRow("wrong token") << QByteArray("/ws?token=s3creT") << QByteArray("127.0.0.1:7471")
                                 << QByteArray("-") << V::BadToken;
    QTest::addRow("token prefix") << QByteArray("/ws?token=s3cre") << QByteArray("127.0.0.1:7471")
                                  << QByteArray("-") << V::BadToken;
    QTest::addRow("two hosts") << ok << QByteArray("127.0.0.1:7471\r\nHost: evil.example") << QByteArray("-")
                               << V::BadHost;
    QTest::addRow("two origins") << ok << QByteArray("127.0.0.1:7471")
                                 << QByteArray("http://127.0.0.1:7471\r\nOrigin: https://evil.example")
                                 << V::BadOrigin;
    QTest::addRow("token among others") << QByteArray("/ws?debug=1&token=s3cret")
                                        << QByteArray("127.0.0.1:7471") << QByteArray("-") << V::Allowed;
}

void TestOverlayAccess::upgradeVerdict()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, origin);
    QFETCH(OverlayAccessPolicy::Verdict, verdict);
    OverlayAccessPolicy policy;
    policy.setToken(QStringLiteral("s3cret"));
    policy.setPort(7471);
    QByteArray data = "GET " + target + " HTTP/1.1\r\n";
    if (!host.isEmpty())
        data += "Host: " + host + "\r\n";
    if (origin != "-")
        data += "Origin: " + origin + "\r\n";
    data += "Upgrade: websocket\r\nConnection: Upgrade\r\n\r\n";
    const HttpRequestHead::ParseResult parsed = HttpRequestHead::parse(data, 4096);
    QCOMPARE(parsed.status, HttpRequestHead::Status::Ok);
    QCOMPARE(policy.checkUpgrade(parsed.head), verdict);
}

void TestOverlayAccess::lanHostIsAcceptedOnlyWhenConfigured()
{
    OverlayAccessPolicy policy;
    policy.setPort(7471);
    QVERIFY(!policy.isAllowedHost("192.168.1.20:7471"));
    policy.setLanHost(QStringLiteral("192.168.1.20"));
    QVERIFY(policy.isAllowedHost("192.168.1.20:7471"));
    QVERIFY(policy.isAllowedOrigin("http://192.168.1.20:7471", true));
    QVERIFY(!policy.isAllowedHost("192.168.1.21:7471"));
    policy.setLanHost({});
    QVERIFY(!policy.isAllowedHost("192.168.1.20:7471"));
}

void TestOverlayAccess::emptyTokenAdmitsNobody()
{
    OverlayAccessPolicy policy;
    policy.setPort(7471);
    QVERIFY(!policy.isValidToken(""));
    QCOMPARE(policy.checkPage("localhost", "token="), OverlayAccessPolicy::Verdict::BadToken);
}

void TestOverlayAccess::tokenIsPercentDecoded()
{
    QCOMPARE(OverlayAccessPolicy::tokenFromQuery("token=a%2Bb&x=1"), QByteArray("a+b"));
    QCOMPARE(OverlayAccessPolicy::tokenFromQuery("x=1"), QByteArray());
}

QTEST_GUILESS_MAIN(TestOverlayAccess)
#include "tst_overlay_ws_access.moc"
