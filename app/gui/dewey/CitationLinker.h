#pragma once

#include <QString>

class QUrl;

namespace Dewey {

// Turns the citations in an answer ("[note:12]", "[notes: 12, 15]") into Markdown links to the notes
// ("(note 12)" linking to dewey-note:12), for the rendered answer. While an answer streams in, the
// part before its last paragraph break is linked once and kept (a citation never spans paragraphs),
// so each update costs the length of the last paragraph, not of the whole answer.
class CitationLinker
{
public:
    // The linked form of `text`; cheap when `text` extends the text of the previous call.
    QString link(const QString& text);
    void clear();

    static QString linkAll(const QString& answer);
    // The note a link made here points at; 0 for any other link.
    static qint64 noteIdFromLink(const QUrl& link);

private:
    QString m_source; // the raw text linked for good…
    QString m_linked; // …and its linked form
};

} // namespace Dewey
