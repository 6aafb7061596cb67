#include "server/ConstantTime.h"
#include "server/OverlayServer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Dewey;

// The overlay port answers only OBS (a loopback Host, the right token) and never leaks details.
class TestOverlayServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pageRequiresToken_data();
    void pageRequiresToken();
    void foreignHostIsRejected_data();
    void foreignHostIsRejected();
    void pageCarriesSecurityHeaders();
    void pageAssetsNeedOurHostButNoToken_data();
    void pageAssetsNeedOurHostButNoToken();
    void streamerMediaNeedsTheToken();
    void portInUseIsReportedClearly();
    void constantTimeEquals();

private:
    struct Reply
    {
        int status = 0;
        QByteArray head;
        QByteArray body;
    };
    Reply rawRequest(quint16 port, const QByteArray& request);

    OverlayServer m_server;
};

void TestOverlayServer::initTestCase()
{
    m_server.setToken(QStringLiteral("s3cret-token"));
    QString error;
    QVERIFY2(m_server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY(m_server.port() > 0);
    QCOMPARE(m_server.overlayUrl(),
             QStringLiteral("http://127.0.0.1:%1/overlay?token=s3cret-token").arg(m_server.port()));
}

TestOverlayServer::Reply TestOverlayServer::rawRequest(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    Reply reply;
    if (!socket.waitForConnected(5000))
        return reply;
    socket.write(request);
    QByteArray data;
    QDeadlineTimer deadline(10000);
    // The event loop must run for the server (same thread) to answer.
    while (!deadline.hasExpired()) {
        QTest::qWait(20);
        data += socket.readAll();
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd < 0)
            continue;
        const QByteArray head = data.left(headEnd);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (data.size() - headEnd - 4 >= length) {
            reply.head = head;
            reply.body = data.mid(headEnd + 4, length);
            reply.status = head.mid(9, 3).toInt();
            break;
        }
    }
    return reply;
}

void TestOverlayServer::pageRequiresToken_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addRow("right token") << QByteArray("/overlay?token=s3cret-token") << 200;
    QTest::addRow("no token") << QByteArray("/overlay") << 403;
    QTest::addRow("wrong token") << QByteArray("/overlay?token=s3cret-tokeN") << 403;
    QTest::addRow("prefix of token") << QByteArray("/overlay?token=s3cret") << 403;
    QTest::addRow("empty token") << QByteArray("/overlay?token=") << 403;
    QTest::addRow("other path") << QByteArray("/admin?token=s3cret-token") << 404;
}

void TestOverlayServer::pageRequiresToken()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    const Reply reply = rawRequest(m_server.port(), "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" +
                                                        QByteArray::number(m_server.port()) + "\r\n\r\n");
    QCOMPARE(reply.status, status);
    if (status != 200)
        QVERIFY2(!reply.body.contains("token"), "an error must not explain what was expected");
}

void TestOverlayServer::foreignHostIsRejected_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("allowed");
    const QByteArray port = ':' + QByteArray::number(m_server.port());
    QTest::addRow("127.0.0.1 with port") << "127.0.0.1" + port << true;
    QTest::addRow("localhost") << QByteArray("localhost") << true;
    QTest::addRow("LOCALHOST with port") << "LOCALHOST" + port << true;
    QTest::addRow("ipv6 loopback") << "[::1]" + port << true;
    QTest::addRow("rebinding name") << "evil.example" + port << false;
    QTest::addRow("loopback as subdomain") << "127.0.0.1.evil.example" + port << false;
    QTest::addRow("other port") << QByteArray("127.0.0.1:1") << false;
    QTest::addRow("no host") << QByteArray() << false;
}

void TestOverlayServer::foreignHostIsRejected()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, allowed);
    const QByteArray hostLine = host.isEmpty() ? QByteArray() : "Host: " + host + "\r\n";
    const Reply reply =
        rawRequest(m_server.port(), "GET /overlay?token=s3cret-token HTTP/1.1\r\n" + hostLine + "\r\n");
    QCOMPARE(reply.status == 200, allowed);
}

void TestOverlayServer::pageCarriesSecurityHeaders()
{
    const Reply reply =
        rawRequest(m_server.port(), "GET /overlay?token=s3cret-token HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QCOMPARE(reply.status, 200);
    const QByteArray head = reply.head.toLower();
    QVERIFY(head.contains("content-security-policy: default-src 'self'"));
    QVERIFY(head.contains("x-content-type-options: nosniff"));
    QVERIFY(head.contains("cache-control: no-store"));
    QVERIFY(head.contains("cross-origin-resource-policy: same-origin"));
}

void TestOverlayServer::pageAssetsNeedOurHostButNoToken_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::addRow("script") << QByteArray("/overlay/overlay.js") << QByteArray("localhost") << 200
                            << QByteArray("text/javascript");
    QTest::addRow("stylesheet") << QByteArray("/overlay/overlay.css") << QByteArray("127.0.0.1") << 200
                                << QByteArray("text/css");
    QTest::addRow("theme") << QByteArray("/overlay/themes/default.css") << QByteArray("localhost") << 200
                           << QByteArray("text/css");
    QTest::addRow("service worker") << QByteArray("/overlay/sw.js") << QByteArray("localhost") << 200
                                    << QByteArray("text/javascript");
    QTest::addRow("default sound") << QByteArray("/overlay/sounds/default.ogg") << QByteArray("localhost")
                                   << 200 << QByteArray("audio/ogg");
    // The page itself only comes with the token, under /overlay.
    QTest::addRow("page as an asset")
        << QByteArray("/overlay/overlay.html") << QByteArray("localhost") << 404 << QByteArray();
    QTest::addRow("missing file") << QByteArray("/overlay/themes/nope.css") << QByteArray("localhost") << 404
                                  << QByteArray();
    QTest::addRow("climbing out") << QByteArray("/overlay/../overlay/overlay.js") << QByteArray("localhost")
                                  << 404 << QByteArray();
    QTest::addRow("encoded climbing")
        << QByteArray("/overlay/%2e%2e/x.js") << QByteArray("localhost") << 404 << QByteArray();
    QTest::addRow("rebinding host") << QByteArray("/overlay/overlay.js") << QByteArray("evil.example") << 421
                                    << QByteArray();
}

void TestOverlayServer::pageAssetsNeedOurHostButNoToken()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    const Reply reply =
        rawRequest(m_server.port(), "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QVERIFY(!reply.body.isEmpty());
        QVERIFY2(reply.head.toLower().contains(QByteArray("content-type: " + type)), reply.head.constData());
        QVERIFY(reply.head.toLower().contains("x-content-type-options: nosniff"));
        QCOMPARE(reply.head.toLower().contains("service-worker-allowed: /overlay"), target.endsWith("sw.js"));
    }
}

void TestOverlayServer::streamerMediaNeedsTheToken()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString soundPath = dir.filePath(QStringLiteral("airhorn.ogg"));
    QFile sound(soundPath);
    QVERIFY(sound.open(QIODevice::WriteOnly));
    sound.write("OggS-not-really");
    sound.close();
    const QString url = m_server.media().urlFor(soundPath);
    QVERIFY(url.startsWith(QStringLiteral("/media/")));
    QVERIFY2(!url.contains(QStringLiteral("airhorn")), "a media URL must not reveal the file's path");
    QCOMPARE(m_server.media().urlFor(soundPath), url);

    const QByteArray host = "Host: 127.0.0.1\r\n\r\n";
    const Reply withToken =
        rawRequest(m_server.port(), "GET " + url.toUtf8() + "?token=s3cret-token HTTP/1.1\r\n" + host);
    QCOMPARE(withToken.status, 200);
    QCOMPARE(withToken.body, QByteArray("OggS-not-really"));
    QVERIFY(withToken.head.toLower().contains("content-type: audio/ogg"));
    QCOMPARE(rawRequest(m_server.port(), "GET " + url.toUtf8() + " HTTP/1.1\r\n" + host).status, 403);
    QCOMPARE(
        rawRequest(m_server.port(), "GET /media/0123456789abcdef0123?token=s3cret-token HTTP/1.1\r\n" + host)
            .status,
        404);

    // Only media types are served, whatever file a setting points at.
    const QString notesPath = dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(notesPath);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("private");
    notes.close();
    const QString notesUrl = m_server.media().urlFor(notesPath);
    QCOMPARE(
        rawRequest(m_server.port(), "GET " + notesUrl.toUtf8() + "?token=s3cret-token HTTP/1.1\r\n" + host)
            .status,
        404);
}

void TestOverlayServer::portInUseIsReportedClearly()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    OverlayServer second;
    QSignalSpy listening(&second, &OverlayServer::listeningChanged);
    QString error;
    QVERIFY(!second.listen(QHostAddress::LocalHost, occupier.serverPort(), &error));
    QVERIFY(error.contains(QString::number(occupier.serverPort())));
    QVERIFY(error.contains(QStringLiteral("already in use")));
    QVERIFY(!second.isListening());
    QCOMPARE(listening.count(), 0);
    QVERIFY(second.overlayUrl().isEmpty());
}

void TestOverlayServer::constantTimeEquals()
{
    QVERIFY(Dewey::constantTimeEquals("abc", "abc"));
    QVERIFY(!Dewey::constantTimeEquals("abc", "abd"));
    QVERIFY(!Dewey::constantTimeEquals("abc", "abcd"));
    QVERIFY(Dewey::constantTimeEquals("", ""));
}

QTEST_GUILESS_MAIN(TestOverlayServer)
#include "tst_overlayserver.moc"
