#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Dewey {

// Builds the FTS5 MATCH expression for whatever the streamer typed: a few words, a half-typed word,
// or a whole question ("what's the airbnb code?"). The text goes through NoteTextNormalizer, like
// the notes, so dates and numbers meet their indexed forms; question words are dropped; every term
// is quoted, so no input can be an FTS syntax error; terms are ORed, so a note missing one word is
// still found (BM25 ranks notes with more of the words first); and the last word gets a prefix
// match while it is still being typed.
class NoteSearchQuery
{
public:
    struct Term
    {
        QString text;
        bool prefix = false;

        friend bool operator==(const Term&, const Term&) = default;
    };

    // Search terms in query order, without duplicates; empty when there is nothing to search for.
    static QList<Term> terms(const QString& query, const QDate& today = {});

    // The MATCH expression, e.g. "airbnb" OR "code"; empty when there is nothing to search for.
    static QString matchExpression(const QString& query, const QDate& today = {});
    static QString matchExpression(const QList<Term>& terms);
    // The same terms ANDed: notes holding every one of them.
    static QString matchAllExpression(const QList<Term>& terms);

    static bool isStopWord(const QString& word);
};

} // namespace Dewey
