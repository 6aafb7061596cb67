#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace Dewey {

class SecretStore;

// The Dewey area: the conversation with the notes assistant and the one input box. The assistant and
// notes arrive with later issues; until then the page says so plainly instead of pretending to work.
class DeweyPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeweyPage(SecretStore& secrets, QWidget* parent = nullptr);

    QTextBrowser* conversation() const { return m_conversation; }
    QLineEdit* input() const { return m_input; }
    QPushButton* sendButton() const { return m_send; }
    QString emptyStateText() const;

signals:
    // The streamer wants to enter the OpenAI key.
    void settingsRequested();

private:
    void updateEmptyState();

    SecretStore& m_secrets;
    QStackedWidget* m_stack;
    QTextBrowser* m_conversation;
    QLabel* m_emptyKeyState;
    QPushButton* m_openSettings;
    QLineEdit* m_input;
    QPushButton* m_send;
};

} // namespace Dewey
