#pragma once

#include "assistant/ChatSession.h"
#include "dewey/CitationLinker.h"
#include "dewey/MarkdownStreamRenderer.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QTextBrowser;

namespace Dewey {

class CitationChips;

// One message in the chat: what the streamer wrote (plain text), or Dewey's answer rendered as
// Markdown while it streams in, with its citation chips and a status line (tools used, tokens,
// "stopped"). Streamed text is rendered at most kUpdateIntervalMs apart, and incrementally, so a
// long answer costs the UI little per token.
class ChatMessageView : public QFrame
{
    Q_OBJECT

public:
    enum class Role
    {
        User,
        Dewey,
    };

    // About 15 updates a second: smooth to the eye, and tokens arriving faster are coalesced.
    static constexpr int kUpdateIntervalMs = 66;

    explicit ChatMessageView(Role role, QWidget* parent = nullptr);

    Role role() const { return m_role; }
    // The message as written (Markdown for Dewey's answers), including text not yet on screen.
    QString text() const { return m_text; }
    void setText(const QString& text);
    void appendStreamed(const QString& delta);
    // Renders what is pending now (the end of an answer).
    void flush();
    bool hasPendingUpdate() const { return m_updateTimer.isActive(); }

    void setStatus(const QString& status);
    QString status() const;
    void setCitations(const QList<Citation>& citations);

    QTextBrowser* body() const { return m_body; }
    CitationChips* chips() const { return m_chips; }

signals:
    void noteRequested(qint64 noteId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();
    void fitHeight();

    Role m_role;
    QString m_text;
    QLabel* m_author;
    QTextBrowser* m_body;
    CitationChips* m_chips;
    QLabel* m_status;
    CitationLinker m_linker;
    MarkdownStreamRenderer m_renderer;
    QTimer m_updateTimer;
};

} // namespace Dewey
