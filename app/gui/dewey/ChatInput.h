#pragma once

#include <QPlainTextEdit>

namespace Dewey {

// The one box for telling and asking: Enter sends, Shift+Enter starts a new line, Esc stops the
// answer being written. Grows with its text up to a few lines.
class ChatInput : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ChatInput(QWidget* parent = nullptr);

    QSize sizeHint() const override;

signals:
    void sendRequested();
    void stopRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void fitHeight();
};

} // namespace Dewey
