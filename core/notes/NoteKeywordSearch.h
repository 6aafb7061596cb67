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
// the common ones only re-rank them; a query made of common terms alone is run as it is.
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

    explicit NoteKeywordSearch(Database& database);

    QList<Hit> search(const QList<NoteSearchQuery::Term>& terms, int limit) const;

private:
    QList<Hit> run(const QString& match, int limit, QList<QStringList>* normTokens = nullptr) const;
    bool isCommon(const NoteSearchQuery::Term& term) const;
    qint64 newestId() const;

    Database& m_database;
};

} // namespace Dewey
