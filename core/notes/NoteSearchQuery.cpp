#include "notes/NoteSearchQuery.h"

#include "notes/NoteTextNormalizer.h"

#include <QSet>

namespace Dewey {

namespace {

// More terms than this add little to the ranking and make the query slower.
constexpr qsizetype kMaxTerms = 32;
// A one-letter prefix would match a large part of the notes.
constexpr qsizetype kMinPrefixLength = 2;

// The last word when the query ends inside it (still being typed), else empty.
QString wordBeingTyped(const QString& query)
{
    const QString folded = query.toCaseFolded();
    const QList<uint> codePoints = folded.toUcs4();
    qsizetype start = codePoints.size();
    while (start > 0 && QChar::isLetterOrNumber(static_cast<char32_t>(codePoints.at(start - 1))))
        --start;
    if (start == codePoints.size())
        return {};
    QString word;
    for (qsizetype i = start; i < codePoints.size(); ++i) {
        const auto c = static_cast<char32_t>(codePoints.at(i));
        word += QString::fromUcs4(&c, 1);
    }
    return word;
}

QString quoted(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString joined(const QList<NoteSearchQuery::Term>& terms, QLatin1String separator)
{
    QStringList parts;
    for (const NoteSearchQuery::Term& term : terms)
        parts << (term.prefix ? quoted(term.text) + QLatin1Char('*') : quoted(term.text));
    return parts.join(separator);
}

} // namespace

bool NoteSearchQuery::isStopWord(const QString& word)
{
    // Words of a typed question that say nothing about which note is meant. Kept short on purpose:
    // a word missing here only costs ranking precision, a word wrongly here loses matches.
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* w :
             {"a",     "about",  "again", "all",   "am",    "an",     "and",     "any",   "are",  "as",
              "at",    "be",     "been",  "but",   "by",    "can",    "could",   "d",     "did",  "do",
              "does",  "for",    "from",  "get",   "got",   "had",    "has",     "have",  "he",   "her",
              "him",   "his",    "how",   "i",     "if",    "in",     "into",    "is",    "it",   "its",
              "know",  "ll",     "m",     "me",    "my",    "of",     "on",      "or",    "our",  "please",
              "re",    "remind", "s",     "say",   "she",   "should", "so",      "t",     "tell", "than",
              "that",  "the",    "their", "them",  "then",  "there",  "these",   "they",  "this", "those",
              "to",    "us",     "ve",    "was",   "we",    "were",   "what",    "whats", "when", "where",
              "which", "who",    "whom",  "whose", "why",   "will",   "with",    "would", "you",  "your",
              "dewey", "again",  "just",  "ever",  "still", "yet",    "remember"}) {
            set.insert(QString::fromLatin1(w));
        }
        return set;
    }();
    return words.contains(word);
}

QList<NoteSearchQuery::Term> NoteSearchQuery::terms(const QString& query, const QDate& today)
{
    const QStringList tokens = NoteTextNormalizer::tokens(query, today);
    const QString typing = wordBeingTyped(query);

    QList<Term> all;
    QList<Term> kept;
    QSet<QString> seen;
    for (const QString& token : tokens) {
        if (seen.contains(token))
            continue;
        seen.insert(token);
        const Term term{token, !typing.isEmpty() && token == typing && token.size() >= kMinPrefixLength};
        all.append(term);
        if (!isStopWord(token))
            kept.append(term);
    }
    // A question made only of question words ("who is it") still searches for them.
    QList<Term> result = kept.isEmpty() ? all : kept;
    if (result.size() > kMaxTerms)
        result.resize(kMaxTerms);
    return result;
}

QString NoteSearchQuery::matchExpression(const QString& query, const QDate& today)
{
    return matchExpression(terms(query, today));
}

QString NoteSearchQuery::matchExpression(const QList<Term>& terms)
{
    return joined(terms, QLatin1String(" OR "));
}

QString NoteSearchQuery::matchAllExpression(const QList<Term>& terms)
{
    return joined(terms, QLatin1String(" AND "));
}

} // namespace Dewey
