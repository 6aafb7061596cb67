#pragma once

#include "notes/Note.h"
#include "notes/NoteSearchQuery.h"

#include <QList>

namespace Dewey {

class Database;

// Runs a keyword search against notes_fts: BM25 over the normalised column, best first.
//
// FTS5 ranks every row that matches any ORed term, so a word found in thousands of notes ("code",
// "stream") makes a query slow at 100k notes while adding little to the order. When a query mixes
// such common terms with rarer ones, the rarer terms pick the candidates (BM25, a generous pool) and
// the common ones only re-rank them. A query made of common terms alone ("stream recap", or a
// half-typed "str") would still rank thousands of rows (BM25 costs about a microsecond a row: 40 ms
// for 35k matches at 100k notes), so only the newest kCommonPool notes holding every term are ranked,
// with the newest notes holding any of them when too few hold all: among thousands of notes that
// match equally well, the newer ones are the likelier to be current.
class NoteKeywordSearch
{
public:
    struct Hit
    {
        Note note;
        double score = 0; // higher is better
    };

    // A term in more notes than this counts as common.
    static constexpr int kCommonTermNotes = 1000;
    // How many of the newest matching notes are ranked when every term is common.
    static constexpr int kCommonPool = 1000;

    explicit NoteKeywordSearch(Database& database);

    QList<Hit> search(const QList<NoteSearchQuery::Term>& terms, int limit) const;

private:
    // `fromId` > 0 ranks only the notes with that id or a higher one (newer).
    QList<Hit> run(const QString& match, int limit, QList<QStringList>* normTokens = nullptr,
                   qint64 fromId = 0) const;
    QList<Hit> searchNewest(const QList<NoteSearchQuery::Term>& terms, int limit) const;
    // The id of the kCommonPool-th newest note matching `match`, or 0 when fewer notes match.
    qint64 poolStart(const QString& match) const;
    bool isCommon(const NoteSearchQuery::Term& term) const;
    qint64 newestId() const;

    Database& m_database;
};

} // namespace Dewey
