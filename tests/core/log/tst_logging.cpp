#include "log/LogCategories.h"
#include "log/Logging.h"
#include "log/RotatingLogFile.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <fcntl.h>
#ifdef Q_OS_WIN
#include <io.h>
#define dup _dup
#define dup2 _dup2
#define close _close
#define open _open
#else
#include <unistd.h>
#endif

using namespace Dewey;

namespace {

QString readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every log file in the folder, current and rotated, concatenated.
QString readAllLogs(const QString& directory)
{
    QString text;
    const QStringList names = QDir(directory).entryList({QStringLiteral("dewey.log*")}, QDir::Files);
    for (const QString& name : names)
        text += readAll(directory + QLatin1Char('/') + name);
    return text;
}

// Points the process's stderr at a file while it lives, so a test can read what the sink wrote there.
class StderrCapture
{
public:
    explicit StderrCapture(const QString& path)
    {
        std::fflush(stderr);
        m_saved = dup(2);
        const int fd = open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (m_saved >= 0 && fd >= 0)
            m_active = dup2(fd, 2) >= 0;
        if (fd >= 0)
            close(fd);
    }
    ~StderrCapture()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            dup2(m_saved, 2);
            close(m_saved);
        }
    }
    bool isActive() const { return m_active; }

private:
    int m_saved = -1;
    bool m_active = false;
};

Logging::Options fileOnly(const QString& directory)
{
    Logging::Options options;
    options.directory = directory;
    options.toStderr = false;
    return options;
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesReachTheFileWithLevelAndCategory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Logging logging(fileOnly(dir.path()));
            qCWarning(lcDb) << "database is locked, retrying";
            qCInfo(lcWebhook).noquote() << "accepted event evt_123";
            qCCritical(lcServer) << "port 7355 is taken";
        }
        const QStringList lines =
            readAll(dir.filePath(QStringLiteral("dewey.log"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QRegularExpression shape(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (\w+) ([\w.]+): (.*)$)"));
        const QList<QStringList> expected = {
            {QStringLiteral("warning"), QStringLiteral("dewey.db"),
             QStringLiteral("database is locked, retrying")},
            {QStringLiteral("info"), QStringLiteral("dewey.webhook"),
             QStringLiteral("accepted event evt_123")},
            {QStringLiteral("critical"), QStringLiteral("dewey.server"),
             QStringLiteral("port 7355 is taken")},
        };
        for (int i = 0; i < lines.size(); ++i) {
            const QRegularExpressionMatch match = shape.match(lines.at(i));
            QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
            QCOMPARE(match.captured(1), expected.at(i).at(0));
            QCOMPARE(match.captured(2), expected.at(i).at(1));
            QVERIFY2(match.captured(3).contains(expected.at(i).at(2)), qPrintable(lines.at(i)));
        }
    }

    void messagesBelowTheMinimumLevelAreDropped()
    {
        QTemporaryDir dir;
        {
            Logging::Options options = fileOnly(dir.path());
            options.minimumLevel = QtWarningMsg;
            Logging logging(options);
            qCInfo(lcAlerts) << "alert shown";
            qCWarning(lcAlerts) << "alert queue is long";
        }
        const QString text = readAll(dir.filePath(QStringLiteral("dewey.log")));
        QVERIFY(!text.contains(QLatin1String("alert shown")));
        QVERIFY(text.contains(QLatin1String("alert queue is long")));
    }

    // README → Troubleshooting: QT_LOGGING_RULES="dewey.*.debug=true" turns on debug lines. The sink
    // writes what the rules enable, to the file and to stderr, and nothing else.
    void debugLinesFollowTheLoggingRules()
    {
        QTemporaryDir dir;
        const QString logDirectory = dir.filePath(QStringLiteral("logs"));
        const QString errPath = dir.filePath(QStringLiteral("stderr.txt"));
        QLoggingCategory::setFilterRules(QStringLiteral("dewey.db.debug=true"));
        {
            StderrCapture capture(errPath);
            QVERIFY(capture.isActive());
            Logging::Options options;
            options.directory = logDirectory;
            Logging logging(options);
            qCDebug(lcDb) << "migration 3 took 12 ms";
            qCDebug(lcAlerts) << "queue tick";
            qDebug() << "library chatter";
            qCInfo(lcAlerts) << "alert shown";
        }
        QLoggingCategory::setFilterRules(QString());
        for (const QString& text : {readAll(logDirectory + QStringLiteral("/dewey.log")), readAll(errPath)}) {
            QVERIFY2(text.contains(QLatin1String(" debug dewey.db: migration 3 took 12 ms")),
                     qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("queue tick")), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("library chatter")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String(" info dewey.alerts: alert shown")), qPrintable(text));
        }
    }

    void rotationKeepsFilesBounded()
    {
        QTemporaryDir dir;
        constexpr qint64 maxBytes = 2048;
        constexpr int keepFiles = 3;
        {
            Logging::Options options = fileOnly(dir.path());
            options.maxBytes = maxBytes;
            options.keepFiles = keepFiles;
            Logging logging(options);
            for (int i = 0; i < 500; ++i)
                qCInfo(lcOverlay).noquote()
                    << QStringLiteral("overlay client %1 connected").arg(i, 4, 10, QLatin1Char('0'));
        }
        const QStringList files =
            QDir(dir.path()).entryList({QStringLiteral("dewey.log*")}, QDir::Files, QDir::Name);
        QCOMPARE(files, QStringList({QStringLiteral("dewey.log"), QStringLiteral("dewey.log.1"),
                                     QStringLiteral("dewey.log.2")}));
        for (const QString& name : files) {
            const qint64 size = QFileInfo(dir.filePath(name)).size();
            QVERIFY2(size <= maxBytes, qPrintable(QStringLiteral("%1 has %2 bytes").arg(name).arg(size)));
            QVERIFY2(size > maxBytes / 2, qPrintable(QStringLiteral("%1 has %2 bytes").arg(name).arg(size)));
        }
        // The newest line is in the current file; the oldest ones were dropped with the oldest file.
        QVERIFY(readAll(dir.filePath(QStringLiteral("dewey.log")))
                    .contains(QLatin1String("overlay client 0499 connected")));
        QVERIFY(!readAllLogs(dir.path()).contains(QLatin1String("overlay client 0000 connected")));
        // Lines are never split across files.
        const QStringList lines = readAllLogs(dir.path()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines)
            QVERIFY2(line.endsWith(QLatin1String("connected")), qPrintable(line));
    }

    void overlongLineIsCutToFit()
    {
        QTemporaryDir dir;
        RotatingLogFile file(dir.path(), QStringLiteral("dewey.log"), 100, 2);
        file.writeLine(QString(300, QChar(0x00e9))); // two UTF-8 bytes each
        const QByteArray bytes = [&] {
            QFile f(file.filePath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(bytes.size() <= 100);
        QVERIFY(bytes.endsWith('\n'));
        QCOMPARE(QString::fromUtf8(bytes.chopped(1)), QString((bytes.size() - 1) / 2, QChar(0x00e9)));
    }

    void secretsNeverReachTheFile_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("registered");
        QTest::addRow("registered openai key")
            << QStringLiteral("sk-proj-T3stKeyABCDEFGHIJKLMNOPQRSTUVWXYZ012345") << true;
        QTest::addRow("registered local server key") << QStringLiteral("my-local-llama-key-7781") << true;
        QTest::addRow("unregistered stripe live key")
            << QStringLiteral("sk_live_51NzQmPLq8RtYxWvU2kJhGfDsA") << false;
        QTest::addRow("unregistered restricted key")
            << QStringLiteral("rk_test_51NzQmPLq8RtYxWvU2kJhGfDsA") << false;
        QTest::addRow("unregistered webhook secret")
            << QStringLiteral("whsec_9XyZ8wVu7TsR6qPo5NmL4kJi3HgF") << false;
        QTest::addRow("unregistered openai key")
            << QStringLiteral("sk-Ab12Cd34Ef56Gh78Ij90Kl12Mn34Op56") << false;
    }

    void secretsNeverReachTheFile()
    {
        QFETCH(QString, secret);
        QFETCH(bool, registered);
        QTemporaryDir dir;
        {
            Logging logging(fileOnly(dir.path()));
            if (registered)
                logging.redactor().addSecret(secret);
            qCInfo(lcAssistant).noquote() << "POST /v1/chat/completions with Authorization: Bearer" << secret;
            qCWarning(lcStripe) << "request failed for key" << secret << "status 401";
            qCDebug(lcSecrets) << "value" << secret; // disabled category level: must not appear anyway
            qCInfo(lcSettings).noquote() << QStringLiteral("{\"openai_api_key\":\"%1\"}").arg(secret);
            qCInfo(lcOverlay).noquote() << QStringLiteral("GET /overlay?token=%1&scene=main").arg(secret);
            qWarning().noquote() << "uncategorised:" << secret;
            qCInfo(lcWebhook).noquote() << "secret is" << secret.toUpper().toLower(); // same text, new string
        }
        const QString logs = readAllLogs(dir.path());
        QVERIFY(logs.contains(QLatin1String("dewey.stripe")));
        QVERIFY(logs.contains(QLatin1String("[redacted]")));
        QVERIFY2(!logs.contains(secret), qPrintable(logs));
        // Not even a long piece of it.
        QVERIFY2(!logs.contains(secret.right(12)), qPrintable(logs));
    }

    void unwritableFolderDoesNotStopLogging()
    {
        QTemporaryDir dir;
        // A regular file where the folder should be: cannot be created, even by root.
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QString logDirectory = blocker + QStringLiteral("/logs");
        RotatingLogFile file(logDirectory);
        file.writeLine(QStringLiteral("first"));
        QVERIFY(!file.isWritable());
        file.writeLine(QStringLiteral("second")); // still harmless

        Logging logging(fileOnly(logDirectory));
        for (int i = 0; i < 10; ++i)
            qCWarning(lcApp) << "still running" << i;
        QVERIFY(!QFileInfo::exists(logDirectory));
    }

    void previousHandlerComesBack()
    {
        static QStringList captured;
        captured.clear();
        const QtMessageHandler original = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { captured << message; });
        QTemporaryDir dir;
        {
            Logging logging(fileOnly(dir.path()));
            qCWarning(lcGui) << "inside";
        }
        qCWarning(lcGui) << "after";
        qInstallMessageHandler(original);
        QCOMPARE(captured, QStringList({QStringLiteral("after")}));
        QVERIFY(readAll(dir.filePath(QStringLiteral("dewey.log"))).contains(QLatin1String("inside")));
    }

    void messagesFromManyThreadsStayWhole()
    {
        QTemporaryDir dir;
        constexpr int threads = 4;
        constexpr int perThread = 200;
        {
            Logging logging(fileOnly(dir.path()));
            logging.redactor().addSecret(QStringLiteral("thread-shared-secret"));
            QList<QThread*> workers;
            for (int t = 0; t < threads; ++t) {
                workers << QThread::create([t] {
                    for (int i = 0; i < perThread; ++i)
                        qCInfo(lcAlerts).noquote()
                            << QStringLiteral("worker %1 line %2 thread-shared-secret end").arg(t).arg(i);
                });
                workers.last()->start();
            }
            for (QThread* worker : std::as_const(workers)) {
                QVERIFY(worker->wait());
                delete worker;
            }
        }
        const QStringList lines = readAllLogs(dir.path()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), threads * perThread);
        for (const QString& line : lines)
            QVERIFY2(line.endsWith(QLatin1String("[redacted] end")) &&
                         line.contains(QLatin1String(" info dewey.alerts: worker ")),
                     qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
