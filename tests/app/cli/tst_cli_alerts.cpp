#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QWebSocket>

#include <csignal>
#include <memory>

// `dewey-cli alerts …` against a real `dewey-cli serve`, with a real WebSocket overlay watching what
// reaches the stream.
class TestCliAlerts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nothingRunningExitsOneWithAClearMessage();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void commandsReachTheRunningServe();
    void pauseSurvivesARestartOfServe();
    void wrongControlTokenIsRefused();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QProcessEnvironment environment() const;
    Result runCli(const QStringList& arguments);
    Result alerts(const QStringList& arguments);
    bool startServe();
    void stopServe();
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_serve;
    QUrl m_overlayUrl;
};

void TestCliAlerts::init()
{
    m_cli = DeweyTest::executable("DEWEY_CLI");
    QVERIFY2(QFile::exists(m_cli), "DEWEY_CLI must point at the built dewey-cli");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliAlerts::cleanup()
{
    stopServe();
    m_dir.reset();
}

QProcessEnvironment TestCliAlerts::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never touch the developer's real keyring or data from a test.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/dewey-test-bus"));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("DEWEY_DATA_DIR"));
    return env;
}

TestCliAlerts::Result TestCliAlerts::runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_cli, arguments);
    Result result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

TestCliAlerts::Result TestCliAlerts::alerts(const QStringList& arguments)
{
    return runCli(QStringList{QStringLiteral("alerts")} + arguments +
                  QStringList{QStringLiteral("--data-dir"), dataDir()});
}

bool TestCliAlerts::startServe()
{
    m_serve = std::make_unique<QProcess>();
    m_serve->setProcessEnvironment(environment());
    m_serve->start(m_cli, {QStringLiteral("serve"), QStringLiteral("--data-dir"), dataDir(),
                           QStringLiteral("--overlay-port"), QStringLiteral("0"),
                           QStringLiteral("--webhook-port"), QStringLiteral("0")});
    QDeadlineTimer deadline(30000);
    while (!m_serve->canReadLine() && !deadline.hasExpired() && m_serve->state() != QProcess::NotRunning)
        m_serve->waitForReadyRead(200);
    if (!m_serve->canReadLine())
        return false;
    const QJsonObject ready = QJsonDocument::fromJson(m_serve->readLine()).object();
    m_overlayUrl = QUrl(ready.value(QStringLiteral("overlayUrl")).toString());
    return m_overlayUrl.isValid();
}

void TestCliAlerts::stopServe()
{
    if (!m_serve)
        return;
    if (m_serve->state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_serve->processId()), SIGTERM);
        if (!m_serve->waitForFinished(15000)) {
            m_serve->kill();
            m_serve->waitForFinished();
        }
    }
    m_serve.reset();
}

void TestCliAlerts::nothingRunningExitsOneWithAClearMessage()
{
    const Result result = alerts({QStringLiteral("pause")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("not running"), result.err.constData());
    QVERIFY(result.out.isEmpty());

    // A token left behind by a crashed run does not fool it.
    QVERIFY(QDir().mkpath(dataDir()));
    QFile stale(dataDir() + QStringLiteral("/control.token"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("0123456789abcdef");
    stale.close();
    const Result again = alerts({QStringLiteral("test")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("not running"), again.err.constData());
}

void TestCliAlerts::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no action") << QStringList();
    QTest::addRow("unknown action") << QStringList{QStringLiteral("explode")};
    QTest::addRow("replay without event") << QStringList{QStringLiteral("replay")};
    QTest::addRow("extra argument") << QStringList{QStringLiteral("skip"), QStringLiteral("now")};
}

void TestCliAlerts::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Result result = alerts(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestCliAlerts::commandsReachTheRunningServe()
{
    QVERIFY(startServe());
    const QString token = QUrlQuery(m_overlayUrl).queryItemValue(QStringLiteral("token"));
    QWebSocket overlay;
    QStringList received;
    connect(&overlay, &QWebSocket::textMessageReceived, this, [&](const QString& text) {
        received << QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("type")).toString();
    });
    overlay.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws?token=%2").arg(m_overlayUrl.port()).arg(token)));
    QTRY_COMPARE_WITH_TIMEOUT(overlay.state(), QAbstractSocket::ConnectedState, 15000);
    overlay.sendTextMessage(QStringLiteral(R"({"type":"hello","client":"overlay","version":1})"));
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(QStringLiteral("config")), 15000);

    const Result status = alerts({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject state = QJsonDocument::fromJson(status.out).object();
    QCOMPARE(state.value(QStringLiteral("overlays")).toInt(), 1);
    QCOMPARE(state.value(QStringLiteral("paused")).toBool(), false);

    const Result test = alerts({QStringLiteral("test")});
    QCOMPARE(test.exitCode, 0);
    QVERIFY2(test.out.contains("Test alert queued."), test.out.constData());
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(QStringLiteral("alert")), 15000);

    const Result skip = alerts({QStringLiteral("skip")});
    QCOMPARE(skip.exitCode, 0);
    QVERIFY2(skip.out.contains("Skipped"), skip.out.constData());
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(QStringLiteral("skip")), 15000);

    QCOMPARE(alerts({QStringLiteral("pause")}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(QStringLiteral("pause")), 15000);
    const Result pausedTest = alerts({QStringLiteral("test")});
    QVERIFY2(pausedTest.out.contains("paused"), pausedTest.out.constData());
    QCOMPARE(alerts({QStringLiteral("clear")}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(QStringLiteral("clear")), 15000);
    QCOMPARE(alerts({QStringLiteral("resume")}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(QStringLiteral("resume")), 15000);
    // The test alert queued while paused was cleared: nothing more reached the stream.
    QCOMPARE(received.count(QStringLiteral("alert")), 1);

    const Result replay = alerts({QStringLiteral("replay"), QStringLiteral("evt_never_seen")});
    QCOMPARE(replay.exitCode, 1);
    QVERIFY(!replay.err.isEmpty());
}

void TestCliAlerts::pauseSurvivesARestartOfServe()
{
    QVERIFY(startServe());
    QCOMPARE(alerts({QStringLiteral("pause")}).exitCode, 0);
    stopServe();
    QVERIFY2(!QFile::exists(dataDir() + QStringLiteral("/control.token")), "the token goes with the app");
    QCOMPARE(alerts({QStringLiteral("status")}).exitCode, 1);

    QVERIFY(startServe());
    const Result status = alerts({QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(status.out).object().value(QStringLiteral("paused")).toBool(), true);
}

void TestCliAlerts::wrongControlTokenIsRefused()
{
    QVERIFY(startServe());
    const QString tokenPath = dataDir() + QStringLiteral("/control.token");
    QFile token(tokenPath);
    QVERIFY(token.exists());
    QCOMPARE(token.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(token.open(QIODevice::WriteOnly | QIODevice::Truncate));
    token.write("not-the-token");
    token.close();
    const Result result = alerts({QStringLiteral("pause")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("token"), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCliAlerts)
#include "tst_cli_alerts.moc"
