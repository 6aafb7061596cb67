#include "DeweyPage.h"

#include "Dialogs.h"
#include "assistant/Assistant.h"
#include "assistant/ConversationRepository.h"
#include "dewey/ChatErrorBanner.h"
#include "dewey/ChatInput.h"
#include "dewey/ChatMessageView.h"
#include "dewey/ChatView.h"
#include "dewey/ConversationSidebar.h"
#include "dewey/NotesPanel.h"
#include "notes/NotesRepository.h"
#include "secrets/SecretStore.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Dewey {

DeweyPage::DeweyPage(Assistant& assistant, NotesRepository& notes, SecretStore& secrets, Dialogs& dialogs,
                     QWidget* parent)
    : QWidget(parent)
    , m_assistant(assistant)
    , m_notes(notes)
    , m_secrets(secrets)
    , m_dialogs(dialogs)
    , m_session(assistant.createSession(this))
    , m_sidebar(new ConversationSidebar(assistant.conversations(), dialogs, this))
    , m_notesPanel(new NotesPanel(notes, dialogs, this))
    , m_stack(new QStackedWidget(this))
    , m_chat(new ChatView(this))
    , m_emptyKeyState(new QLabel(this))
    , m_openSettings(new QPushButton(tr("Open Settings"), this))
    , m_banner(new ChatErrorBanner(this))
    , m_input(new ChatInput(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    setObjectName(QStringLiteral("deweyPage"));
    setAccessibleName(tr("Dewey"));

    auto* emptyState = new QWidget(this);
    auto* title = new QLabel(tr("Dewey, your notes assistant"), emptyState);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* pitch =
        new QLabel(tr("Tell Dewey small facts as they come up — a friend's unit number, the Airbnb "
                      "lock code, a sponsor's discount code — and later ask for them in plain words. "
                      "Dewey answers from your notes, shows which ones, and says so when it does not "
                      "know."),
                   emptyState);
    pitch->setWordWrap(true);
    m_emptyKeyState->setObjectName(QStringLiteral("deweyEmptyState"));
    m_emptyKeyState->setWordWrap(true);
    m_emptyKeyState->setTextFormat(Qt::PlainText);
    m_openSettings->setAccessibleName(tr("Open Settings to enter the OpenAI API key"));
    for (QLabel* label : {title, pitch, m_emptyKeyState})
        label->setAlignment(Qt::AlignHCenter);
    auto* emptyLayout = new QVBoxLayout(emptyState);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(title);
    emptyLayout->addWidget(pitch);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(m_emptyKeyState);
    emptyLayout->addWidget(m_openSettings, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    emptyLayout->setContentsMargins(48, 24, 48, 24);
    m_stack->addWidget(emptyState);
    m_stack->addWidget(m_chat);

    m_send->setObjectName(QStringLiteral("deweySend"));
    m_send->setAccessibleName(tr("Send message"));
    m_send->setToolTip(tr("Send (Enter)"));
    m_stop->setObjectName(QStringLiteral("deweyStop"));
    m_stop->setAccessibleName(tr("Stop the answer"));
    m_stop->setToolTip(tr("Stop (Esc); the part of the answer that arrived is kept"));

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send, 0, Qt::AlignBottom);
    inputRow->addWidget(m_stop, 0, Qt::AlignBottom);

    auto* chatColumn = new QWidget(this);
    auto* chatLayout = new QVBoxLayout(chatColumn);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addWidget(m_stack, 1);
    chatLayout->addWidget(m_banner);
    chatLayout->addLayout(inputRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto* sideTabs = new QTabWidget(this);
    sideTabs->setAccessibleName(tr("Conversations and notes"));
    sideTabs->addTab(m_sidebar, tr("Conversations"));
    sideTabs->addTab(m_notesPanel, tr("Notes"));
    splitter->addWidget(sideTabs);
    splitter->addWidget(chatColumn);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 540});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_openSettings, &QPushButton::clicked, this, &DeweyPage::settingsRequested);
    connect(m_banner, &ChatErrorBanner::settingsRequested, this, &DeweyPage::settingsRequested);
    connect(m_banner, &ChatErrorBanner::retryRequested, this, &DeweyPage::retry);
    connect(m_send, &QPushButton::clicked, this, &DeweyPage::sendInput);
    connect(m_stop, &QPushButton::clicked, this, &DeweyPage::stop);
    connect(m_input, &ChatInput::sendRequested, this, &DeweyPage::sendInput);
    connect(m_input, &ChatInput::stopRequested, this, &DeweyPage::stop);
    connect(m_chat, &ChatView::noteRequested, this, &DeweyPage::showNote);
    connect(m_sidebar, &ConversationSidebar::conversationActivated, this, &DeweyPage::openConversation);
    connect(m_sidebar, &ConversationSidebar::newConversationRequested, this,
            &DeweyPage::startNewConversation);
    connect(m_sidebar, &ConversationSidebar::conversationDeleted, this, [this](qint64 id) {
        if (id == m_session->conversationId())
            startNewConversation();
    });
    connect(&m_secrets, &SecretStore::loaded, this, &DeweyPage::updateState);
    connect(&m_secrets, &SecretStore::valueChanged, this, [this](SecretId id) {
        if (id == SecretId::OpenAiApiKey)
            updateState();
    });
    connectSession();
    updateState();
}

void DeweyPage::connectSession()
{
    connect(m_session, &ChatSession::busyChanged, this, &DeweyPage::updateState);
    connect(m_session, &ChatSession::conversationChanged, m_sidebar,
            &ConversationSidebar::setCurrentConversation);
    connect(m_session, &ChatSession::userMessageSaved, this, [this](const StoredMessage& message) {
        m_chat->addMessage(ChatMessageView::Role::User)->setText(message.content);
        startAnswer();
        updateState();
    });
    connect(m_session, &ChatSession::notesRetrieved, this,
            [this](const QList<qint64>&, const QString& notice) {
                if (m_answer && !notice.isEmpty())
                    m_answer->setStatus(notice);
            });
    connect(m_session, &ChatSession::tokenReceived, this, [this](const QString& delta) {
        if (!m_answer)
            startAnswer();
        if (m_answer->text().isEmpty())
            m_answer->setStatus(QString());
        m_answer->appendStreamed(delta);
    });
    connect(m_session, &ChatSession::toolActivity, this, [this](const QString&, const QString& description) {
        if (m_answer && !description.isEmpty())
            m_answer->setStatus(description);
    });
    connect(m_session, &ChatSession::retrying, this,
            [this](int attempt, qint64 delayMs, const AssistantError& reason) {
                if (m_answer)
                    m_answer->setStatus(tr("%1 Trying again in %2 s (attempt %3)…")
                                            .arg(ChatErrorBanner::messageFor(reason))
                                            .arg(QLocale().toString(double(delayMs) / 1000.0, 'f', 1))
                                            .arg(attempt + 1));
            });
    connect(m_session, &ChatSession::confirmationRequested, this, [this](const ConfirmationRequest& request) {
        const bool confirmed = m_dialogs.confirm(
            this, {tr("Forget a note"),
                   tr("Dewey wants to delete note %1:\n\n%2").arg(request.noteId).arg(request.noteText),
                   tr("Delete note")});
        m_session->answerConfirmation(request.id, confirmed);
    });
    connect(m_session, &ChatSession::finished, this, [this](const AnswerResult& result) {
        if (!m_answer)
            startAnswer();
        m_answer->setText(result.message.content);
        m_answer->setCitations(result.citations);
        QStringList status = result.activities;
        status.append(usageText(result.message));
        status.removeAll(QString());
        m_answer->setStatus(status.join(QStringLiteral(" · ")));
        m_answer = nullptr;
    });
    connect(m_session, &ChatSession::stopped, this, [this](const StoredMessage& partial) {
        if (m_answer && partial.isValid()) {
            m_answer->setText(partial.content);
            m_answer->setCitations(citationsFor(partial.citedNoteIds));
            m_answer->setStatus(tr("Stopped — this is the part of the answer that arrived."));
        } else if (m_answer) {
            m_chat->removeMessage(m_answer);
        }
        m_answer = nullptr;
        updateState();
    });
    connect(m_session, &ChatSession::failed, this, [this](const AssistantError& error) {
        if (m_answer && !m_answer->text().trimmed().isEmpty()) {
            m_answer->flush();
            m_answer->setStatus(tr("Interrupted — the answer did not arrive completely."));
            m_interrupted = m_answer;
        } else if (m_answer) {
            m_chat->removeMessage(m_answer);
        }
        m_answer = nullptr;
        m_banner->showError(error, m_session->canRetry());
        updateState();
    });
}

ChatMessageView* DeweyPage::startAnswer()
{
    m_answer = m_chat->addMessage(ChatMessageView::Role::Dewey);
    m_answer->setStatus(tr("Looking through your notes…"));
    return m_answer;
}

bool DeweyPage::sendInput()
{
    const QString text = m_input->toPlainText();
    if (text.trimmed().isEmpty())
        return false;
    QString error;
    m_banner->dismiss();
    if (!m_session->send(text, &error)) {
        m_banner->showNotice(error); // the text stays in the box
        return false;
    }
    m_input->clear();
    return true;
}

void DeweyPage::stop()
{
    if (m_session->isBusy())
        m_session->stop();
}

void DeweyPage::retry()
{
    QString error;
    if (!m_session->canRetry()) {
        m_banner->showNotice(tr("There is no message waiting for an answer."));
        return;
    }
    m_banner->dismiss();
    if (m_interrupted)
        m_chat->removeMessage(m_interrupted);
    startAnswer();
    if (!m_session->retry(&error)) {
        m_chat->removeMessage(m_answer);
        m_banner->showNotice(error);
    }
    updateState();
}

bool DeweyPage::openConversation(qint64 id)
{
    if (id == m_session->conversationId() && !m_chat->isEmpty())
        return true;
    QString error;
    if (!m_session->openConversation(id, &error)) {
        m_banner->showNotice(error);
        return false;
    }
    m_banner->dismiss();
    showMessages(m_assistant.conversations().messages(id));
    if (m_session->canRetry())
        m_banner->showError({AssistantError::Kind::None, tr("The last message has no answer yet."), {}, true},
                            true);
    updateState();
    return true;
}

void DeweyPage::startNewConversation()
{
    m_session->startNewConversation();
    m_banner->dismiss();
    m_chat->clear();
    m_answer = nullptr;
    updateState();
    m_input->setFocus(Qt::OtherFocusReason);
}

void DeweyPage::showMessages(const QList<StoredMessage>& messages)
{
    m_chat->clear();
    m_answer = nullptr;
    m_interrupted = nullptr;
    for (const StoredMessage& message : messages) {
        const bool user = message.role == ChatMessage::Role::User;
        ChatMessageView* view =
            m_chat->addMessage(user ? ChatMessageView::Role::User : ChatMessageView::Role::Dewey);
        view->setText(message.content);
        if (user)
            continue;
        view->setCitations(citationsFor(message.citedNoteIds));
        QString status = usageText(message);
        if (message.status == StoredMessage::Status::Stopped)
            status = tr("Stopped — this is the part of the answer that arrived.");
        view->setStatus(status);
    }
}

QList<Citation> DeweyPage::citationsFor(const QList<qint64>& noteIds) const
{
    QList<Citation> citations;
    for (qint64 id : noteIds) {
        if (const std::optional<Note> note = m_notes.note(id))
            citations.append({id, note->text});
    }
    return citations;
}

void DeweyPage::showNote(qint64 noteId)
{
    const std::optional<Note> note = m_notes.note(noteId);
    if (!note) {
        m_dialogs.inform(this, tr("Note %1").arg(noteId), tr("This note no longer exists."));
        return;
    }
    const QLocale locale;
    QString when = tr("Saved %1").arg(locale.toString(note->createdAt.toLocalTime(), QLocale::ShortFormat));
    if (note->updatedAt > note->createdAt)
        when += QLatin1String(" · ") +
                tr("edited %1").arg(locale.toString(note->updatedAt.toLocalTime(), QLocale::ShortFormat));
    m_dialogs.inform(this, tr("Note %1").arg(noteId), note->text + QStringLiteral("\n\n") + when);
}

QString DeweyPage::usageText(const StoredMessage& message) const
{
    if (!message.usage.isValid())
        return message.model;
    const qint64 total = message.usage.totalTokens >= 0 ? message.usage.totalTokens
                                                        : qMax<qint64>(0, message.usage.promptTokens) +
                                                              qMax<qint64>(0, message.usage.completionTokens);
    const QString tokens = tr("%n token(s)", nullptr, int(total));
    return message.model.isEmpty() ? tokens : message.model + QStringLiteral(" · ") + tokens;
}

QString DeweyPage::emptyStateText() const
{
    return m_emptyKeyState->text();
}

bool DeweyPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void DeweyPage::updateState()
{
    const bool hasKey = m_secrets.hasValue(SecretId::OpenAiApiKey);
    const bool needsKey = m_assistant.endpoint().requiresApiKey();
    const bool canChat = hasKey || !needsKey;
    m_emptyKeyState->setText(
        hasKey ? tr("Your OpenAI API key is set. Tell Dewey something to remember, or ask about your notes.")
        : canChat ? tr("Dewey talks to the server set in Settings. Tell Dewey something to remember, or ask "
                       "about your notes.")
                  : tr("Dewey needs an OpenAI API key to answer (or a server that speaks the OpenAI API). "
                       "Add it in Settings."));
    m_openSettings->setVisible(!canChat);
    // No input box that silently goes nowhere.
    m_input->setEnabled(canChat);
    const bool busy = m_session->isBusy();
    m_send->setEnabled(canChat && !busy);
    m_send->setVisible(!busy);
    m_stop->setVisible(busy);
    m_stack->setCurrentIndex(m_chat->isEmpty() ? 0 : 1);
}

void DeweyPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_session->isBusy()) {
        stop();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Dewey
