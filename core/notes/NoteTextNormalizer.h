#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Dewey {

// Turns note text (and search queries, through the same rules) into the word list that the full-text
// index sees, so that facts written in different ways meet: "March 3rd", "3/3" and "2026-03-03" all
// carry the token md0303; "$1,200" and "1200" both become 1200; "4-B" also yields 4b; "7:30 pm" and
// "19:30" both yield t1930. Relative days ("tomorrow") resolve against a reference date: the note's
// creation date when indexing, today when searching.
//
// Pure and stateless: the same input always gives the same tokens.
class NoteTextNormalizer
{
public:
    // Bump when the rules change: stored notes with an older version are normalised again on open.
    static constexpr int kVersion = 1;

    // Lower-cased tokens in text order, with canonical tokens added after the words they came from.
    static QStringList tokens(const QString& text, const QDate& reference = {});

    // tokens() joined by spaces: what the index stores in its shadow column.
    static QString normalizedText(const QString& text, const QDate& reference = {});
};

} // namespace Dewey
