#pragma once

#include "dewey/ChatMessageView.h"

#include <QScrollArea>

class QVBoxLayout;

namespace Dewey {

// The messages of one conversation, oldest first, in a scrolling column that follows new text while
// the streamer is at the bottom (and leaves them be when they scrolled up to read).
class ChatView : public QScrollArea
{
    Q_OBJECT

public:
    explicit ChatView(QWidget* parent = nullptr);

    ChatMessageView* addMessage(ChatMessageView::Role role);
    void removeMessage(ChatMessageView* message);
    void clear();
    QList<ChatMessageView*> messages() const { return m_messages; }
    bool isEmpty() const { return m_messages.isEmpty(); }

signals:
    void noteRequested(qint64 noteId);

private:
    QWidget* m_column;
    QVBoxLayout* m_layout;
    QList<ChatMessageView*> m_messages;
    bool m_followBottom = true;
};

} // namespace Dewey
