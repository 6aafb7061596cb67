#pragma once

#include "assistant/AssistantError.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Dewey {

// Why the last answer did not arrive, above the input: what happened in the streamer's words, a
// button to Settings when the key or model is the problem, and Retry when asking again can help.
// Errors are never written into the conversation as if Dewey had said them.
class ChatErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ChatErrorBanner(QWidget* parent = nullptr);

    void showError(const AssistantError& error, bool canRetry);
    // A problem before anything was sent ("Dewey is still answering").
    void showNotice(const QString& text);
    void dismiss();

    QString message() const;
    AssistantError::Kind kind() const { return m_kind; }
    QPushButton* settingsButton() const { return m_settings; }
    QPushButton* retryButton() const { return m_retry; }

    // The banner text for an error (the classifier's message, phrased for the chat where it differs).
    static QString messageFor(const AssistantError& error);
    static bool needsSettings(AssistantError::Kind kind);

signals:
    void settingsRequested();
    void retryRequested();

private:
    QLabel* m_message;
    QLabel* m_detail;
    QPushButton* m_settings;
    QPushButton* m_retry;
    QPushButton* m_close;
    AssistantError::Kind m_kind = AssistantError::Kind::None;
};

} // namespace Dewey
