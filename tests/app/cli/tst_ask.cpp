#include "OpenAiTestServer.h"
#include "TestSupport.h"
#include "assistant/ConversationRepository.h"
#include "common/Clock.h"
#include "common/DataDirectory.h"
#include "db/Database.h"
#include "notes/NotesRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using DeweyTest::OpenAiTestReply;
using DeweyTest::OpenAiTestServer;

namespace {

constexpr int kProcessTimeoutMs = 60000; // a deadline, not a measurement
const QString kKey = QStringLiteral("sk-test-dewey-cli");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// `dewey-cli ask` as a script runs it: a real process, a real data folder, the local OpenAI-protocol
// server on loopback. stdout carries the answer and nothing else; errors go to stderr with exit 1.
class TestAskCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void streamsTheAnswerOnStdoutOnly();
    void jsonHasTheAnswerCitationsAndUsage();
    void errorsGoToStderrWithAFailureExit_data();
    void errorsGoToStderrWithAFailureExit();
    void deletingNeedsYes_data();
    void deletingNeedsYes();
    void interruptStopsAndKeepsWhatArrived();
    void continuesAConversation();
    void usageErrors_data();
    void usageErrors();

private:
    QProcessEnvironment environment(bool withServer = true) const;
    void startCli(QProcess& process, const QStringList& arguments, const QProcessEnvironment& env);
    Result ask(const QStringList& arguments, const QProcessEnvironment& env);
    Result ask(const QStringList& arguments) { return ask(arguments, environment()); }
    qint64 addNote(const QString& text);
    QString dataFolder() const { return m_dir->filePath(QStringLiteral("data")); }

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenAiTestServer> m_server;
    Dewey::SystemClock m_clock;
};

void TestAskCli::init()
{
    m_cli = DeweyTest::executable("DEWEY_CLI");
    QVERIFY2(QFile::exists(m_cli), "DEWEY_CLI must point at the built dewey-cli");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<OpenAiTestServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey(kKey);
}

void TestAskCli::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QProcessEnvironment TestAskCli::environment(bool withServer) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never the developer's keyring, data or OpenAI account.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/dewey-test-bus"));
    env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("DEWEY_DATA_DIR"));
    env.remove(QStringLiteral("DEWEY_OPENAI_API_KEY"));
    env.remove(QStringLiteral("DEWEY_OPENAI_BASE_URL"));
    if (withServer) {
        env.insert(QStringLiteral("DEWEY_OPENAI_BASE_URL"), m_server->baseUrl().toString());
        env.insert(QStringLiteral("DEWEY_OPENAI_API_KEY"), kKey);
    }
    return env;
}

void TestAskCli::startCli(QProcess& process, const QStringList& arguments, const QProcessEnvironment& env)
{
    process.setProcessEnvironment(env);
    process.start(m_cli,
                  QStringList{QStringLiteral("--data-dir"), dataFolder(), QStringLiteral("ask")} + arguments);
}

Result TestAskCli::ask(const QStringList& arguments, const QProcessEnvironment& env)
{
    QProcess process;
    startCli(process, arguments, env);
    Result result;
    // The server answers from this process's event loop, so wait without blocking it.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

qint64 TestAskCli::addNote(const QString& text)
{
    Dewey::DataDirectory folder(dataFolder());
    QString error;
    if (!folder.ensureExists(&error))
        return 0;
    Dewey::Database database;
    if (!database.open(folder.databasePath()).ok())
        return 0;
    Dewey::NotesRepository notes(database, m_clock);
    const auto note = notes.add(text);
    return note ? note->id : 0;
}

void TestAskCli::streamsTheAnswerOnStdoutOnly()
{
    const qint64 note = addNote(QStringLiteral("Airbnb door code is 4412"));
    QVERIFY(note > 0);
    const QString answer = QStringLiteral("The Airbnb door code is 4412 [note:%1].").arg(note);
    m_server->enqueueChat(OpenAiTestReply::text(answer));

    const Result result = ask({QStringLiteral("what's"), QStringLiteral("the airbnb code?")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QString::fromUtf8(result.out), answer + QLatin1Char('\n'));
    QVERIFY2(!result.err.contains("dewey-cli ask:"), result.err.constData()); // no error reported

    // Same retrieval as the app: the note was in the prompt; the key came from the environment.
    const auto request = m_server->chatRequests().first();
    QCOMPARE(request.header("authorization"), "Bearer " + kKey.toUtf8());
    const QJsonArray messages = request.json().value(QLatin1String("messages")).toArray();
    QVERIFY(messages.first()
                .toObject()
                .value(QLatin1String("content"))
                .toString()
                .contains(QStringLiteral("[note:%1]").arg(note)));
    QCOMPARE(messages.last().toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("what's the airbnb code?"));

    // Same conversation store as the app.
    Dewey::Database database;
    QVERIFY(database.open(Dewey::DataDirectory(dataFolder()).databasePath()).ok());
    Dewey::ConversationRepository conversations(database, m_clock);
    QCOMPARE(conversations.list().size(), 1);
    const auto stored = conversations.messages(conversations.list().first().id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).content, answer);
    QCOMPARE(stored.at(1).citedNoteIds, QList<qint64>{note});
}

void TestAskCli::jsonHasTheAnswerCitationsAndUsage()
{
    const qint64 note = addNote(QStringLiteral("Sponsor code is DEWEY20"));
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Use DEWEY20 [note:%1].").arg(note), 300, 9));
    const Result result = ask({QStringLiteral("--json"), QStringLiteral("sponsor code?")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.endsWith('\n'));
    QCOMPARE(result.out.count('\n'), 1); // one line, one object
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QLatin1String("answer")).toString(),
             QStringLiteral("Use DEWEY20 [note:%1].").arg(note));
    const QJsonObject citation = object.value(QLatin1String("citations")).toArray().first().toObject();
    QCOMPARE(citation.value(QLatin1String("noteId")).toInteger(), note);
    QCOMPARE(citation.value(QLatin1String("text")).toString(), QStringLiteral("Sponsor code is DEWEY20"));
    const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
    QCOMPARE(usage.value(QLatin1String("promptTokens")).toInt(), 300);
    QCOMPARE(usage.value(QLatin1String("completionTokens")).toInt(), 9);
    QCOMPARE(usage.value(QLatin1String("totalTokens")).toInt(), 309);
    QVERIFY(object.value(QLatin1String("conversationId")).toInteger() > 0);
}

void TestAskCli::errorsGoToStderrWithAFailureExit_data()
{
    QTest::addColumn<QList<OpenAiTestReply>>("replies");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("stderrMentions");

    QTest::addRow("wrong key") << QList<OpenAiTestReply>{} << "wrong key"
                               << "refused the API key";
    QTest::addRow("no key for api.openai.com") << QList<OpenAiTestReply>{} << "no key"
                                               << "No OpenAI API key is set";
    QTest::addRow("quota") << QList<OpenAiTestReply>{OpenAiTestReply::insufficientQuota()} << ""
                           << "run out of credit";
    QTest::addRow("server errors") << QList<OpenAiTestReply>{OpenAiTestReply::serverError(),
                                                             OpenAiTestReply::serverError(),
                                                             OpenAiTestReply::serverError()}
                                   << ""
                                   << "had a problem answering (HTTP 500)";
    QTest::addRow("server down") << QList<OpenAiTestReply>{} << "server down"
                                 << "refused the connection";
}

void TestAskCli::errorsGoToStderrWithAFailureExit()
{
    QFETCH(QList<OpenAiTestReply>, replies);
    QFETCH(QString, setup);
    QFETCH(QString, stderrMentions);

    for (const OpenAiTestReply& reply : replies)
        m_server->enqueueChat(reply);
    QProcessEnvironment env = environment();
    if (setup == QLatin1String("wrong key"))
        env.insert(QStringLiteral("DEWEY_OPENAI_API_KEY"), QStringLiteral("sk-wrong"));
    if (setup == QLatin1String("no key"))
        env = environment(false); // the default server, api.openai.com, is never contacted without a key
    if (setup == QLatin1String("server down"))
        m_server.reset();

    const Result result = ask({QStringLiteral("what's the wifi password?")}, env);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.isEmpty(), result.out.constData()); // never as answer text
    QVERIFY2(result.err.contains(stderrMentions.toUtf8()), result.err.constData());
    QVERIFY(result.err.startsWith("dewey") || result.err.contains("dewey-cli ask: "));
    QVERIFY(!result.err.contains("Traceback") && !result.err.contains("terminate called"));
}

void TestAskCli::deletingNeedsYes_data()
{
    QTest::addColumn<bool>("yes");
    QTest::addRow("without --yes the note is kept") << false;
    QTest::addRow("with --yes it is deleted") << true;
}

void TestAskCli::deletingNeedsYes()
{
    QFETCH(bool, yes);
    const qint64 note = addNote(QStringLiteral("Old wifi password is hunter2"));
    m_server->enqueueChat(OpenAiTestReply::toolCalls(
        {{QStringLiteral("forget"), QStringLiteral("{\"id\":%1}").arg(note), {}}}));
    m_server->enqueueChat(
        OpenAiTestReply::text(yes ? QStringLiteral("Deleted.") : QStringLiteral("I kept it.")));
    QStringList arguments{QStringLiteral("forget the old wifi password")};
    if (yes)
        arguments.prepend(QStringLiteral("--yes"));
    const Result result = ask(arguments);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, yes ? QByteArray("Deleted.\n") : QByteArray("I kept it.\n"));

    Dewey::Database database;
    QVERIFY(database.open(Dewey::DataDirectory(dataFolder()).databasePath()).ok());
    Dewey::NotesRepository notes(database, m_clock);
    QCOMPARE(notes.note(note).has_value(), !yes);
    if (!yes)
        QVERIFY2(result.err.contains("--yes"), result.err.constData());
}

void TestAskCli::interruptStopsAndKeepsWhatArrived()
{
    // The server sends part of the answer and then goes quiet, like a stalled model.
    m_server->enqueueChat(
        OpenAiTestReply::stallMidStream(QStringLiteral("The merch drop is on Friday at noon"), 5));
    QProcess process;
    startCli(process, {QStringLiteral("when is the merch drop?")}, environment());
    QByteArray out;
    // Tokens reach stdout while the answer is still unfinished: it streams.
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += process.readAllStandardOutput();
            return out.startsWith("The merch drop");
        },
        kProcessTimeoutMs));
    process.terminate(); // SIGTERM, as Ctrl+C would send SIGINT
    QVERIFY(
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, kProcessTimeoutMs));
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(out, QByteArray("The merch drop\n"));
    QVERIFY(process.readAllStandardError().contains("stopped"));

    Dewey::Database database;
    QVERIFY(database.open(Dewey::DataDirectory(dataFolder()).databasePath()).ok());
    Dewey::ConversationRepository conversations(database, m_clock);
    const auto stored = conversations.messages(conversations.list().first().id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).status, Dewey::StoredMessage::Status::Stopped);
    QCOMPARE(stored.at(1).content, QStringLiteral("The merch drop"));
}

void TestAskCli::continuesAConversation()
{
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("First answer.")));
    const Result first = ask({QStringLiteral("--json"), QStringLiteral("first question")});
    QCOMPARE(first.exitCode, 0);
    const qint64 conversation =
        QJsonDocument::fromJson(first.out).object().value(QLatin1String("conversationId")).toInteger();

    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Second answer.")));
    const Result second =
        ask({QStringLiteral("--conversation"), QString::number(conversation), QStringLiteral("follow-up")});
    QCOMPARE(second.exitCode, 0);
    const QJsonArray messages =
        m_server->chatRequests().at(1).json().value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 4); // system, first question, first answer, follow-up
    QCOMPARE(messages.at(2).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("First answer."));

    const Result missing =
        ask({QStringLiteral("--conversation"), QStringLiteral("999"), QStringLiteral("hello")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.isEmpty());
}

void TestAskCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no question") << QStringList{};
    QTest::addRow("blank question") << QStringList{QStringLiteral("   ")};
    QTest::addRow("bad conversation id")
        << QStringList{QStringLiteral("--conversation"), QStringLiteral("x"), QStringLiteral("hi")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("hi")};
}

void TestAskCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = ask(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
    QVERIFY(m_server->chatRequests().isEmpty());
}

QTEST_GUILESS_MAIN(TestAskCli)
#include "tst_ask.moc"
