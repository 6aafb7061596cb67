#include "ChatView.h"

#include <QScrollBar>
#include <QVBoxLayout>

namespace Dewey {

ChatView::ChatView(QWidget* parent)
    : QScrollArea(parent)
    , m_column(new QWidget(this))
    , m_layout(new QVBoxLayout(m_column))
{
    setObjectName(QStringLiteral("chatView"));
    setAccessibleName(tr("Conversation with Dewey"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(8);
    m_layout->addStretch(1);
    setWidget(m_column);

    QScrollBar* bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followBottom = value >= bar->maximum() - 4; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_followBottom)
            bar->setValue(maximum);
    });
}

ChatMessageView* ChatView::addMessage(ChatMessageView::Role role)
{
    auto* message = new ChatMessageView(role, m_column);
    connect(message, &ChatMessageView::noteRequested, this, &ChatView::noteRequested);
    m_layout->addWidget(message);
    m_messages.append(message);
    m_followBottom = true; // a new message of the streamer's own is always worth seeing
    return message;
}

void ChatView::removeMessage(ChatMessageView* message)
{
    if (!m_messages.removeOne(message))
        return;
    m_layout->removeWidget(message);
    message->deleteLater();
}

void ChatView::clear()
{
    for (ChatMessageView* message : std::as_const(m_messages)) {
        m_layout->removeWidget(message);
        message->deleteLater();
    }
    m_messages.clear();
    m_followBottom = true;
}

} // namespace Dewey
