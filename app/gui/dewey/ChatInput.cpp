#include "ChatInput.h"

#include <QKeyEvent>
#include <QTextBlock>

namespace Dewey {

namespace {

constexpr int kMaxLines = 6;

} // namespace

ChatInput::ChatInput(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("deweyInput"));
    setAccessibleName(tr("Message to Dewey"));
    setAccessibleDescription(tr("Enter sends, Shift+Enter starts a new line, Esc stops the answer."));
    setPlaceholderText(tr("Tell Dewey something to remember, or ask about your notes…"));
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &ChatInput::fitHeight);
    fitHeight();
}

QSize ChatInput::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), height()};
}

void ChatInput::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        emit sendRequested();
        event->accept();
        return;
    }
    if (enter) {
        insertPlainText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        emit stopRequested();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ChatInput::fitHeight()
{
    const int lines = std::clamp(blockCount(), 1, kMaxLines);
    const int margins = int(document()->documentMargin() * 2) + frameWidth() * 2 + contentsMargins().top() +
                        contentsMargins().bottom();
    setFixedHeight(fontMetrics().lineSpacing() * lines + margins);
}

} // namespace Dewey
