#include "AssistantTestSupport.h"
#include "OpenAiTestServer.h"
#include "assistant/Assistant.h"
#include "assistant/ConversationRepository.h"
#include "notes/EmbeddingIndex.h"
#include "notes/NoteRetriever.h"
#include "notes/NotesRepository.h"
#include "notes/OpenAiEmbedder.h"
#include "settings/Settings.h"
#include "stripe/SalesLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace Dewey;
using AssistantTest::kWaitMs;
using AssistantTest::TempDatabase;
using DeweyTest::ManualClock;
using DeweyTest::OpenAiRecordedRequest;
using DeweyTest::OpenAiTestReply;
using DeweyTest::OpenAiTestServer;

namespace {

const QString kKey = QStringLiteral("sk-test-dewey-session");

// Everything one session emitted.
struct SessionWatcher
{
    explicit SessionWatcher(ChatSession* session)
        : saved(session, &ChatSession::userMessageSaved)
        , tokens(session, &ChatSession::tokenReceived)
        , notes(session, &ChatSession::notesRetrieved)
        , tools(session, &ChatSession::toolActivity)
        , confirmations(session, &ChatSession::confirmationRequested)
        , finished(session, &ChatSession::finished)
        , stopped(session, &ChatSession::stopped)
        , failed(session, &ChatSession::failed)
    {}

    bool waitForEnd(qsizetype ends = 1)
    {
        return QTest::qWaitFor(
            [this, ends] { return finished.count() + stopped.count() + failed.count() >= ends; }, kWaitMs);
    }
    QString streamed() const
    {
        QString text;
        for (const auto& arguments : tokens)
            text += arguments.at(0).toString();
        return text;
    }
    AnswerResult result() const { return finished.last().at(0).value<AnswerResult>(); }
    AssistantError error() const { return failed.last().at(0).value<AssistantError>(); }

    QSignalSpy saved;
    QSignalSpy tokens;
    QSignalSpy notes;
    QSignalSpy tools;
    QSignalSpy confirmations;
    QSignalSpy finished;
    QSignalSpy stopped;
    QSignalSpy failed;
};

QString systemPrompt(const OpenAiRecordedRequest& request)
{
    return request.json()
        .value(QLatin1String("messages"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("content"))
        .toString();
}

QJsonArray messagesOf(const OpenAiRecordedRequest& request)
{
    return request.json().value(QLatin1String("messages")).toArray();
}

} // namespace

// A whole conversation with Dewey against a local server that speaks the OpenAI protocol:
// retrieval into the prompt, streamed answers, tool rounds, confirmation, stop, errors and retry.
class TestChatSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void answersFromRetrievedNotesWithCitations();
    void citationsOfUnknownNotesAreDropped();
    void endpointComesFromSettingsUnlessTheEnvironmentSaysOtherwise();
    void rememberToolSavesTheNoteAndAnswers();
    void forgetWaitsForTheStreamersAnswer_data();
    void forgetWaitsForTheStreamersAnswer();
    void storeQuestionUsesTheSalesTools();
    void stopKeepsWhatArrived();
    void errorsAreNotAnswersAndTheMessageIsKept();
    void cutMidAnswerThenRetry();
    void unansweredMessageCanBeRetriedAfterReopening();
    void oneAnswerAtATime();
    void modelWithoutToolsStillAnswersFromTheNotes();
    void modelRefusingTemperatureIsAskedWithoutIt();
    void earlierTurnsAreContext();

private:
    ChatSession* newSession();

    ManualClock m_clock{AssistantTest::clockStart()};
    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OpenAiTestServer> m_server;
    std::unique_ptr<NotesRepository> m_notes;
    std::unique_ptr<OpenAiEmbedder> m_embedder;
    std::unique_ptr<EmbeddingIndex> m_index;
    std::unique_ptr<NoteRetriever> m_retriever;
    std::unique_ptr<SalesLedger> m_ledger;
    std::unique_ptr<ConversationRepository> m_conversations;
    std::unique_ptr<Assistant> m_assistant;
    QString m_key;
    QProcessEnvironment m_environment;
};

void TestChatSession::initTestCase()
{
    qRegisterMetaType<AnswerResult>();
    qRegisterMetaType<AssistantError>();
    qRegisterMetaType<ConfirmationRequest>();
    qRegisterMetaType<StoredMessage>();
}

void TestChatSession::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->open());
    m_settingsDir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_settingsDir->filePath(QStringLiteral("settings.ini")));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<OpenAiTestServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey(kKey);
    m_key = kKey;
    QVERIFY(m_settings->setOpenAiBaseUrl(m_server->baseUrl().toString()));

    m_notes = std::make_unique<NotesRepository>(m_db->database, m_clock);
    QVERIFY(m_notes->prepare());
    m_embedder = std::make_unique<OpenAiEmbedder>(*m_network, [this] { return m_key; });
    m_embedder->setBaseUrl(m_server->baseUrl());
    m_embedder->setDimensions(64);
    m_index = std::make_unique<EmbeddingIndex>(64);
    m_retriever = std::make_unique<NoteRetriever>(*m_notes, *m_index, *m_embedder);
    m_ledger = std::make_unique<SalesLedger>(m_db->database, m_clock);
    m_conversations = std::make_unique<ConversationRepository>(m_db->database, m_clock);
    m_environment = QProcessEnvironment();
    m_assistant = std::make_unique<Assistant>(
        Assistant::Services{*m_network, *m_settings, [this] { return m_key; }, *m_conversations, *m_notes,
                            *m_retriever, m_ledger.get(), m_clock, m_environment});
    OpenAiClientOptions options;
    options.retry.initialDelayMs = 1;
    options.retry.maxDelayMs = 2;
    m_assistant->client().setOptions(options);
}

void TestChatSession::cleanup()
{
    m_assistant.reset();
    m_conversations.reset();
    m_ledger.reset();
    m_retriever.reset();
    m_index.reset();
    m_embedder.reset();
    m_notes.reset();
    m_server.reset();
    m_network.reset();
    m_settings.reset();
    m_settingsDir.reset();
    m_db.reset();
}

ChatSession* TestChatSession::newSession()
{
    return m_assistant->createSession(this);
}

void TestChatSession::answersFromRetrievedNotesWithCitations()
{
    const auto old = m_notes->add(QStringLiteral("Airbnb lock code is 1234"));
    m_clock.advance(3 * 24 * 3600 * 1000LL);
    const auto current = m_notes->add(QStringLiteral("Airbnb lock code is now 4471"));
    QVERIFY(m_notes->add(QStringLiteral("Mod Sam's birthday is 12 March")));
    // Vectors as the server computes them, so retrieval is hybrid (the indexer's job in the app).
    for (const Note& note : m_notes->list())
        QVERIFY(m_index->upsert(note.id, OpenAiTestServer::standInEmbedding(note.text, 64)));
    const QString answer =
        QStringLiteral("The Airbnb lock code is 4471 [note:%1]; it used to be 1234 [note:%2].")
            .arg(current->id)
            .arg(old->id);
    m_server->enqueueChat(OpenAiTestReply::text(answer, 640, 24));

    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("what's the airbnb code?")));
    // Saved before anything went out.
    QCOMPARE(watcher.saved.count(), 1);
    QVERIFY(session->isBusy());
    QVERIFY(session->conversationId() > 0);
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);

    // Streamed token by token, never as one block.
    QVERIFY(watcher.tokens.count() > 5);
    QCOMPARE(watcher.streamed(), answer);
    const AnswerResult result = watcher.result();
    QCOMPARE(result.message.content, answer);
    QCOMPARE(result.message.usage, (TokenUsage{640, 24, 664}));
    QCOMPARE(result.citations.size(), 2);
    QCOMPARE(result.citations.at(0).noteId, current->id);
    QCOMPARE(result.citations.at(0).noteText, QStringLiteral("Airbnb lock code is now 4471"));
    QCOMPARE(result.citations.at(1).noteId, old->id);
    QVERIFY(!session->isBusy());

    // The app put the notes it found into the prompt itself, with ids and dates, and the date.
    const OpenAiRecordedRequest request = m_server->chatRequests().first();
    const QString prompt = systemPrompt(request);
    QVERIFY2(prompt.contains(QStringLiteral("[note:%1] (saved ").arg(current->id)), qPrintable(prompt));
    QVERIFY(prompt.contains(QStringLiteral("[note:%1] (saved ").arg(old->id)));
    QVERIFY(prompt.contains(QStringLiteral("Current date and time: ")));
    QVERIFY(prompt.contains(QStringLiteral("exactly like [note:12]")));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4.1-mini"));
    QCOMPARE(body.value(QLatin1String("tools")).toArray().size(), 6);
    QCOMPARE(messagesOf(request).last().toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("what's the airbnb code?"));
    // The question was embedded through the same server (hybrid retrieval).
    QCOMPARE(m_server->requests(QStringLiteral("/v1/embeddings")).size(), 1);
    QCOMPARE(watcher.notes.count(), 1);
    QVERIFY(watcher.notes.first().at(0).value<QList<qint64>>().contains(current->id));
    QCOMPARE(watcher.notes.first().at(1).toString(), QString()); // no "keywords only" notice

    // Stored: the question, then the answer with its usage and citations; the question names it.
    const QList<StoredMessage> stored = m_conversations->messages(session->conversationId());
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).content, QStringLiteral("what's the airbnb code?"));
    QCOMPARE(stored.at(1).status, StoredMessage::Status::Complete);
    QCOMPARE(stored.at(1).citedNoteIds, (QList<qint64>{current->id, old->id}));
    QCOMPARE(stored.at(1).usage.totalTokens, 664);
    QCOMPARE(stored.at(1).model, QStringLiteral("gpt-4.1-mini-2025-04-14"));
    QCOMPARE(m_conversations->conversation(session->conversationId())->title,
             QStringLiteral("what's the airbnb code?"));
}

void TestChatSession::citationsOfUnknownNotesAreDropped()
{
    const auto note = m_notes->add(QStringLiteral("Sponsor code is DEWEY20"));
    m_server->enqueueChat(
        OpenAiTestReply::text(QStringLiteral("Use DEWEY20 [note:%1] or SAVE5 [note:999].").arg(note->id)));
    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("sponsor code?")));
    QVERIFY(watcher.waitForEnd());
    const AnswerResult result = watcher.result();
    QCOMPARE(result.citations.size(), 1);
    QCOMPARE(result.citations.first().noteId, note->id);
    QCOMPARE(result.message.citedNoteIds, QList<qint64>{note->id});
}

void TestChatSession::endpointComesFromSettingsUnlessTheEnvironmentSaysOtherwise()
{
    QCOMPARE(m_assistant->endpoint().baseUrl, m_server->baseUrl());
    QCOMPARE(m_assistant->endpoint().apiKey, kKey);
    QVERIFY(m_assistant->baseUrlOverride().isEmpty());

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("DEWEY_OPENAI_BASE_URL"),
                       QStringLiteral(" http://127.0.0.1:1234/v1/ "));
    Assistant overridden(Assistant::Services{*m_network, *m_settings, [] { return QString(); },
                                             *m_conversations, *m_notes, *m_retriever, nullptr, m_clock,
                                             environment});
    QCOMPARE(overridden.endpoint().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:1234/v1")));
    QCOMPARE(overridden.baseUrlOverride(), QStringLiteral("DEWEY_OPENAI_BASE_URL"));
    QVERIFY(!overridden.tools().hasSalesTools());

    QVERIFY(m_settings->setAssistantModel(QStringLiteral("llama3.1:8b")));
    QCOMPARE(overridden.config().model, QStringLiteral("llama3.1:8b"));
    QCOMPARE(overridden.config().temperature, Settings::DefaultAssistantTemperature);
}

void TestChatSession::rememberToolSavesTheNoteAndAnswers()
{
    m_server->enqueueChat(OpenAiTestReply::toolCalls(
        {{QStringLiteral("remember"), QStringLiteral("{\"text\":\"Mod Sam's birthday is 12 March\"}"), {}}},
        300));
    m_server->enqueueChat(
        OpenAiTestReply::text(QStringLiteral("Saved: Sam's birthday is 12 March [note:1]."), 420, 12));

    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("remember that sam's birthday is march 12")));
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);

    QCOMPARE(m_notes->count(), 1);
    const Note note = m_notes->list().first();
    QCOMPARE(note.text, QStringLiteral("Mod Sam's birthday is 12 March"));
    QCOMPARE(watcher.tools.count(), 1);
    QCOMPARE(watcher.tools.first().at(0).toString(), QStringLiteral("remember"));
    QCOMPARE(watcher.tools.first().at(1).toString(), QStringLiteral("Saved note %1").arg(note.id));

    // The second request carries the call and its result, matched by id.
    QCOMPARE(m_server->chatRequests().size(), 2);
    const QJsonArray messages = messagesOf(m_server->chatRequests().at(1));
    const QJsonObject call = messages.at(messages.size() - 2).toObject();
    const QJsonObject result = messages.last().toObject();
    QCOMPARE(call.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    const QJsonObject toolCall = call.value(QLatin1String("tool_calls")).toArray().first().toObject();
    QCOMPARE(toolCall.value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("remember"));
    QCOMPARE(result.value(QLatin1String("role")).toString(), QStringLiteral("tool"));
    QCOMPARE(result.value(QLatin1String("tool_call_id")).toString(),
             toolCall.value(QLatin1String("id")).toString());
    QVERIFY(result.value(QLatin1String("content")).toString().contains(QStringLiteral("\"saved\":true")));

    // Usage is the sum of both requests; the answer cites the new note.
    const AnswerResult answer = watcher.result();
    QCOMPARE(answer.message.usage.promptTokens, 720);
    QCOMPARE(answer.message.toolsUsed, QStringList{QStringLiteral("remember")});
    QCOMPARE(answer.citations.size(), 1);
    QCOMPARE(answer.activities, QStringList{QStringLiteral("Saved note %1").arg(note.id)});
}

void TestChatSession::forgetWaitsForTheStreamersAnswer_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addRow("yes deletes") << true;
    QTest::addRow("no keeps") << false;
}

void TestChatSession::forgetWaitsForTheStreamersAnswer()
{
    QFETCH(bool, confirm);
    const auto note = m_notes->add(QStringLiteral("Old wifi password is hunter2"));
    m_server->enqueueChat(OpenAiTestReply::toolCalls(
        {{QStringLiteral("forget"), QStringLiteral("{\"id\":%1}").arg(note->id), {}}}));
    m_server->enqueueChat(
        OpenAiTestReply::text(confirm ? QStringLiteral("Deleted.") : QStringLiteral("Kept it.")));

    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("forget the old wifi password")));
    QVERIFY(watcher.confirmations.wait(kWaitMs));
    const auto request = watcher.confirmations.first().at(0).value<ConfirmationRequest>();
    QCOMPARE(request.noteId, note->id);
    QCOMPARE(request.noteText, QStringLiteral("Old wifi password is hunter2"));
    // Nothing happens until the streamer answers.
    QVERIFY(session->isBusy());
    QVERIFY(m_notes->note(note->id));
    QCOMPARE(m_server->chatRequests().size(), 1);
    QVERIFY(!session->answerConfirmation(request.id + 1, true)); // not the open question

    QVERIFY(session->answerConfirmation(request.id, confirm));
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);
    QCOMPARE(m_notes->note(note->id).has_value(), !confirm);
    const QString toolResult = messagesOf(m_server->chatRequests().at(1))
                                   .last()
                                   .toObject()
                                   .value(QLatin1String("content"))
                                   .toString();
    QCOMPARE(QJsonDocument::fromJson(toolResult.toUtf8()).object().value(QLatin1String("deleted")).toBool(),
             confirm);
}

void TestChatSession::storeQuestionUsesTheSalesTools()
{
    Sale sale;
    sale.eventId = QStringLiteral("evt_1");
    sale.objectId = QStringLiteral("cs_1");
    sale.livemode = true;
    sale.created = m_clock.now().addSecs(-60);
    sale.buyerName = QStringLiteral("Alex");
    sale.items = {{QStringLiteral("Hoodie"), 2}};
    sale.amountMinor = 6400;
    sale.currency = QStringLiteral("usd");
    sale.formattedAmount = QStringLiteral("$64.00");
    QCOMPARE(m_ledger
                 ->recordSale(sale, {sale.objectId, {}, {}, {}}, QStringLiteral("checkout.session.completed"),
                              false)
                 .status,
             SalesLedger::WriteStatus::Written);
    m_server->enqueueChat(OpenAiTestReply::toolCalls(
        {{QStringLiteral("sales_summary"), QStringLiteral("{\"period\":\"today\"}"), {}}}));
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Alex bought the most today: 2 hoodies.")));

    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("who bought the most today?")));
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);
    const QString toolResult = messagesOf(m_server->chatRequests().at(1))
                                   .last()
                                   .toObject()
                                   .value(QLatin1String("content"))
                                   .toString();
    QVERIFY2(toolResult.contains(QStringLiteral("\"name\":\"Alex\"")), qPrintable(toolResult));
    QCOMPARE(watcher.result().message.toolsUsed, QStringList{QStringLiteral("sales_summary")});
}

void TestChatSession::stopKeepsWhatArrived()
{
    // The server goes quiet after a few pieces, so Stop always lands in the middle of the answer.
    m_server->enqueueChat(
        OpenAiTestReply::stallMidStream(QStringLiteral("one two three four five six seven"), 6));
    QSignalSpy dropped(m_server.get(), &OpenAiTestServer::connectionDropped);

    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("tell me everything")));
    QVERIFY(QTest::qWaitFor([&] { return watcher.tokens.count() >= 3; }, kWaitMs));
    session->stop();
    QVERIFY(!session->isBusy());
    QCOMPARE(watcher.stopped.count(), 1);
    const auto partial = watcher.stopped.first().at(0).value<StoredMessage>();
    QVERIFY(partial.isValid());
    QCOMPARE(partial.status, StoredMessage::Status::Stopped);
    QCOMPARE(partial.content, watcher.streamed());
    QVERIFY(dropped.wait(kWaitMs)); // the request was really cancelled
    const qsizetype tokensAtStop = watcher.tokens.count();
    QCOMPARE(watcher.finished.count(), 0);
    QCOMPARE(watcher.failed.count(), 0);
    QCOMPARE(watcher.tokens.count(), tokensAtStop);
    QCOMPARE(m_conversations->messages(session->conversationId()).size(), 2);

    // And the next message works.
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Short one.")));
    QVERIFY(session->send(QStringLiteral("shorter please")));
    QVERIFY(watcher.waitForEnd(2));
    QCOMPARE(watcher.finished.count(), 1);
}

void TestChatSession::errorsAreNotAnswersAndTheMessageIsKept()
{
    m_key = QStringLiteral("sk-wrong");
    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("what's the wifi password?")));
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.finished.count(), 0);
    const AssistantError error = watcher.error();
    QCOMPARE(error.kind, AssistantError::Kind::BadApiKey);
    QVERIFY(error.message.contains(QStringLiteral("Settings")));
    QVERIFY(watcher.streamed().isEmpty());

    // The question is saved, the error is not.
    QList<StoredMessage> stored = m_conversations->messages(session->conversationId());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().content, QStringLiteral("what's the wifi password?"));
    QVERIFY(session->canRetry());

    // The streamer fixes the key in Settings and presses Retry: no second copy of the question.
    m_key = kKey;
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("I have no note about the wifi password.")));
    QVERIFY(session->retry());
    QVERIFY(watcher.waitForEnd(2));
    QCOMPARE(watcher.finished.count(), 1);
    stored = m_conversations->messages(session->conversationId());
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).content, QStringLiteral("I have no note about the wifi password."));
    QVERIFY(!session->canRetry());
}

void TestChatSession::cutMidAnswerThenRetry()
{
    m_server->enqueueChat(OpenAiTestReply::cutMidStream(QStringLiteral("The code is 4471 and it"), 4));
    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("code?")));
    QVERIFY(watcher.waitForEnd());
    const AssistantError error = watcher.error();
    QCOMPARE(error.kind, AssistantError::Kind::Network);
    QVERIFY(error.retryable);
    QVERIFY(!watcher.streamed().isEmpty());
    QCOMPARE(m_conversations->messages(session->conversationId()).size(), 1);

    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("The code is 4471.")));
    QVERIFY(session->retry());
    QVERIFY(watcher.waitForEnd(2));
    QCOMPARE(watcher.result().message.content, QStringLiteral("The code is 4471."));
}

void TestChatSession::unansweredMessageCanBeRetriedAfterReopening()
{
    for (int i = 0; i < 3; ++i)
        m_server->enqueueChat(OpenAiTestReply::serverError(503));
    ChatSession* first = newSession();
    SessionWatcher firstWatcher(first);
    QVERIFY(first->send(QStringLiteral("when is the next sponsor stream?")));
    QVERIFY(firstWatcher.waitForEnd());
    QCOMPARE(firstWatcher.error().kind, AssistantError::Kind::ServerError);
    QVERIFY(firstWatcher.error().retryable);
    const qint64 conversation = first->conversationId();
    delete first;

    ChatSession* reopened = newSession();
    SessionWatcher watcher(reopened);
    QVERIFY(reopened->openConversation(conversation));
    QVERIFY(reopened->canRetry());
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("I have no note about a sponsor stream.")));
    QVERIFY(reopened->retry());
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.finished.count(), 1);
    QCOMPARE(m_conversations->messages(conversation).size(), 2);
    QVERIFY(!reopened->openConversation(conversation + 100));
}

void TestChatSession::oneAnswerAtATime()
{
    OpenAiTestReply slow = OpenAiTestReply::text(QStringLiteral("one two three four five six"));
    slow.pauseMs = 5;
    m_server->enqueueChat(slow);
    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("first")));
    QString error;
    QVERIFY(!session->send(QStringLiteral("second"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!session->send(QStringLiteral("   "), &error));
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(m_conversations->messages(session->conversationId()).size(), 2);
}

void TestChatSession::modelWithoutToolsStillAnswersFromTheNotes()
{
    const auto note = m_notes->add(QStringLiteral("Merch hoodies run small; order one size up"));
    m_server->enqueueChat(OpenAiTestReply::error(400, "{\"error\":{\"message\":\"registry.ollama.ai/library/"
                                                      "gemma:2b does not support tools\",\"type\":\"api_"
                                                      "error\",\"param\":null,\"code\":null}}"));
    m_server->enqueueChat(
        OpenAiTestReply::text(QStringLiteral("Order one size up [note:%1].").arg(note->id)));

    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("do the hoodies run small?")));
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);
    QCOMPARE(watcher.result().citations.size(), 1);
    QCOMPARE(m_server->chatRequests().size(), 2);
    QVERIFY(m_server->chatRequests().at(0).json().contains(QLatin1String("tools")));
    const OpenAiRecordedRequest second = m_server->chatRequests().at(1);
    QVERIFY(!second.json().contains(QLatin1String("tools")));
    QVERIFY(!systemPrompt(second).contains(QStringLiteral("remember tool")));
    QVERIFY(systemPrompt(second).contains(QStringLiteral("[note:%1]").arg(note->id)));
}

void TestChatSession::modelRefusingTemperatureIsAskedWithoutIt()
{
    m_server->enqueueChat(OpenAiTestReply::error(
        400,
        "{\"error\":{\"message\":\"Unsupported value: 'temperature' does not support 0.2 with this model. "
        "Only "
        "the default (1) value is supported.\",\"type\":\"invalid_request_error\",\"param\":\"temperature\","
        "\"code\":\"unsupported_value\"}}"));
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Fine.")));
    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("hi")));
    QVERIFY(watcher.waitForEnd());
    QCOMPARE(watcher.failed.count(), 0);
    QCOMPARE(m_server->chatRequests().at(0).json().value(QLatin1String("temperature")).toDouble(), 0.2);
    QVERIFY(!m_server->chatRequests().at(1).json().contains(QLatin1String("temperature")));
}

void TestChatSession::earlierTurnsAreContext()
{
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Noted nothing yet.")));
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("As I said, nothing.")));
    ChatSession* session = newSession();
    SessionWatcher watcher(session);
    QVERIFY(session->send(QStringLiteral("first question")));
    QVERIFY(watcher.waitForEnd());
    QVERIFY(session->send(QStringLiteral("and again?")));
    QVERIFY(watcher.waitForEnd(2));

    const QJsonArray messages = messagesOf(m_server->chatRequests().at(1));
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("first question"));
    QCOMPARE(messages.at(2).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("Noted nothing yet."));
    QCOMPARE(messages.at(3).toObject().value(QLatin1String("content")).toString(),
             QStringLiteral("and again?"));
    QCOMPARE(m_conversations->list().size(), 1);

    // A new conversation starts without that context.
    session->startNewConversation();
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Fresh.")));
    QVERIFY(session->send(QStringLiteral("new topic")));
    QVERIFY(watcher.waitForEnd(3));
    QCOMPARE(messagesOf(m_server->chatRequests().at(2)).size(), 2);
    QCOMPARE(m_conversations->list().size(), 2);
}

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
