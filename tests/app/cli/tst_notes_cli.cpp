#include "OpenAiTestServer.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "notes/EmbeddingIndex.h"
#include "notes/EmbeddingIndexer.h"
#include "notes/EmbeddingStore.h"
#include "notes/NotesRepository.h"
#include "notes/OpenAiEmbedder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

constexpr int kProcessTimeoutMs = 60000; // a deadline, not a measurement

} // namespace

// dewey-cli notes, run as a script would run it: real process, real database in a temporary data
// folder, stdout parsed as the documented output.
class TestNotesCli : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addListSearchAsJson();
    void searchAcceptsAnyQuery_data();
    void searchAcceptsAnyQuery();
    void editDeleteRestore();
    void exitCodes_data();
    void exitCodes();
    void jsonLinesExportImportRoundTrip();
    void markdownExportImportRoundTrip();
    void importReportsUnreadableLines();
    void searchUsesStoredVectorsWithAKey();
    void searchFallsBackToKeywordsWhenOffline();

private:
    QProcessEnvironment environment() const;
    Result cli(const QStringList& arguments, const QProcessEnvironment& env = {});
    QJsonArray searchJson(const QString& query, const QProcessEnvironment& env = {});
    void embedAllNotes(const QUrl& baseUrl);

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataFolder;
};

void TestNotesCli::init()
{
    m_cli = DeweyTest::executable("DEWEY_CLI");
    QVERIFY2(QFile::exists(m_cli), "DEWEY_CLI must point at the built dewey-cli");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataFolder = QStringLiteral("data");
}

QProcessEnvironment TestNotesCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never the developer's keyring, data or OpenAI account.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/dewey-test-bus"));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("DEWEY_DATA_DIR"));
    env.remove(QStringLiteral("DEWEY_OPENAI_API_KEY"));
    env.remove(QStringLiteral("DEWEY_OPENAI_BASE_URL"));
    // Standard error is the command's messages only; the app's own info lines (language, database)
    // are not part of what a script reads.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dewey.*.info=false"));
    return env;
}

Result TestNotesCli::cli(const QStringList& arguments, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? environment() : env);
    process.start(m_cli,
                  QStringList{QStringLiteral("--data-dir"), m_dir->filePath(m_dataFolder)} + arguments);
    Result result;
    if (!process.waitForFinished(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonArray TestNotesCli::searchJson(const QString& query, const QProcessEnvironment& env)
{
    const Result r = cli({QStringLiteral("notes"), QStringLiteral("search"), QStringLiteral("--json"),
                          QStringLiteral("--limit"), QStringLiteral("5"), query},
                         env);
    if (r.exitCode != 0)
        qWarning() << "search failed:" << r.err;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning() << "not a JSON array:" << r.out;
    return document.array();
}

void TestNotesCli::addListSearchAsJson()
{
    const Result added = cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("Airbnb"),
                              QStringLiteral("door code is 4412")});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out.trimmed(), QByteArray("1"));
    QCOMPARE(
        cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("Mod Kira's birthday is June 4")})
            .exitCode,
        0);

    const Result listed = cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Airbnb door code is 4412"));

    const QJsonArray hits = searchJson(QStringLiteral("what's the airbnb code?"));
    QCOMPARE(hits.size(), 1);
    const QJsonObject hit = hits.first().toObject();
    QCOMPARE(hit.value(QLatin1String("id")).toInteger(), 1);
    QCOMPARE(hit.value(QLatin1String("text")).toString(), QStringLiteral("Airbnb door code is 4412"));
    QVERIFY(
        QDateTime::fromString(hit.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(hit.value(QLatin1String("score")).toDouble() > 0);
    QCOMPARE(QStringList(hit.keys()), (QStringList{QStringLiteral("createdAt"), QStringLiteral("id"),
                                                   QStringLiteral("score"), QStringLiteral("text")}));
}

void TestNotesCli::searchAcceptsAnyQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("quotes") << "\"airbnb";
    QTest::addRow("operators") << "airbnb AND NEAR( code * -";
    QTest::addRow("emoji") << "🔑 airbnb";
    QTest::addRow("date") << "3/3";
}

void TestNotesCli::searchAcceptsAnyQuery()
{
    QFETCH(QString, query);
    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("add"),
                  QStringLiteral("Airbnb code 4412 from 2026-03-03")})
                 .exitCode,
             0);
    const Result r =
        cli({QStringLiteral("notes"), QStringLiteral("search"), QStringLiteral("--json"), query});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestNotesCli::editDeleteRestore()
{
    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("Wifi password hunter2")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("edit"), QStringLiteral("1"),
                  QStringLiteral("Wifi password sunflower")})
                 .exitCode,
             0);
    QVERIFY(searchJson(QStringLiteral("hunter2")).isEmpty());
    QCOMPARE(searchJson(QStringLiteral("sunflower")).size(), 1);

    const Result deleted = cli({QStringLiteral("notes"), QStringLiteral("delete"), QStringLiteral("1")});
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY(deleted.err.contains("notes restore 1"));
    QVERIFY(searchJson(QStringLiteral("sunflower")).isEmpty());
    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("restore"), QStringLiteral("1")}).exitCode, 0);
    QCOMPARE(searchJson(QStringLiteral("sunflower")).size(), 1);
}

void TestNotesCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::addRow("no action") << QStringList{} << 2;
    QTest::addRow("unknown action") << QStringList{QStringLiteral("frobnicate")} << 2;
    QTest::addRow("add without text") << QStringList{QStringLiteral("add")} << 2;
    QTest::addRow("add blank text") << QStringList{QStringLiteral("add"), QStringLiteral("   ")} << 1;
    QTest::addRow("search without words") << QStringList{QStringLiteral("search")} << 2;
    QTest::addRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("--limit"),
                                              QStringLiteral("zero"), QStringLiteral("x")}
                               << 2;
    QTest::addRow("edit unknown id") << QStringList{QStringLiteral("edit"), QStringLiteral("42"),
                                                    QStringLiteral("x")}
                                     << 1;
    QTest::addRow("edit non-number id")
        << QStringList{QStringLiteral("edit"), QStringLiteral("abc"), QStringLiteral("x")} << 2;
    QTest::addRow("delete unknown id") << QStringList{QStringLiteral("delete"), QStringLiteral("42")} << 1;
    QTest::addRow("import missing file")
        << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent.jsonl")} << 1;
    QTest::addRow("import unknown format")
        << QStringList{QStringLiteral("import"), QStringLiteral("notes.csv")} << 2;
    QTest::addRow("list") << QStringList{QStringLiteral("list")} << 0;
}

void TestNotesCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Result r = cli(QStringList{QStringLiteral("notes")} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY(r.out.isEmpty()); // nothing a script could mistake for a result
        QVERIFY(r.err.startsWith("dewey-cli notes: "));
    }
}

void TestNotesCli::jsonLinesExportImportRoundTrip()
{
    const QString file = m_dir->filePath(QStringLiteral("import.jsonl"));
    QFile in(file);
    QVERIFY(in.open(QIODevice::WriteOnly));
    // Fields in the order the export writes them (alphabetical), so the round trip compares bytes.
    in.write("{\"createdAt\":\"2025-06-01T10:00:00.000Z\",\"text\":\"Sponsor code GLOW20\"}\n"
             "{\"createdAt\":\"2025-07-01T10:00:00.000Z\",\"text\":\"Line one\\nline two ✓\"}\n");
    in.close();
    const Result imported =
        cli({QStringLiteral("notes"), QStringLiteral("import"), QStringLiteral("--json"), file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QLatin1String("added")).toInt(), 2);

    const Result exported = cli({QStringLiteral("notes"), QStringLiteral("export")});
    QCOMPARE(exported.exitCode, 0);
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(exported.out, original.readAll()); // oldest first, same fields, same times

    // Importing the export again adds nothing.
    const QString again = m_dir->filePath(QStringLiteral("again.jsonl"));
    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("export"), again}).exitCode, 0);
    const Result reimported =
        cli({QStringLiteral("notes"), QStringLiteral("import"), QStringLiteral("--json"), again});
    QCOMPARE(reimported.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(reimported.out).object().value(QLatin1String("duplicates")).toInt(), 2);
}

void TestNotesCli::markdownExportImportRoundTrip()
{
    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("Mod Kira birthday June 4")})
                 .exitCode,
             0);
    QCOMPARE(
        cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("Multi\n\n- paragraph note")})
            .exitCode,
        0);
    const QString file = m_dir->filePath(QStringLiteral("backup.md"));
    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("export"), file}).exitCode, 0);
    const QJsonArray before =
        QJsonDocument::fromJson(
            cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")}).out)
            .array();

    m_dataFolder = QStringLiteral("other-machine");
    const Result imported =
        cli({QStringLiteral("notes"), QStringLiteral("import"), QStringLiteral("--json"), file});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(QLatin1String("added")).toInt(), 2);
    const QJsonArray after =
        QJsonDocument::fromJson(
            cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")}).out)
            .array();
    QCOMPARE(after, before); // same ids, texts and times
}

void TestNotesCli::importReportsUnreadableLines()
{
    const QString file = m_dir->filePath(QStringLiteral("mixed.jsonl"));
    QFile in(file);
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write("{\"text\":\"good\"}\nnot json\n{\"text\":\"also good\"}\n");
    in.close();
    const Result r = cli({QStringLiteral("notes"), QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 1); // the good lines are in, but a script should notice the bad one
    QVERIFY(r.err.contains("line 2"));
    QCOMPARE(QJsonDocument::fromJson(
                 cli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                 .array()
                 .size(),
             2);
}

void TestNotesCli::embedAllNotes(const QUrl& baseUrl)
{
    // What the app does in the background, done here in-process on the same database file.
    Dewey::SystemClock clock;
    Dewey::Database database;
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("data/dewey.sqlite"))).ok());
    Dewey::NotesRepository notes(database, clock);
    Dewey::EmbeddingStore store(database);
    Dewey::EmbeddingIndex index;
    QNetworkAccessManager network;
    Dewey::OpenAiEmbedder embedder(network, [] { return QStringLiteral("sk-test"); });
    embedder.setBaseUrl(baseUrl);
    Dewey::EmbeddingIndexer indexer(notes, store, index, embedder);
    indexer.start();
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), Dewey::EmbeddingIndexer::State::Ready, kProcessTimeoutMs);
    QCOMPARE(index.size(), notes.count());
}

void TestNotesCli::searchUsesStoredVectorsWithAKey()
{
    DeweyTest::OpenAiTestServer server;
    QVERIFY(server.listen());
    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("add"),
                  QStringLiteral("Got my glasses at Warby Parker")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("Hoodie restock Friday")})
                 .exitCode,
             0);
    embedAllNotes(server.baseUrl());
    server.clearRequests();

    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DEWEY_OPENAI_API_KEY"), QStringLiteral("sk-test"));
    env.insert(QStringLiteral("DEWEY_OPENAI_BASE_URL"), server.baseUrl().toString());
    // The test server answers while the CLI runs, so run it without blocking this event loop.
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_cli, {QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")),
                          QStringLiteral("notes"), QStringLiteral("search"), QStringLiteral("--json"),
                          QStringLiteral("glasses warby")});
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, kProcessTimeoutMs);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardError(), QByteArray()); // no "words only" notice
    const QJsonArray hits = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().toObject().value(QLatin1String("id")).toInteger(), 1);
    // The query itself was embedded: hybrid, not keywords alone.
    const auto requests = server.requests(QStringLiteral("/v1/embeddings"));
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().json().value(QLatin1String("input")).toArray().first().toString(),
             QStringLiteral("glasses warby"));
}

void TestNotesCli::searchFallsBackToKeywordsWhenOffline()
{
    QUrl deadUrl;
    {
        DeweyTest::OpenAiTestServer server;
        QVERIFY(server.listen());
        QCOMPARE(cli({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("Airbnb code 4412")})
                     .exitCode,
                 0);
        embedAllNotes(server.baseUrl());
        deadUrl = server.baseUrl();
    } // the server is gone: nothing listens there any more
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DEWEY_OPENAI_API_KEY"), QStringLiteral("sk-test"));
    env.insert(QStringLiteral("DEWEY_OPENAI_BASE_URL"), deadUrl.toString());
    const Result r = cli({QStringLiteral("notes"), QStringLiteral("search"), QStringLiteral("--json"),
                          QStringLiteral("airbnb code")},
                         env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("words only"), r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
}

QTEST_GUILESS_MAIN(TestNotesCli)
#include "tst_notes_cli.moc"
