#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The `dewey` executable as a streamer launches it: once, twice, with bad options.
class TestDeweyApp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void versionAndBadOption();
    void secondLaunchHandsOverToTheFirst();
    void launchWhileServeHoldsTheFolderSaysSo();

private:
    QProcessEnvironment environment() const;

    QString m_dewey;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDeweyApp::init()
{
    m_dewey = DeweyTest::executable("DEWEY_GUI");
    QVERIFY(QFile::exists(m_dewey));
    m_dir = std::make_unique<QTemporaryDir>();
}

QProcessEnvironment TestDeweyApp::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/dewey-test-bus"));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("DEWEY_DATA_DIR"), m_dir->filePath(QStringLiteral("data")));
    return env;
}

void TestDeweyApp::versionAndBadOption()
{
    QProcess version;
    version.setProcessEnvironment(environment());
    version.start(m_dewey, {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(30000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().startsWith("dewey "));

    QProcess bad;
    bad.setProcessEnvironment(environment());
    bad.start(m_dewey, {QStringLiteral("--no-such-option")});
    QVERIFY(bad.waitForFinished(30000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("no-such-option"));
}

void TestDeweyApp::secondLaunchHandsOverToTheFirst()
{
    QProcess first;
    first.setProcessEnvironment(environment());
    first.setProcessChannelMode(QProcess::SeparateChannels);
    first.start(m_dewey, {});
    QVERIFY(first.waitForStarted(10000));
    // The first instance is up once it holds the data folder's lock and has opened the database.
    const QString lock = m_dir->filePath(QStringLiteral("data/dewey.lock"));
    const QString database = m_dir->filePath(QStringLiteral("data/dewey.sqlite"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock) && QFile::exists(database), 30000);

    QProcess second;
    second.setProcessEnvironment(environment());
    second.start(m_dewey, {});
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(second.readAllStandardOutput().contains("already running"));
    QCOMPARE(first.state(), QProcess::Running);
    // The first one heard the request to come forward.
    QByteArray firstLog;
    QTRY_VERIFY_WITH_TIMEOUT((firstLog += first.readAllStandardError()).contains("brought to the front"),
                             30000);

    // A session logout (SIGTERM) closes Dewey cleanly.
    first.terminate();
    QVERIFY(first.waitForFinished(30000));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 0);
}

void TestDeweyApp::launchWhileServeHoldsTheFolderSaysSo()
{
    // `dewey-cli serve` has no window to bring forward: a second `dewey` must say so, not exit quietly.
    QProcess serve;
    serve.setProcessEnvironment(environment());
    serve.start(DeweyTest::executable("DEWEY_CLI"),
                {QStringLiteral("serve"), QStringLiteral("--overlay-port"), QStringLiteral("0"),
                 QStringLiteral("--webhook-port"), QStringLiteral("0")});
    QVERIFY(serve.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine() || serve.state() != QProcess::Running, 30000);
    QVERIFY2(serve.readLine().contains("\"ready\":true"), serve.readAllStandardError().constData());

    QProcess dewey;
    dewey.setProcessEnvironment(environment());
    dewey.start(m_dewey, {});
    QVERIFY(dewey.waitForFinished(30000));
    const QByteArray err = dewey.readAllStandardError();
    QCOMPARE(dewey.exitCode(), 1);
    QVERIFY2(err.contains("dewey-cli serve is already running with this data folder"), err.constData());
    QVERIFY2(err.contains(QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("data"))).toUtf8()),
             err.constData());
    QVERIFY(!dewey.readAllStandardOutput().contains("bringing its window"));
    QCOMPARE(serve.state(), QProcess::Running);

    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestDeweyApp)
#include "tst_deweyapp.moc"
