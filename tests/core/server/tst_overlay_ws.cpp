#include "../alerts/AlertTestDoubles.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertRepository.h"
#include "db/AppStateRepository.h"
#include "db/Database.h"
#include "server/OverlayMessage.h"
#include "server/OverlayServer.h"
#include "server/OverlaySocketClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace Dewey;
using DeweyTest::ManualClock;
using DeweyTest::ManualTimer;

namespace {

constexpr int kDeadlineMs = 15000; // generous: the machine is shared; the waits end as soon as they can

const QString kToken = QStringLiteral("s3cret-token");

// A real WebSocket client, as the overlay page or OBS would be one.
class WsClient : public QObject
{
    Q_OBJECT

public:
    explicit WsClient(const QString& origin = {})
        : m_socket(origin)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] { m_connected = true; });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            m_closed = true;
            m_closeCode = m_socket.closeCode();
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this,
                [this](const QString& text) { messages << QJsonDocument::fromJson(text.toUtf8()).object(); });
    }

    void open(quint16 port, const QString& token = kToken)
    {
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws?token=%2").arg(port).arg(token)));
    }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return m_connected || m_closed; }, kDeadlineMs) && m_connected;
    }
    bool waitClosed()
    {
        return QTest::qWaitFor([this] { return m_closed; }, kDeadlineMs);
    }
    // Waits until `count` messages of `type` arrived.
    bool waitFor(const QString& type, int count = 1)
    {
        return QTest::qWaitFor([&] { return this->count(type) >= count; }, kDeadlineMs);
    }
    int count(const QString& type) const
    {
        return static_cast<int>(std::count_if(messages.cbegin(), messages.cend(), [&](const QJsonObject& m) {
            return m.value(QStringLiteral("type")).toString() == type;
        }));
    }
    QJsonObject last(const QString& type) const
    {
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            if (it->value(QStringLiteral("type")).toString() == type)
                return *it;
        }
        return {};
    }
    qint64 lastAlertId() const
    {
        return last(QStringLiteral("alert"))
            .value(QStringLiteral("alert"))
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    void send(const QByteArray& text) { m_socket.sendTextMessage(QString::fromUtf8(text)); }
    void hello(const QString& client = QStringLiteral("overlay"))
    {
        send(OverlayMessage::encodeHello(client));
    }

    QWebSocket& socket() { return m_socket; }
    bool isConnected() const { return m_connected && !m_closed; }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }

    QList<QJsonObject> messages;

private:
    QWebSocket m_socket;
    bool m_connected = false;
    bool m_closed = false;
    int m_closeCode = -1;
};

} // namespace

// The alert feed with real QWebSocket clients: only the overlay gets in, a misbehaving client is
// closed alone, and every overlay sees the same alert.
class TestOverlayWebSocket : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void upgradeIsChecked_data();
    void upgradeIsChecked();
    void overlaySaysHelloAndGetsConfig();
    void wrongTokenNeverConnects();
    void foreignOriginNeverConnects();
    void misbehavingClientIsClosedAlone_data();
    void misbehavingClientIsClosedAlone();
    void oversizedMessageClosesOnlyThatClient();
    void manyClientsReceiveTheSameAlert();
    void clientWithoutHelloGetsNothing();
    void slowClientIsDroppedWithoutBlockingOthers();
    void serverCloseSaysGoingAway();
    void pageIsStillServedOnTheSamePort();

private:
    std::unique_ptr<WsClient> connectedClient(const QString& role = QStringLiteral("overlay"));
    QByteArray rawUpgrade(const QByteArray& request);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{DeweyTest::alertsClockStart()};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppStateRepository> m_appState;
    std::unique_ptr<AlertRepository> m_repository;
    std::unique_ptr<AlertComposer> m_composer;
    std::unique_ptr<AlertQueue> m_queue;
    ManualTimer* m_timer = nullptr;
    std::unique_ptr<OverlayServer> m_server;
};

void TestOverlayWebSocket::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    const Database::OpenResult opened = m_database->open(m_dir->filePath(QStringLiteral("dewey.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    m_appState = std::make_unique<AppStateRepository>(*m_database, m_clock);
    m_repository = std::make_unique<AlertRepository>(*m_database, m_clock);
    m_composer = std::make_unique<AlertComposer>(m_clock);
    auto timer = std::make_unique<ManualTimer>();
    m_timer = timer.get();
    m_queue =
        std::make_unique<AlertQueue>(*m_repository, *m_appState, *m_composer, m_clock, std::move(timer));
    QVERIFY(m_queue->load());

    m_server = std::make_unique<OverlayServer>();
    m_server->setToken(kToken);
    connect(m_server.get(), &OverlayServer::clientReady, m_queue.get(), &AlertQueue::addClient);
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

void TestOverlayWebSocket::cleanup()
{
    m_server.reset();
    m_queue.reset();
    m_composer.reset();
    m_repository.reset();
    m_appState.reset();
    m_database.reset();
    m_dir.reset();
}

std::unique_ptr<WsClient> TestOverlayWebSocket::connectedClient(const QString& role)
{
    auto client = std::make_unique<WsClient>();
    client->open(m_server->port());
    if (!client->waitConnected())
        return nullptr;
    client->hello(role);
    if (!client->waitFor(QStringLiteral("config")))
        return nullptr;
    return client;
}

QByteArray TestOverlayWebSocket::rawUpgrade(const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, kDeadlineMs))
        return {};
    socket.write(request);
    QByteArray reply;
    const bool complete = QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            return reply.contains("\r\n\r\n");
        },
        kDeadlineMs);
    return complete ? reply.left(reply.indexOf("\r\n")) : QByteArray();
}

void TestOverlayWebSocket::upgradeIsChecked_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("status");
    QTest::addRow("right token, no origin")
        << QByteArray("/ws?token=s3cret-token") << QByteArray("127.0.0.1:PORT") << QByteArray()
        << QByteArray("101");
    QTest::addRow("own origin") << QByteArray("/ws?token=s3cret-token") << QByteArray("localhost:PORT")
                                << QByteArray("http://localhost:PORT") << QByteArray("101");
    QTest::addRow("no token") << QByteArray("/ws") << QByteArray("127.0.0.1:PORT") << QByteArray()
                              << QByteArray("403");
    QTest::addRow("wrong token") << QByteArray("/ws?token=s3cret-tokeN") << QByteArray("127.0.0.1:PORT")
                                 << QByteArray() << QByteArray("403");
    QTest::addRow("bad host") << QByteArray("/ws?token=s3cret-token") << QByteArray("evil.example:PORT")
                              << QByteArray() << QByteArray("421");
    QTest::addRow("foreign origin") << QByteArray("/ws?token=s3cret-token") << QByteArray("127.0.0.1:PORT")
                                    << QByteArray("https://evil.example") << QByteArray("403");
    QTest::addRow("other path") << QByteArray("/overlay?token=s3cret-token") << QByteArray("127.0.0.1:PORT")
                                << QByteArray() << QByteArray("404");
}

void TestOverlayWebSocket::upgradeIsChecked()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, status);
    const QByteArray port = QByteArray::number(m_server->port());
    QByteArray request =
        "GET " + target + " HTTP/1.1\r\nHost: " + QByteArray(host).replace("PORT", port) + "\r\n";
    if (!origin.isEmpty())
        request += "Origin: " + QByteArray(origin).replace("PORT", port) + "\r\n";
    request += "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n";
    const QByteArray statusLine = rawUpgrade(request);
    QVERIFY2(statusLine.startsWith(QByteArray("HTTP/1.1 " + status)), statusLine.constData());
}

void TestOverlayWebSocket::overlaySaysHelloAndGetsConfig()
{
    QSignalSpy overlays(m_server.get(), &OverlayServer::connectedOverlaysChanged);
    OverlayConfig config;
    config.theme = QStringLiteral("neon");
    m_server->setConfig(config);
    auto client = connectedClient();
    QVERIFY(client);
    const QJsonObject message = client->last(QStringLiteral("config"));
    QCOMPARE(message.value(QStringLiteral("protocol")).toInt(), 1);
    QCOMPARE(message.value(QStringLiteral("config")).toObject().value(QStringLiteral("theme")).toString(),
             QStringLiteral("neon"));
    QCOMPARE(m_server->connectedOverlays(), 1);
    QCOMPARE(m_queue->overlayCount(), 1);
    QCOMPARE(overlays.count(), 1);

    // A preview is a client but not an overlay.
    auto preview = connectedClient(QStringLiteral("preview"));
    QVERIFY(preview);
    QCOMPARE(m_server->connectedOverlays(), 1);

    // Config changes reach connected clients.
    config.theme = QStringLiteral("pop");
    m_server->setConfig(config);
    QVERIFY(client->waitFor(QStringLiteral("config"), 2));

    client.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectedOverlays(), 0, kDeadlineMs);
    QCOMPARE(m_queue->overlayCount(), 0);
}

void TestOverlayWebSocket::wrongTokenNeverConnects()
{
    WsClient client;
    client.open(m_server->port(), QStringLiteral("guess"));
    QVERIFY(!client.waitConnected());
    QCOMPARE(m_server->connectedOverlays(), 0);
}

void TestOverlayWebSocket::foreignOriginNeverConnects()
{
    WsClient evil(QStringLiteral("https://evil.example"));
    evil.open(m_server->port());
    QVERIFY(!evil.waitConnected());

    WsClient own(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    own.open(m_server->port());
    QVERIFY(own.waitConnected());
}

void TestOverlayWebSocket::misbehavingClientIsClosedAlone_data()
{
    QTest::addColumn<QByteArray>("first"); // sent before hello when "hello" is not first
    QTest::addColumn<bool>("helloFirst");
    QTest::addColumn<int>("closeCode");
    QTest::addRow("not json") << QByteArray("hi there") << true
                              << int(QWebSocketProtocol::CloseCodeWrongDatatype);
    QTest::addRow("no type") << QByteArray(R"({"id":1})") << true
                             << int(QWebSocketProtocol::CloseCodeWrongDatatype);
    QTest::addRow("bad id") << QByteArray(R"({"type":"done","id":"x"})") << true
                            << int(QWebSocketProtocol::CloseCodeWrongDatatype);
    QTest::addRow("done before hello") << QByteArray(R"({"type":"done","id":1})") << false
                                       << int(QWebSocketProtocol::CloseCodePolicyViolated);
    QTest::addRow("version 0") << QByteArray(R"({"type":"hello","version":0})") << false
                               << int(QWebSocketProtocol::CloseCodePolicyViolated);
    QTest::addRow("binary") << QByteArray() << true << int(QWebSocketProtocol::CloseCodeDatatypeNotSupported);
}

void TestOverlayWebSocket::misbehavingClientIsClosedAlone()
{
    QFETCH(QByteArray, first);
    QFETCH(bool, helloFirst);
    QFETCH(int, closeCode);
    auto good = connectedClient();
    QVERIFY(good);

    WsClient bad;
    bad.open(m_server->port());
    QVERIFY(bad.waitConnected());
    if (helloFirst) {
        bad.hello();
        QVERIFY(bad.waitFor(QStringLiteral("config")));
    }
    if (first.isEmpty())
        bad.socket().sendBinaryMessage(QByteArray("\x01\x02", 2));
    else
        bad.send(first);
    QVERIFY(bad.waitClosed());
    QCOMPARE(bad.closeCode(), closeCode);

    QVERIFY(good->isConnected());
    QVERIFY(m_queue->sendTestAlert() > 0);
    QVERIFY(good->waitFor(QStringLiteral("alert")));
}

void TestOverlayWebSocket::oversizedMessageClosesOnlyThatClient()
{
    auto good = connectedClient();
    auto big = connectedClient();
    QVERIFY(good && big);
    QCOMPARE(m_server->connectedOverlays(), 2);

    big->send(R"({"type":"done","id":1,"pad":")" + QByteArray(OverlayMessage::kMaxClientMessageBytes, 'x') +
              "\"}");
    QVERIFY(big->waitClosed());
    QCOMPARE(big->closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectedOverlays(), 1, kDeadlineMs);

    QVERIFY(good->isConnected());
    QVERIFY(m_queue->sendTestAlert() > 0);
    QVERIFY(good->waitFor(QStringLiteral("alert")));
}

void TestOverlayWebSocket::manyClientsReceiveTheSameAlert()
{
    std::vector<std::unique_ptr<WsClient>> clients;
    for (int i = 0; i < 10; ++i) {
        clients.push_back(connectedClient());
        QVERIFY(clients.back());
    }
    QCOMPARE(m_queue->overlayCount(), 10);

    const qint64 first = m_queue->sendTestAlert();
    const qint64 second = m_queue->sendTestAlert();
    QVERIFY(first > 0 && second > first);
    for (const auto& client : clients) {
        QVERIFY(client->waitFor(QStringLiteral("alert")));
        const QJsonObject alert =
            client->last(QStringLiteral("alert")).value(QStringLiteral("alert")).toObject();
        QCOMPARE(alert.value(QStringLiteral("id")).toInteger(), first);
        QCOMPARE(alert.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Alex just bought Hoodie ×2 — $64.00"));
        QCOMPARE(alert.value(QStringLiteral("kind")).toString(), QStringLiteral("test"));
        QCOMPARE(alert.value(QStringLiteral("sound")).toString(),
                 QStringLiteral("/overlay/sounds/default.ogg"));
    }

    // The next alert goes out once every overlay reported done.
    QSignalSpy finished(m_queue.get(), &AlertQueue::alertFinished);
    for (std::size_t i = 0; i + 1 < clients.size(); ++i)
        clients[i]->send(OverlayMessage::encodeDone(first));
    clients.front()->send(OverlayMessage::encodeShown(first));
    QSignalSpy shown(m_queue.get(), &AlertQueue::alertShown);
    QVERIFY(shown.wait(kDeadlineMs));
    QCOMPARE(finished.count(), 0);
    clients.back()->send(OverlayMessage::encodeDone(first));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kDeadlineMs);
    QCOMPARE(finished.first().at(1).value<AlertQueue::FinishReason>(), AlertQueue::FinishReason::Done);

    m_timer->fire(); // the gap
    for (const auto& client : clients) {
        QVERIFY(client->waitFor(QStringLiteral("alert"), 2));
        QCOMPARE(client->lastAlertId(), second);
    }
}

void TestOverlayWebSocket::clientWithoutHelloGetsNothing()
{
    WsClient silent;
    silent.open(m_server->port());
    QVERIFY(silent.waitConnected());
    auto overlay = connectedClient();
    QVERIFY(overlay);
    QCOMPARE(m_server->connectedOverlays(), 1);
    QVERIFY(m_queue->sendTestAlert() > 0);
    QVERIFY(overlay->waitFor(QStringLiteral("alert")));
    QVERIFY(silent.messages.isEmpty());
}

void TestOverlayWebSocket::slowClientIsDroppedWithoutBlockingOthers()
{
    // The slow client completes the handshake, then stops reading: its kernel buffers fill, then ours.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(QTest::qWaitFor([&] { return slow.state() == QAbstractSocket::ConnectedState; }, kDeadlineMs));
    slow.write("GET /ws?token=s3cret-token HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
               "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
               "dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    QByteArray handshake;
    QVERIFY(QTest::qWaitFor(
        [&] {
            handshake += slow.readAll();
            return handshake.contains("\r\n\r\n");
        },
        kDeadlineMs));
    QVERIFY(handshake.startsWith("HTTP/1.1 101"));
    // A masked text frame with the hello, as a client must send it.
    const QByteArray hello = OverlayMessage::encodeHello(QStringLiteral("overlay"));
    QByteArray frame;
    frame.append(char(0x81)).append(char(0x80 | hello.size())).append(QByteArray(4, '\0')).append(hello);
    slow.write(frame);
    slow.setReadBufferSize(1); // from now on Qt leaves incoming data in the kernel

    auto good = connectedClient();
    QVERIFY(good);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectedOverlays(), 2, kDeadlineMs);

    // Feed both clients big alerts, one at a time, until the server gives up on the slow one.
    QList<QPointer<AlertClient>> serverSide;
    for (AlertClient* client : m_server->findChildren<OverlaySocketClient*>())
        serverSide << client;
    QCOMPARE(serverSide.size(), 2);
    Alert big;
    big.id = 1;
    big.message = QString(256 * 1024, QLatin1Char('x'));
    int sent = 0;
    for (; sent < 200 && m_server->connectedOverlays() == 2; ++sent) {
        big.id = sent + 1;
        for (const QPointer<AlertClient>& client : std::as_const(serverSide)) {
            if (client)
                client->showAlert(big);
        }
        QVERIFY(good->waitFor(QStringLiteral("alert"), sent + 1));
    }
    QCOMPARE(m_server->connectedOverlays(), 1);
    QVERIFY(sent < 200);
    QVERIFY(good->isConnected());
    QCOMPARE(good->lastAlertId(), sent);
}

void TestOverlayWebSocket::serverCloseSaysGoingAway()
{
    auto client = connectedClient();
    QVERIFY(client);
    m_server->close();
    QVERIFY(client->waitClosed());
    QCOMPARE(client->closeCode(), int(QWebSocketProtocol::CloseCodeGoingAway));
}

void TestOverlayWebSocket::pageIsStillServedOnTheSamePort()
{
    auto client = connectedClient();
    QVERIFY(client);
    const QByteArray status =
        rawUpgrade("GET /overlay?token=s3cret-token HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY2(status.startsWith("HTTP/1.1 200"), status.constData());
    QVERIFY(client->isConnected());
}

QTEST_GUILESS_MAIN(TestOverlayWebSocket)
#include "tst_overlay_ws.moc"
