#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>

// dewey-cli as a script sees it: exit codes, the ready line, clean shutdown on signals.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionAndHelp();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void serveReadyLineAndCleanStop_data();
    void serveReadyLineAndCleanStop();
    void serveHonoursDataDirFromEnvironment();
    void serveServesTheOverlayOnlyWithToken();
    void servePortTakenExitsOne();
    void serveUnreadableDatabaseExitsOneAndLeavesFile();
    void serveTwiceOnOneDataFolderExitsOne();
    void serveDataFolderIsAFileExitsOne();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    QProcessEnvironment environment() const;
    Result runCli(const QStringList& arguments, const QProcessEnvironment& env = {});
    // Starts `serve`, waits for its ready line and returns it parsed (empty on failure).
    QJsonObject startServe(QProcess& process, const QStringList& arguments,
                           const QProcessEnvironment& env = {}, QByteArray* rawLine = nullptr);
    static QByteArray httpGet(const QUrl& url, int* status);

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_cli = DeweyTest::executable("DEWEY_CLI");
    QVERIFY2(QFile::exists(m_cli), "DEWEY_CLI must point at the built dewey-cli");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never touch the developer's real keyring or data from a test.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/dewey-test-bus"));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("DEWEY_DATA_DIR"));
    return env;
}

TestCli::Result TestCli::runCli(const QStringList& arguments, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? environment() : env);
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

QJsonObject TestCli::startServe(QProcess& process, const QStringList& arguments,
                                const QProcessEnvironment& env, QByteArray* rawLine)
{
    process.setProcessEnvironment(env.isEmpty() ? environment() : env);
    process.start(m_cli, arguments);
    QByteArray line;
    QDeadlineTimer deadline(30000);
    while (!process.canReadLine() && !deadline.hasExpired() && process.state() != QProcess::NotRunning)
        process.waitForReadyRead(200);
    if (!process.canReadLine())
        return {};
    line = process.readLine();
    if (rawLine)
        *rawLine = line;
    return QJsonDocument::fromJson(line).object();
}

QByteArray TestCli::httpGet(const QUrl& url, int* status)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TestCli::versionAndHelp()
{
    const Result version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.err, QByteArray()); // nothing but the version, even on stderr
    QVERIFY(version.out.startsWith("dewey-cli "));
    QVERIFY(version.out.trimmed().split(' ').last().count('.') == 2);

    const Result help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("serve"));
    QVERIFY(help.out.contains("--data-dir"));

    const Result serveHelp = runCli({QStringLiteral("serve"), QStringLiteral("--help")});
    QCOMPARE(serveHelp.exitCode, 0);
    QVERIFY(serveHelp.out.contains("--overlay-port"));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("mentions");
    QTest::addRow("no command") << QStringList{} << QByteArray("no command");
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("frobnicate");
    QTest::addRow("unknown global option") << QStringList{QStringLiteral("--bogus")} << QByteArray("bogus");
    QTest::addRow("unknown serve option")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--bogus")} << QByteArray("bogus");
    QTest::addRow("port not a number")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--overlay-port"), QStringLiteral("abc")}
        << QByteArray("port");
    QTest::addRow("port too large") << QStringList{QStringLiteral("serve"), QStringLiteral("--webhook-port"),
                                                   QStringLiteral("70000")}
                                    << QByteArray("port");
    QTest::addRow("missing option value")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--overlay-port")}
        << QByteArray("overlay-port");
    QTest::addRow("stray argument") << QStringList{QStringLiteral("serve"), QStringLiteral("extra")}
                                    << QByteArray("extra");
    QTest::addRow("same port twice") << QStringList{QStringLiteral("serve"), QStringLiteral("--overlay-port"),
                                                    QStringLiteral("7600"), QStringLiteral("--webhook-port"),
                                                    QStringLiteral("7600")}
                                     << QByteArray("the overlay and webhook ports must differ");
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, mentions);
    const Result result = runCli(QStringList{QStringLiteral("--data-dir"), m_dir->path()} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentions), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCli::serveReadyLineAndCleanStop_data()
{
    QTest::addColumn<bool>("dataDirBeforeCommand");
    QTest::addColumn<int>("signal");
    QTest::addRow("--data-dir first, SIGTERM") << true << int(SIGTERM);
    QTest::addRow("--data-dir after serve, SIGINT") << false << int(SIGINT);
}

void TestCli::serveReadyLineAndCleanStop()
{
    QFETCH(bool, dataDirBeforeCommand);
    QFETCH(int, signal);
    const QString dataDir = m_dir->filePath(QStringLiteral("data"));
    const QStringList dataDirOption{QStringLiteral("--data-dir"), dataDir};
    const QStringList serve{QStringLiteral("serve"), QStringLiteral("--overlay-port"), QStringLiteral("0"),
                            QStringLiteral("--webhook-port"), QStringLiteral("0")};

    QProcess process;
    QByteArray line;
    const QJsonObject ready =
        startServe(process, dataDirBeforeCommand ? dataDirOption + serve : serve + dataDirOption, {}, &line);
    QVERIFY2(!ready.isEmpty(), process.readAllStandardError().constData());
    QCOMPARE(ready.value(QStringLiteral("ready")).toBool(), true);
    // In the documented order: a script may match the start of the line.
    QVERIFY2(line.startsWith("{\"ready\":true,\"overlayUrl\":\"http://127.0.0.1:"), line.constData());
    QVERIFY2(line.indexOf(",\"webhookUrl\":\"") > line.indexOf("\"overlayUrl\""), line.constData());
    QVERIFY(line.endsWith("}\n"));
    QCOMPARE(ready.size(), 3);
    const QUrl overlay(ready.value(QStringLiteral("overlayUrl")).toString());
    const QUrl webhook(ready.value(QStringLiteral("webhookUrl")).toString());
    QCOMPARE(overlay.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(overlay.port() > 0);
    QCOMPARE(overlay.path(), QStringLiteral("/overlay"));
    QVERIFY(overlay.query().startsWith(QStringLiteral("token=")));
    QCOMPARE(webhook.path(), QStringLiteral("/webhooks/stripe"));
    QVERIFY(webhook.port() > 0 && webhook.port() != overlay.port());
    QVERIFY(QFile::exists(dataDir + QStringLiteral("/dewey.sqlite")));

    ::kill(static_cast<pid_t>(process.processId()), signal);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // Nothing but the ready line on stdout: logs go to stderr.
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QByteArray err = process.readAllStandardError();
    QVERIFY(err.contains("database closed"));
    // Start-up details are debug lines, silent unless QT_LOGGING_RULES asks for them.
    QVERIFY2(!err.contains("primary instance") && !err.contains("language \""), err.constData());
}

void TestCli::serveHonoursDataDirFromEnvironment()
{
    const QString dataDir = m_dir->filePath(QStringLiteral("from-env"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DEWEY_DATA_DIR"), dataDir);
    QProcess process;
    const QJsonObject ready =
        startServe(process,
                   {QStringLiteral("serve"), QStringLiteral("--overlay-port"), QStringLiteral("0"),
                    QStringLiteral("--webhook-port"), QStringLiteral("0")},
                   env);
    QVERIFY(!ready.isEmpty());
    QVERIFY(QFile::exists(dataDir + QStringLiteral("/dewey.sqlite")));
    process.terminate();
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 0);
}

void TestCli::serveServesTheOverlayOnlyWithToken()
{
    QProcess process;
    const QJsonObject ready =
        startServe(process, {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("serve"),
                             QStringLiteral("--overlay-port"), QStringLiteral("0"),
                             QStringLiteral("--webhook-port"), QStringLiteral("0")});
    QVERIFY(!ready.isEmpty());
    const QUrl overlay(ready.value(QStringLiteral("overlayUrl")).toString());
    int status = 0;
    const QByteArray page = httpGet(overlay, &status);
    QCOMPARE(status, 200);
    QVERIFY(page.contains("<html"));

    QUrl withoutToken = overlay;
    withoutToken.setQuery(QString());
    httpGet(withoutToken, &status);
    QCOMPARE(status, 403);

    QUrl wrongToken = overlay;
    wrongToken.setQuery(QStringLiteral("token=not-the-token"));
    httpGet(wrongToken, &status);
    QCOMPARE(status, 403);

    // The same token survives a restart: OBS keeps working after Dewey restarts.
    process.terminate();
    QVERIFY(process.waitForFinished(15000));
    QProcess again;
    const QJsonObject readyAgain =
        startServe(again, {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("serve"),
                           QStringLiteral("--overlay-port"), QStringLiteral("0"),
                           QStringLiteral("--webhook-port"), QStringLiteral("0")});
    QCOMPARE(QUrl(readyAgain.value(QStringLiteral("overlayUrl")).toString()).query(), overlay.query());
    again.terminate();
    QVERIFY(again.waitForFinished(15000));
}

void TestCli::servePortTakenExitsOne()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(occupier.serverPort());
    const Result result = runCli({QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("serve"),
                                  QStringLiteral("--overlay-port"), port, QStringLiteral("--webhook-port"),
                                  QStringLiteral("0")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(port.toUtf8()), result.err.constData());
    QVERIFY(result.err.contains("already in use"));
    QVERIFY(!result.out.contains("ready"));
}

void TestCli::serveUnreadableDatabaseExitsOneAndLeavesFile()
{
    const QString database = m_dir->filePath(QStringLiteral("dewey.sqlite"));
    QFile file(database);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    const QByteArray before = DeweyTest::fileDigest(database);

    const Result result = runCli({QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dir->path(),
                                  QStringLiteral("--overlay-port"), QStringLiteral("0"),
                                  QStringLiteral("--webhook-port"), QStringLiteral("0")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("dewey.sqlite"), result.err.constData());
    QCOMPARE(DeweyTest::fileDigest(database), before);
}

void TestCli::serveTwiceOnOneDataFolderExitsOne()
{
    QProcess first;
    const QStringList arguments{QStringLiteral("--data-dir"), m_dir->path(),
                                QStringLiteral("serve"),      QStringLiteral("--overlay-port"),
                                QStringLiteral("0"),          QStringLiteral("--webhook-port"),
                                QStringLiteral("0")};
    QVERIFY(!startServe(first, arguments).isEmpty());

    const Result second = runCli(arguments);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("already running"), second.err.constData());

    first.terminate();
    QVERIFY(first.waitForFinished(15000));
    QCOMPARE(first.exitCode(), 0);
}

void TestCli::serveDataFolderIsAFileExitsOne()
{
    const QString notAFolder = m_dir->filePath(QStringLiteral("file"));
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Result result = runCli({QStringLiteral("--data-dir"), notAFolder, QStringLiteral("serve")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("not a folder"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
