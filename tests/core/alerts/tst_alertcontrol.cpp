#include "AlertTestDoubles.h"
#include "alerts/AlertCommands.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertRepository.h"
#include "db/AppStateRepository.h"
#include "db/Database.h"
#include "server/ControlClient.h"
#include "server/ControlMessage.h"
#include "server/ControlServer.h"

#include <QFile>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dewey;
using DeweyTest::FakeClient;
using DeweyTest::ManualClock;
using DeweyTest::ManualTimer;

// The local control channel: only a caller holding the token in the data folder can drive the
// alerts, and each command does what `dewey-cli alerts …` promises.
class TestAlertControl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void decodeRequest_data();
    void decodeRequest();
    void responsesRoundTrip();
    void tokenFileIsOwnerOnlyAndGoesAway();
    void requestsNeedTheToken_data();
    void requestsNeedTheToken();
    void commandsDriveTheQueue();
    void replayNeedsARecordedSale();
    void clientSaysWhenNothingRuns();

private:
    // Sends one raw line and returns the decoded answer, with the event loop running for the server.
    ControlResponse ask(const QByteArray& line);
    ControlResponse command(const QString& name, const QJsonObject& args = {});
    QByteArray token() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{DeweyTest::alertsClockStart()};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppStateRepository> m_appState;
    std::unique_ptr<AlertRepository> m_repository;
    std::unique_ptr<AlertComposer> m_composer;
    std::unique_ptr<AlertQueue> m_queue;
    std::unique_ptr<ControlServer> m_control;
};

void TestAlertControl::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir->filePath(QStringLiteral("dewey.sqlite"))).ok());
    m_appState = std::make_unique<AppStateRepository>(*m_database, m_clock);
    m_repository = std::make_unique<AlertRepository>(*m_database, m_clock);
    m_composer = std::make_unique<AlertComposer>(m_clock);
    m_queue = std::make_unique<AlertQueue>(*m_repository, *m_appState, *m_composer, m_clock,
                                           std::make_unique<ManualTimer>());
    QVERIFY(m_queue->load());
    m_control = std::make_unique<ControlServer>(m_dir->path());
    AlertCommands::addTo(*m_control, *m_queue, [](const QString& eventId) -> std::optional<Sale> {
        if (eventId != QLatin1String("evt_known"))
            return std::nullopt;
        Sale sale;
        sale.eventId = eventId;
        sale.buyerName = QStringLiteral("Robin");
        sale.formattedAmount = QStringLiteral("$10.00");
        return sale;
    });
    QString error;
    QVERIFY2(m_control->start(&error), qPrintable(error));
}

void TestAlertControl::cleanup()
{
    m_control.reset();
    m_queue.reset();
    m_composer.reset();
    m_repository.reset();
    m_appState.reset();
    m_database.reset();
    m_dir.reset();
}

QByteArray TestAlertControl::token() const
{
    QFile file(ControlServer::tokenPathFor(m_dir->path()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ControlResponse TestAlertControl::ask(const QByteArray& line)
{
    QLocalSocket socket;
    socket.connectToServer(ControlServer::serverNameFor(m_dir->path()));
    ControlResponse response;
    if (!QTest::qWaitFor([&] { return socket.state() == QLocalSocket::ConnectedState; }, 10000))
        return response;
    socket.write(line);
    QByteArray answer;
    const bool complete = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return answer.endsWith('\n');
        },
        10000);
    QString error;
    if (!complete || !ControlMessage::decodeResponse(answer, &response, &error))
        response.message = QStringLiteral("no answer");
    return response;
}

ControlResponse TestAlertControl::command(const QString& name, const QJsonObject& args)
{
    return ask(ControlMessage::encodeRequest({QString::fromUtf8(token()), name, args}));
}

void TestAlertControl::decodeRequest_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("ok");
    QTest::addRow("full") << QByteArray(R"({"token":"t","command":"alerts.test","args":{"x":1}})") << true;
    QTest::addRow("no args") << QByteArray(R"({"token":"t","command":"alerts.test"})"
                                           "\n")
                             << true;
    QTest::addRow("no token") << QByteArray(R"({"command":"alerts.test"})") << false;
    QTest::addRow("command not a string") << QByteArray(R"({"token":"t","command":1})") << false;
    QTest::addRow("args not an object") << QByteArray(R"({"token":"t","command":"c","args":[]})") << false;
    QTest::addRow("not json") << QByteArray("pause please") << false;
    QTest::addRow("too large") << QByteArray(R"({"token":")" + QByteArray(70000, 'a') + R"(","command":"c"})")
                               << false;
}

void TestAlertControl::decodeRequest()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, ok);
    ControlRequest request;
    QString error;
    QCOMPARE(ControlMessage::decodeRequest(line, &request, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
}

void TestAlertControl::responsesRoundTrip()
{
    ControlResponse decoded;
    QString error;
    const QByteArray success = ControlMessage::encodeResponse(
        ControlResponse::success(QStringLiteral("Alerts paused."), {{QStringLiteral("pending"), 2}}));
    QVERIFY(success.endsWith('\n'));
    QVERIFY(ControlMessage::decodeResponse(success, &decoded, &error));
    QVERIFY(decoded.ok);
    QCOMPARE(decoded.message, QStringLiteral("Alerts paused."));
    QCOMPARE(decoded.data.value(QStringLiteral("pending")).toInt(), 2);
    QVERIFY(ControlMessage::decodeResponse(
        ControlMessage::encodeResponse(ControlResponse::failure(QStringLiteral("no"))), &decoded, &error));
    QVERIFY(!decoded.ok);
    QCOMPARE(decoded.message, QStringLiteral("no"));
}

void TestAlertControl::tokenFileIsOwnerOnlyAndGoesAway()
{
    const QString path = ControlServer::tokenPathFor(m_dir->path());
    QVERIFY(QFile::exists(path));
    QCOMPARE(token().size(), 64);
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::Permissions());
    const QByteArray first = token();
    QString error;
    QVERIFY(m_control->start(&error));
    QVERIFY2(token() != first, "every start makes a new token");
    m_control->stop();
    QVERIFY(!QFile::exists(path));
}

void TestAlertControl::requestsNeedTheToken_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addRow("none") << QByteArray();
    QTest::addRow("wrong") << QByteArray(64, 'a');
    QTest::addRow("prefix") << QByteArray("PREFIX");
}

void TestAlertControl::requestsNeedTheToken()
{
    QFETCH(QByteArray, token);
    if (token == "PREFIX")
        token = this->token().left(63);
    const ControlResponse response =
        ask(ControlMessage::encodeRequest({QString::fromUtf8(token), QStringLiteral("alerts.pause"), {}}));
    QVERIFY(!response.ok);
    QVERIFY(response.message.contains(QStringLiteral("token")));
    QVERIFY(!m_queue->isPaused());

    const ControlResponse garbage = ask("{not json}\n");
    QVERIFY(!garbage.ok);
    QVERIFY(!m_queue->isPaused());
}

void TestAlertControl::commandsDriveTheQueue()
{
    ControlResponse status = command(QStringLiteral("alerts.status"));
    QVERIFY(status.ok);
    QCOMPARE(status.data.value(QStringLiteral("overlays")).toInt(), 0);

    ControlResponse test = command(QStringLiteral("alerts.test"));
    QVERIFY(test.ok);
    QVERIFY2(test.message.contains(QStringLiteral("No overlay is connected")), qPrintable(test.message));
    QCOMPARE(m_queue->pendingCount(), 1);

    FakeClient overlay;
    m_queue->addClient(&overlay);
    QCOMPARE(overlay.alerts.size(), 1);
    QVERIFY(command(QStringLiteral("alerts.skip")).ok);
    QCOMPARE(overlay.controls.last().first, AlertControl::Skip);
    const ControlResponse nothing = command(QStringLiteral("alerts.skip"));
    QVERIFY(nothing.ok);
    QVERIFY(nothing.message.contains(QStringLiteral("No alert")));

    QVERIFY(command(QStringLiteral("alerts.pause")).ok);
    QVERIFY(m_queue->isPaused());
    QVERIFY(command(QStringLiteral("alerts.test")).ok);
    QVERIFY(command(QStringLiteral("alerts.test")).ok);
    const ControlResponse cleared = command(QStringLiteral("alerts.clear"));
    QVERIFY(cleared.ok);
    QCOMPARE(cleared.data.value(QStringLiteral("pending")).toInt(), 0);
    QVERIFY(command(QStringLiteral("alerts.resume")).ok);
    QVERIFY(!m_queue->isPaused());
    QCOMPARE(overlay.alerts.size(), 1);

    const ControlResponse unknown = command(QStringLiteral("alerts.explode"));
    QVERIFY(!unknown.ok);
    QVERIFY(unknown.message.contains(QStringLiteral("alerts.explode")));
}

void TestAlertControl::replayNeedsARecordedSale()
{
    const ControlResponse missing =
        command(QStringLiteral("alerts.replay"), {{QStringLiteral("eventId"), QStringLiteral("evt_nope")}});
    QVERIFY(!missing.ok);
    const ControlResponse replay =
        command(QStringLiteral("alerts.replay"), {{QStringLiteral("eventId"), QStringLiteral("evt_known")}});
    QVERIFY2(replay.ok, qPrintable(replay.message));
    QCOMPARE(m_queue->pendingCount(), 1);
    QVERIFY(m_queue->pending().first().replay);
    QCOMPARE(m_queue->pending().first().buyer, QStringLiteral("Robin"));
}

void TestAlertControl::clientSaysWhenNothingRuns()
{
    QTemporaryDir elsewhere;
    const ControlClient::Result result =
        ControlClient::send(elsewhere.path(), QStringLiteral("alerts.status"));
    QCOMPARE(result.status, ControlClient::Result::Status::NotRunning);
    QVERIFY(result.error.contains(QStringLiteral("not running")));
}

QTEST_GUILESS_MAIN(TestAlertControl)
#include "tst_alertcontrol.moc"
