#include "assistant/ChatSession.h"

#include "assistant/AssistantTools.h"
#include "assistant/CitationParser.h"
#include "assistant/ConversationRepository.h"
#include "assistant/OpenAiClient.h"
#include "assistant/PromptBuilder.h"
#include "common/Clock.h"
#include "log/LogCategories.h"
#include "notes/NoteRetriever.h"
#include "notes/NotesRepository.h"

#include <QTimer>

namespace Dewey {

ChatSession::ChatSession(Dependencies dependencies, QObject* parent)
    : QObject(parent)
    , m_deps(std::move(dependencies))
{
    qRegisterMetaType<Dewey::AnswerResult>();
    qRegisterMetaType<Dewey::AssistantError>();
    qRegisterMetaType<Dewey::ConfirmationRequest>();
    qRegisterMetaType<Dewey::StoredMessage>();
}

ChatSession::~ChatSession()
{
    dropStream();
}

void ChatSession::setState(State state)
{
    const bool wasBusy = isBusy();
    m_state = state;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

AssistantError ChatSession::storageError(const QString& reason)
{
    AssistantError error;
    error.kind = AssistantError::Kind::Storage;
    error.message = reason;
    return error;
}

bool ChatSession::openConversation(qint64 id, QString* error)
{
    const std::optional<Conversation> conversation = m_deps.conversations.conversation(id);
    if (!conversation) {
        if (error)
            *error = tr("That conversation no longer exists.");
        return false;
    }
    if (isBusy())
        stop();
    m_conversationId = id;
    m_unanswered.reset();
    const QList<StoredMessage> last = m_deps.conversations.recentMessages(id, 1);
    if (!last.isEmpty() && last.first().role == ChatMessage::Role::User)
        m_unanswered = last.first(); // e.g. the app was closed while it was being answered
    emit conversationChanged(id);
    return true;
}

void ChatSession::startNewConversation()
{
    if (isBusy())
        stop();
    m_conversationId = 0;
    m_unanswered.reset();
    emit conversationChanged(0);
}

bool ChatSession::send(const QString& text, QString* error)
{
    const auto refuse = [error](const QString& reason) {
        if (error)
            *error = reason;
        return false;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse(tr("Type a note or a question first."));
    if (isBusy())
        return refuse(tr("Dewey is still answering. Wait for the answer, or press Stop."));

    QString reason;
    if (m_conversationId == 0) {
        const std::optional<Conversation> created = m_deps.conversations.create(QString(), &reason);
        if (!created)
            return refuse(reason);
        m_conversationId = created->id;
        emit conversationChanged(m_conversationId);
    }
    StoredMessage message;
    message.conversationId = m_conversationId;
    message.role = ChatMessage::Role::User;
    message.content = trimmed;
    message.status = StoredMessage::Status::Sent;
    const std::optional<StoredMessage> saved = m_deps.conversations.append(message, &reason);
    if (!saved)
        return refuse(reason);
    m_unanswered = *saved;
    emit userMessageSaved(*saved);
    beginAnswer();
    return true;
}

bool ChatSession::canRetry() const
{
    return !isBusy() && m_unanswered.has_value();
}

bool ChatSession::retry(QString* error)
{
    if (!canRetry()) {
        if (error)
            *error =
                isBusy() ? tr("Dewey is still answering.") : tr("There is no message waiting for an answer.");
        return false;
    }
    beginAnswer();
    return true;
}

void ChatSession::beginAnswer()
{
    ++m_generation;
    m_config = m_deps.config();
    m_messages.clear();
    m_answer.clear();
    m_usage = TokenUsage{};
    m_model.clear();
    m_toolsUsed.clear();
    m_activities.clear();
    m_round = 0;
    m_useTools = true;
    m_useTemperature = m_config.temperature >= 0;
    m_pendingCalls.clear();
    m_confirmation.reset();
    setState(State::Retrieving);

    const quint64 generation = m_generation;
    m_deps.retriever.retrieve(m_unanswered->content, m_config.notesInPrompt, this,
                              [this, generation](const Retrieval& retrieval) {
                                  if (generation == m_generation && m_state == State::Retrieving)
                                      onRetrieved(retrieval);
                              });
}

void ChatSession::onRetrieved(const Retrieval& retrieval)
{
    PromptBuilder::Input input;
    input.now = m_deps.clock.now().toLocalTime();
    input.message = m_unanswered->content;
    input.toolsAvailable = m_useTools;
    input.salesToolsAvailable = m_deps.tools.hasSalesTools();
    QList<qint64> ids;
    for (const RetrievedNote& hit : retrieval.notes) {
        input.notes.append(hit.note);
        ids.append(hit.note.id);
    }
    for (const StoredMessage& earlier :
         m_deps.conversations.recentMessages(m_conversationId, PromptBuilder::kMaxHistoryMessages + 1)) {
        if (earlier.id != m_unanswered->id)
            input.history.append(earlier);
    }
    m_promptInput = input;
    m_messages = PromptBuilder::build(input);
    qCDebug(lcAssistant) << "retrieved" << ids.size() << "notes"
                         << (retrieval.usedEmbeddings ? "(hybrid)" : "(keywords)");
    emit notesRetrieved(ids, retrieval.notice);
    startRound();
}

void ChatSession::startRound()
{
    ChatRequest request;
    request.model = m_config.model;
    request.messages = m_messages;
    // The last round offers no tools, so the model has to answer with what it has.
    if (m_useTools && m_round < m_config.maxToolRounds - 1)
        request.tools = m_deps.tools.definitions();
    if (m_useTemperature)
        request.temperature = m_config.temperature;

    m_roundHadOutput = false;
    setState(State::Streaming);
    m_stream = m_deps.client.streamChat(request, this);
    connect(m_stream, &ChatStream::contentReceived, this, [this](const QString& delta) {
        m_roundHadOutput = true;
        m_answer += delta;
        emit tokenReceived(delta);
    });
    connect(m_stream, &ChatStream::retrying, this, &ChatSession::retrying);
    connect(m_stream, &ChatStream::finished, this, &ChatSession::onRoundFinished);
    connect(m_stream, &ChatStream::failed, this, &ChatSession::onRoundFailed);
}

void ChatSession::dropStream()
{
    if (!m_stream)
        return;
    ChatStream* stream = m_stream;
    m_stream = nullptr;
    disconnect(stream, nullptr, this, nullptr);
    stream->cancel();
    stream->deleteLater();
}

void ChatSession::onRoundFinished(const ChatResult& result)
{
    dropStream();
    m_usage += result.usage;
    if (!result.model.isEmpty())
        m_model = result.model;

    if (!result.toolCalls.isEmpty() && m_round < m_config.maxToolRounds - 1) {
        m_messages.append(ChatMessage::assistant(result.content, result.toolCalls));
        m_pendingCalls = result.toolCalls;
        // Text the model wrote next to its tool calls stays on screen; keep the parts apart.
        if (!m_answer.isEmpty() && !m_answer.endsWith(QLatin1Char('\n'))) {
            m_answer += QStringLiteral("\n\n");
            emit tokenReceived(QStringLiteral("\n\n"));
        }
        runNextTool();
        return;
    }
    finishAnswer();
}

void ChatSession::onRoundFailed(const AssistantError& error)
{
    dropStream();
    // Some models refuse a parameter that others need; ask again without it rather than fail.
    if (error.kind == AssistantError::Kind::BadRequest && !m_roundHadOutput) {
        const QString detail = error.detail.toLower();
        if (m_useTemperature && detail.contains(QLatin1String("temperature"))) {
            qCInfo(lcAssistant) << "the model refuses a temperature; asking again without one";
            m_useTemperature = false;
            startRound();
            return;
        }
        if (m_useTools && m_round == 0 && detail.contains(QLatin1String("tool"))) {
            qCInfo(lcAssistant)
                << "the model does not support tools; answering from the retrieved notes only";
            m_useTools = false;
            // The rules must not promise tools the model cannot call.
            m_promptInput.toolsAvailable = false;
            m_messages = PromptBuilder::build(m_promptInput);
            startRound();
            return;
        }
    }
    fail(error);
}

void ChatSession::runNextTool()
{
    if (m_pendingCalls.isEmpty()) {
        ++m_round;
        startRound();
        return;
    }
    const ToolCall call = m_pendingCalls.takeFirst();
    if (!m_toolsUsed.contains(call.name))
        m_toolsUsed.append(call.name);
    if (std::optional<ConfirmationRequest> request = m_deps.tools.confirmationFor(call)) {
        request->id = m_nextConfirmationId++;
        m_confirmation = request;
        m_confirmationCall = call;
        setState(State::AwaitingConfirmation);
        emit confirmationRequested(*request);
        return;
    }
    executeCall(call, true);
}

bool ChatSession::answerConfirmation(quint64 id, bool confirmed)
{
    if (m_state != State::AwaitingConfirmation || !m_confirmation || m_confirmation->id != id)
        return false;
    m_confirmation.reset();
    executeCall(m_confirmationCall, confirmed);
    return true;
}

void ChatSession::executeCall(const ToolCall& call, bool confirmed)
{
    setState(State::RunningTool);
    const quint64 generation = m_generation;
    m_deps.tools.execute(call, confirmed, this, [this, generation, call](const ToolOutcome& outcome) {
        // Queued: a tool may answer before execute() returns, and the next step must not nest in it.
        QTimer::singleShot(0, this, [this, generation, call, outcome] {
            if (generation == m_generation && m_state == State::RunningTool)
                onToolDone(call, outcome);
        });
    });
}

void ChatSession::onToolDone(const ToolCall& call, const ToolOutcome& outcome)
{
    m_messages.append(ChatMessage::toolResult(call.id, outcome.content));
    if (!outcome.activity.isEmpty())
        m_activities.append(outcome.activity);
    qCInfo(lcAssistant) << "tool" << call.name << (outcome.succeeded ? "ran" : "failed");
    emit toolActivity(call.name, outcome.activity);
    runNextTool();
}

QList<Citation> ChatSession::citationsIn(const QString& text) const
{
    const QList<qint64> ids = CitationParser::noteIds(text);
    QList<Citation> citations;
    if (ids.isEmpty())
        return citations;
    // Only notes that exist become chips: a model may cite an id it was never given.
    const QList<Note> notes = m_deps.notes.notes(ids);
    for (qint64 id : ids) {
        for (const Note& note : notes) {
            if (note.id == id) {
                citations.append(Citation{id, note.text});
                break;
            }
        }
    }
    return citations;
}

void ChatSession::finishAnswer()
{
    if (m_answer.trimmed().isEmpty()) {
        AssistantError error;
        error.kind = AssistantError::Kind::MalformedResponse;
        error.retryable = true;
        error.message = tr("The model sent an empty answer. Try again, or choose another model in Settings.");
        fail(error);
        return;
    }
    AnswerResult result;
    result.citations = citationsIn(m_answer);
    result.activities = m_activities;

    StoredMessage message;
    message.conversationId = m_conversationId;
    message.role = ChatMessage::Role::Assistant;
    message.content = m_answer;
    message.status = StoredMessage::Status::Complete;
    for (const Citation& citation : std::as_const(result.citations))
        message.citedNoteIds.append(citation.noteId);
    message.toolsUsed = m_toolsUsed;
    message.model = m_model.isEmpty() ? m_config.model : m_model;
    message.usage = m_usage;

    QString reason;
    const std::optional<StoredMessage> saved = m_deps.conversations.append(message, &reason);
    setState(State::Idle);
    if (!saved) {
        emit failed(storageError(reason));
        return;
    }
    m_unanswered.reset();
    result.message = *saved;
    qCInfo(lcAssistant) << "answered with" << m_answer.size() << "chars," << result.citations.size()
                        << "citations," << m_usage.totalTokens << "tokens";
    emit finished(result);
}

void ChatSession::fail(const AssistantError& error)
{
    ++m_generation;
    m_pendingCalls.clear();
    m_confirmation.reset();
    setState(State::Idle);
    qCWarning(lcAssistant) << "answer failed:" << assistantErrorKindName(error.kind) << error.detail;
    emit failed(error);
}

void ChatSession::stop()
{
    if (!isBusy())
        return;
    ++m_generation;
    dropStream();
    m_pendingCalls.clear();
    m_confirmation.reset();
    setState(State::Idle);

    StoredMessage partial;
    if (!m_answer.trimmed().isEmpty()) {
        StoredMessage message;
        message.conversationId = m_conversationId;
        message.role = ChatMessage::Role::Assistant;
        message.content = m_answer;
        message.status = StoredMessage::Status::Stopped;
        message.citedNoteIds = [this] {
            QList<qint64> ids;
            for (const Citation& citation : citationsIn(m_answer))
                ids.append(citation.noteId);
            return ids;
        }();
        message.toolsUsed = m_toolsUsed;
        message.model = m_model.isEmpty() ? m_config.model : m_model;
        message.usage = m_usage;
        QString reason;
        if (const std::optional<StoredMessage> saved = m_deps.conversations.append(message, &reason)) {
            partial = *saved;
            m_unanswered.reset();
        } else {
            qCWarning(lcAssistant) << "could not keep the stopped answer:" << reason;
        }
    }
    qCInfo(lcAssistant) << "stopped by the streamer";
    emit stopped(partial);
}

} // namespace Dewey
