#include "server/WebhookReceiver.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Dewey::HttpLimits;
using Dewey::WebhookReceiver;

namespace {

constexpr int kDeadlineMs = 20000;

// A raw client: sends exactly the bytes given and collects everything until the server closes.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket,
                         [this] { m_received += m_socket.readAll(); });
    }

    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                               kDeadlineMs);
    }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    bool waitClosed()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                               kDeadlineMs);
    }
    bool waitReceived(const QByteArray& text)
    {
        return QTest::qWaitFor([this, text] { return m_received.contains(text); }, kDeadlineMs);
    }
    QByteArray received() const { return m_received; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // The status code of the first response, 0 when there is none.
    int status() const
    {
        if (!m_received.startsWith("HTTP/1.1 "))
            return 0;
        return m_received.mid(9, 3).toInt();
    }
    QByteArray body() const
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        return end < 0 ? QByteArray() : m_received.mid(end + 4);
    }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray post(const QByteArray& body, const QByteArray& path = "/webhooks/stripe")
{
    return "POST " + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestRequestGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void answersAValidRequestAndCloses();
    void bodyAtTheLimitIsAccepted();
    void bodyOverTheLimitIsRefusedBeforeItIsSent();
    void bodyLongerThanDeclaredIsRefused();
    void bodyInManySmallPieces();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void capsConcurrentConnections();
    void dropsSlowClients_data();
    void dropsSlowClients();
    void answersExpectContinue();
    void routesOnlyPostToTheWebhook();

private:
    void startReceiver(const HttpLimits& limits);
    QByteArray validRequestStillWorks();

    std::unique_ptr<WebhookReceiver> m_receiver;
    int m_handled = 0;
};

void TestRequestGuard::init()
{
    m_handled = 0;
    startReceiver(WebhookReceiver::defaultLimits());
}

void TestRequestGuard::cleanup()
{
    m_receiver.reset();
}

void TestRequestGuard::startReceiver(const HttpLimits& limits)
{
    m_receiver = std::make_unique<WebhookReceiver>();
    m_receiver->setLimits(limits);
    // Answers with the SHA-256 of the body it got, so tests see QHttpServer read exactly what was sent.
    m_receiver->setHandler([this](const QHttpServerRequest& request, Dewey::WebhookResponder responder) {
        ++m_handled;
        responder.send(200, QCryptographicHash::hash(request.body(), QCryptographicHash::Sha256).toHex());
    });
    QString error;
    QVERIFY2(m_receiver->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

QByteArray TestRequestGuard::validRequestStillWorks()
{
    RawClient client(m_receiver->port());
    client.send(post("{}"));
    if (!client.waitClosed())
        return "no answer";
    return client.status() == 200 ? QByteArray() : client.received();
}

void TestRequestGuard::answersAValidRequestAndCloses()
{
    const QByteArray body = R"({"id":"evt_1","object":"event"})";
    RawClient client(m_receiver->port());
    client.send(post(body));
    QVERIFY(client.waitClosed());
    QCOMPARE(client.status(), 200);
    QCOMPARE(client.body(), QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    QVERIFY(client.received().toLower().contains("connection: close"));
    QCOMPARE(m_handled, 1);
    QVERIFY(QTest::qWaitFor([this] { return m_receiver->openConnections() == 0; }, kDeadlineMs));
}

void TestRequestGuard::bodyAtTheLimitIsAccepted()
{
    const QByteArray body(WebhookReceiver::MaxBodyBytes, 'x');
    RawClient client(m_receiver->port());
    client.send(post(body));
    QVERIFY(client.waitClosed());
    QCOMPARE(client.status(), 200);
    QCOMPARE(client.body(), QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

void TestRequestGuard::bodyOverTheLimitIsRefusedBeforeItIsSent()
{
    QSignalSpy refused(m_receiver.get(), &WebhookReceiver::requestRefused);
    RawClient client(m_receiver->port());
    // Only the head: the answer must come without the server waiting for (or buffering) the body.
    client.send("POST /webhooks/stripe HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                QByteArray::number(WebhookReceiver::MaxBodyBytes + 1) + "\r\n\r\n");
    QVERIFY(client.waitClosed());
    QCOMPARE(client.status(), 413);
    QCOMPARE(m_handled, 0);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toInt(), 413);

    // A huge body streamed at us is cut off too (413 or simply closed), never handled.
    RawClient streaming(m_receiver->port());
    QVERIFY(streaming.waitConnected());
    streaming.send("POST /webhooks/stripe HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n");
    streaming.send(QByteArray(4 * 1024 * 1024, 'x'));
    QVERIFY(streaming.waitClosed());
    QVERIFY(streaming.status() == 413 || streaming.status() == 0);
    QCOMPARE(m_handled, 0);
    QCOMPARE(validRequestStillWorks(), QByteArray());
}

void TestRequestGuard::bodyLongerThanDeclaredIsRefused()
{
    RawClient client(m_receiver->port());
    client.send(post("{}") + "extra bytes that are no request");
    QVERIFY(client.waitClosed());
    QCOMPARE(client.status(), 400);
    QCOMPARE(m_handled, 0);

    // Two pipelined requests: neither slips past the guard unchecked.
    RawClient pipelined(m_receiver->port());
    pipelined.send(post("{}") + post("{}"));
    QVERIFY(pipelined.waitClosed());
    QCOMPARE(pipelined.status(), 400);
    QCOMPARE(m_handled, 0);
}

void TestRequestGuard::bodyInManySmallPieces()
{
    const QByteArray request = post(QByteArray(3000, 'y'));
    RawClient client(m_receiver->port());
    QVERIFY(client.waitConnected());
    for (qsizetype at = 0; at < request.size(); at += 100) {
        client.send(request.mid(at, 100));
        QTest::qWait(1); // let each piece arrive on its own
    }
    QVERIFY(client.waitClosed());
    QCOMPARE(client.status(), 200);
    QCOMPARE(client.body(),
             QCryptographicHash::hash(QByteArray(3000, 'y'), QCryptographicHash::Sha256).toHex());
}

void TestRequestGuard::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    QTest::addRow("garbage") << QByteArray("HELLO THERE\r\n\r\n") << 400;
    QTest::addRow("TLS handshake on the plain port")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\x5a\r\n\r\n", 15) << 400;
    QTest::addRow("NUL bytes") << QByteArray("POST /webhooks/stripe\0 HTTP/1.1\r\n\r\n", 36) << 400;
    QTest::addRow("bare line feeds") << QByteArray("POST /webhooks/stripe HTTP/1.1\nContent-Length: 2\n\n{}")
                                     << 400;
    QTest::addRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    QTest::addRow("chunked body")
        << QByteArray("POST /webhooks/stripe HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "2\r\n{}\r\n0\r\n\r\n")
        << 411;
    QTest::addRow("two Content-Length")
        << QByteArray("POST /webhooks/stripe HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
        << 400;
    QTest::addRow("Content-Length not a number")
        << QByteArray("POST /webhooks/stripe HTTP/1.1\r\nContent-Length: two\r\n\r\n{}") << 400;
    QTest::addRow("space before colon")
        << QByteArray("POST /webhooks/stripe HTTP/1.1\r\nContent-Length : 2\r\n\r\n{}") << 400;
    QTest::addRow("huge header") << "POST /webhooks/stripe HTTP/1.1\r\nX-Padding: " + QByteArray(20000, 'p') +
                                        "\r\n\r\n"
                                 << 431;
    QTest::addRow("thousands of headers")
        << "GET / HTTP/1.1\r\n" + QByteArray("X: y\r\n").repeated(4000) + "\r\n"
        << 431;
    QTest::addRow("endless request line") << "GET /" + QByteArray(20000, 'a') << 431;
}

void TestRequestGuard::refusesMalformedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawClient client(m_receiver->port());
    client.send(request);
    QVERIFY(client.waitClosed());
    QCOMPARE(client.status(), status);
    QCOMPARE(m_handled, 0);
    // Nothing wedged: the next client is served.
    QCOMPARE(validRequestStillWorks(), QByteArray());
    QCOMPARE(m_handled, 1);
}

void TestRequestGuard::capsConcurrentConnections()
{
    HttpLimits limits = WebhookReceiver::defaultLimits();
    limits.maxConnections = 4;
    startReceiver(limits);
    QSignalSpy refused(m_receiver.get(), &WebhookReceiver::requestRefused);

    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < limits.maxConnections; ++i) {
        idle.push_back(std::make_unique<RawClient>(m_receiver->port()));
        QVERIFY(idle.back()->waitConnected());
    }
    QVERIFY(
        QTest::qWaitFor([&] { return m_receiver->openConnections() == limits.maxConnections; }, kDeadlineMs));

    RawClient extra(m_receiver->port());
    extra.send(post("{}"));
    QVERIFY(extra.waitClosed());
    QCOMPARE(extra.status(), 503);
    QCOMPARE(m_handled, 0);
    QCOMPARE(refused.last().first().toInt(), 503);
    for (const auto& client : idle)
        QVERIFY(client->isOpen());

    // Once one leaves, there is room again.
    idle.pop_back();
    QVERIFY(
        QTest::qWaitFor([&] { return m_receiver->openConnections() < limits.maxConnections; }, kDeadlineMs));
    QCOMPARE(validRequestStillWorks(), QByteArray());
}

void TestRequestGuard::dropsSlowClients_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("status");

    QTest::addRow("connects and says nothing") << QByteArray() << 0;
    QTest::addRow("head never finished")
        << QByteArray("POST /webhooks/stripe HTTP/1.1\r\nHost: x\r\n") << 408;
    QTest::addRow("body never finished")
        << QByteArray("POST /webhooks/stripe HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"id\":") << 408;
}

void TestRequestGuard::dropsSlowClients()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, status);
    HttpLimits limits = WebhookReceiver::defaultLimits();
    limits.headTimeout = std::chrono::milliseconds(200);
    limits.requestTimeout = std::chrono::milliseconds(400);
    startReceiver(limits);
    QSignalSpy refused(m_receiver.get(), &WebhookReceiver::requestRefused);

    RawClient client(m_receiver->port());
    QVERIFY(client.waitConnected());
    client.send(sent);
    // The server gives up on its own; the client never closes.
    QVERIFY(client.waitClosed());
    QCOMPARE(client.status(), status);
    QCOMPARE(m_handled, 0);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toInt(), status);
    QVERIFY(QTest::qWaitFor([this] { return m_receiver->openConnections() == 0; }, kDeadlineMs));
}

void TestRequestGuard::answersExpectContinue()
{
    RawClient client(m_receiver->port());
    client.send(
        "POST /webhooks/stripe HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    QVERIFY(client.waitReceived("HTTP/1.1 100 Continue\r\n\r\n"));
    client.send("{}");
    QVERIFY(client.waitClosed());
    QVERIFY2(client.received().contains("HTTP/1.1 200"), client.received().constData());
    QCOMPARE(m_handled, 1);
}

void TestRequestGuard::routesOnlyPostToTheWebhook()
{
    RawClient get(m_receiver->port());
    get.send("GET /webhooks/stripe HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(get.waitClosed());
    QCOMPARE(get.status(), 405);

    RawClient other(m_receiver->port());
    other.send(post("{}", "/overlay"));
    QVERIFY(other.waitClosed());
    QCOMPARE(other.status(), 404);

    RawClient nested(m_receiver->port());
    nested.send(post("{}", "/webhooks/stripe/extra"));
    QVERIFY(nested.waitClosed());
    QCOMPARE(nested.status(), 404);
    QCOMPARE(m_handled, 0);
}

QTEST_GUILESS_MAIN(TestRequestGuard)
#include "tst_guard_limits.moc"
