#pragma once

#include <QList>
#include <QString>

namespace Dewey {

// Finds the note citations in an answer: "[note:12]", and the variants models write when citing
// several notes at once ("[note:12, note:15]", "[notes: 12, 15]", "[Note 12]"). The UI turns each
// span into clickable chips; the ids are checked against the notes that exist before they are shown.
class CitationParser
{
public:
    struct Span
    {
        qsizetype start = 0;  // where "[" is
        qsizetype length = 0; // up to and including "]"
        QList<qint64> noteIds;

        friend bool operator==(const Span&, const Span&) = default;
    };

    static QList<Span> spans(const QString& text);
    // Every cited id once, in order of first citation.
    static QList<qint64> noteIds(const QString& text);
};

} // namespace Dewey
