#pragma once

#include "assistant/ChatSession.h"
#include "dewey/ChatInput.h" // input() is used as a QPlainTextEdit by callers

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Dewey {

class Assistant;
class ChatErrorBanner;
class ChatMessageView;
class ChatView;
class ConversationSidebar;
class Dialogs;
class NotesPanel;
class NotesRepository;
class SecretStore;

// The Dewey area: past conversations and the notes themselves (two tabs) on the left; on the right the chat,
// the error banner and the one box where the streamer tells Dewey facts or asks about them. Answers stream in
// as Markdown with their cited notes as chips; Stop keeps what arrived, errors show in the banner with Retry,
// and the streamer's message is saved before anything is sent, so it is never lost.
class DeweyPage : public QWidget
{
    Q_OBJECT

public:
    DeweyPage(Assistant& assistant, NotesRepository& notes, SecretStore& secrets, Dialogs& dialogs,
              QWidget* parent = nullptr);

    ChatView* conversation() const { return m_chat; }
    ChatInput* input() const { return m_input; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* stopButton() const { return m_stop; }
    ChatErrorBanner* errorBanner() const { return m_banner; }
    ConversationSidebar* sidebar() const { return m_sidebar; }
    NotesPanel* notesPanel() const { return m_notesPanel; }
    ChatSession* session() const { return m_session; }
    QString emptyStateText() const;
    bool showsEmptyState() const;

    // What Send does: the input's text to Dewey. False (text kept in the box) when it was not sent.
    bool sendInput();
    void stop();
    void retry();
    bool openConversation(qint64 id);
    void startNewConversation();

signals:
    // The streamer wants to enter or fix the OpenAI key.
    void settingsRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void connectSession();
    ChatMessageView* startAnswer();
    void showMessages(const QList<StoredMessage>& messages);
    QList<Citation> citationsFor(const QList<qint64>& noteIds) const;
    void showNote(qint64 noteId);
    void updateState();
    QString usageText(const StoredMessage& message) const;

    Assistant& m_assistant;
    NotesRepository& m_notes;
    SecretStore& m_secrets;
    Dialogs& m_dialogs;
    ChatSession* m_session;
    ConversationSidebar* m_sidebar;
    NotesPanel* m_notesPanel;
    QStackedWidget* m_stack;
    ChatView* m_chat;
    QLabel* m_emptyKeyState;
    QPushButton* m_openSettings;
    ChatErrorBanner* m_banner;
    ChatInput* m_input;
    QPushButton* m_send;
    QPushButton* m_stop;
    QPointer<ChatMessageView> m_answer;      // the answer being written
    QPointer<ChatMessageView> m_interrupted; // an answer cut short by an error, replaced on Retry
};

} // namespace Dewey
