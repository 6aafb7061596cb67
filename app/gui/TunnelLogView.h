#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace Dewey {

class TunnelLog;

// What the tunnel program printed, newest at the bottom, for finding out why a tunnel does not come
// up. Follows the log as lines arrive and keeps no more lines than the log itself.
class TunnelLogView : public QWidget
{
    Q_OBJECT

public:
    explicit TunnelLogView(TunnelLog& log, QWidget* parent = nullptr);

    QPlainTextEdit* textView() const { return m_text; }

private:
    void reload();

    TunnelLog& m_log;
    QPlainTextEdit* m_text;
    QPushButton* m_copy;
};

} // namespace Dewey
