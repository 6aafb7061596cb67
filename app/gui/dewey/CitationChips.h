#pragma once

#include "assistant/ChatSession.h"

#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QUrl;

namespace Dewey {

// The notes an answer cited, as a row of small buttons ("Note 12") that open the note. In the answer
// text the citations become links of the same kind, so both lead to the note.
class CitationChips : public QWidget
{
    Q_OBJECT

public:
    explicit CitationChips(QWidget* parent = nullptr);

    void setCitations(const QList<Citation>& citations);
    QList<QPushButton*> chips() const { return m_chips; }

    // "[note:12]" → "[note 12](dewey-note:12)" so the rendered answer links to the note.
    static QString linkCitations(const QString& answer);
    // The note a link made by linkCitations() points at; 0 for any other link.
    static qint64 noteIdFromLink(const QUrl& link);

signals:
    void noteRequested(qint64 noteId);

private:
    QHBoxLayout* m_layout;
    QList<QPushButton*> m_chips;
};

} // namespace Dewey
