#pragma once

#include "assistant/AssistantError.h"
#include "assistant/ChatTypes.h"
#include "assistant/Conversation.h"
#include "assistant/PromptBuilder.h"
#include "assistant/ToolOutcome.h"
#include "notes/Note.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace Dewey {

class AssistantTools;
class ChatStream;
class ConversationRepository;
class IClock;
class NoteRetriever;
class NotesRepository;
class OpenAiClient;
struct Retrieval;

// What the assistant is set to use; read from Settings before every answer.
struct AssistantConfig
{
    QString model;
    double temperature = -1; // < 0: the server's default
    int notesInPrompt = 8;   // notes the app retrieves itself for every message
    int maxToolRounds = 5;   // requests per answer while the model keeps calling tools
};

// A note an answer cited, for the UI's chips.
struct Citation
{
    qint64 noteId = 0;
    QString noteText;
};

struct AnswerResult
{
    StoredMessage message;     // the saved answer, with its usage and cited note ids
    QList<Citation> citations; // existing notes only, in order of first citation
    QStringList activities;    // what the tools did ("Saved note 12")
};

// One chat with Dewey: the streamer's messages in, streamed and cited answers out. The user's
// message is saved before anything is sent, so it is never lost; errors arrive on failed() with
// their kind, never as answer text. One answer at a time.
//
// For each message: retrieve the top notes (hybrid, or keywords when offline) → system prompt with
// the grounding rules, the date and those notes → stream the answer; when the model calls tools,
// run them (asking the UI before a delete) and ask again with their results → save the answer.
class ChatSession : public QObject
{
    Q_OBJECT

public:
    struct Dependencies
    {
        OpenAiClient& client;
        ConversationRepository& conversations;
        NotesRepository& notes;
        NoteRetriever& retriever;
        AssistantTools& tools;
        const IClock& clock;
        std::function<AssistantConfig()> config;
    };

    explicit ChatSession(Dependencies dependencies, QObject* parent = nullptr);
    ~ChatSession() override;

    // 0 until the first message of a new conversation is saved.
    qint64 conversationId() const { return m_conversationId; }
    // Continues an existing conversation (its recent messages are the context). Stops a running answer.
    bool openConversation(qint64 id, QString* error = nullptr);
    // The next message starts a new conversation.
    void startNewConversation();

    // Saves the message and starts answering. False (with a reason) when busy, empty, or the message
    // could not be saved — then nothing was sent and the text should stay in the input box.
    bool send(const QString& text, QString* error = nullptr);
    // Asks again for the last message that has no answer (after an error or a restart).
    bool retry(QString* error = nullptr);
    bool canRetry() const;
    // Stop button: cancels the request; the part of the answer that arrived is kept (stopped()).
    void stop();
    // The streamer's answer to confirmationRequested(); false when `id` is not the open question.
    bool answerConfirmation(quint64 id, bool confirmed);

    bool isBusy() const { return m_state != State::Idle; }
    // The answer text so far, while busy.
    QString partialAnswer() const { return m_answer; }

signals:
    void conversationChanged(qint64 conversationId);
    void busyChanged(bool busy);
    void userMessageSaved(const Dewey::StoredMessage& message);
    // The notes put into the prompt; `notice` says when only keywords could be used.
    void notesRetrieved(const QList<qint64>& noteIds, const QString& notice);
    void tokenReceived(const QString& delta);
    void toolActivity(const QString& toolName, const QString& description);
    void confirmationRequested(const Dewey::ConfirmationRequest& request);
    void retrying(int attempt, qint64 delayMs, const Dewey::AssistantError& reason);
    void finished(const Dewey::AnswerResult& result);
    // After stop(): the partial answer as saved (invalid when nothing had arrived).
    void stopped(const Dewey::StoredMessage& partial);
    void failed(const Dewey::AssistantError& error);

private:
    enum class State
    {
        Idle,
        Retrieving,
        Streaming,
        RunningTool,
        AwaitingConfirmation,
    };

    void setState(State state);
    void beginAnswer();
    void onRetrieved(const Retrieval& retrieval);
    void startRound();
    void onRoundFinished(const ChatResult& result);
    void onRoundFailed(const AssistantError& error);
    void runNextTool();
    void executeCall(const ToolCall& call, bool confirmed);
    void onToolDone(const ToolCall& call, const ToolOutcome& outcome);
    void finishAnswer();
    void fail(const AssistantError& error);
    void dropStream();
    QList<Citation> citationsIn(const QString& text) const;
    static AssistantError storageError(const QString& reason);

    Dependencies m_deps;
    State m_state = State::Idle;
    quint64 m_generation = 0; // callbacks of an answer that was stopped carry an older number
    qint64 m_conversationId = 0;
    std::optional<StoredMessage> m_unanswered; // the user message being (or last failed to be) answered

    AssistantConfig m_config;
    PromptBuilder::Input m_promptInput;
    QList<ChatMessage> m_messages; // the request, growing with tool calls and results
    QString m_answer;
    TokenUsage m_usage;
    QString m_model;
    QStringList m_toolsUsed;
    QStringList m_activities;
    int m_round = 0;
    bool m_useTools = true;
    bool m_useTemperature = true;
    bool m_roundHadOutput = false;
    QPointer<ChatStream> m_stream;
    QList<ToolCall> m_pendingCalls;
    std::optional<ConfirmationRequest> m_confirmation;
    ToolCall m_confirmationCall;
    quint64 m_nextConfirmationId = 1;
};

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::AnswerResult)
