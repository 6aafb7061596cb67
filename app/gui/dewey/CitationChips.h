#pragma once

#include "assistant/ChatSession.h"

#include <QWidget>

class QHBoxLayout;
class QPushButton;

namespace Dewey {

// The notes an answer cited, as a row of small buttons ("Note 12") that open the note. In the answer
// text the citations become links (CitationLinker), so both lead to the note.
class CitationChips : public QWidget
{
    Q_OBJECT

public:
    explicit CitationChips(QWidget* parent = nullptr);

    void setCitations(const QList<Citation>& citations);
    QList<QPushButton*> chips() const { return m_chips; }

signals:
    void noteRequested(qint64 noteId);

private:
    QHBoxLayout* m_layout;
    QList<QPushButton*> m_chips;
};

} // namespace Dewey
