#include "notes/NoteKeywordSearch.h"

#include "db/Database.h"
#include "db/SqliteError.h"
#include "log/LogCategories.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace Dewey {

namespace {

// Candidates drawn by the rare terms before the common ones re-rank them.
constexpr int kMinPool = 200;

QDateTime fromStored(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

bool containsTerm(const QStringList& tokens, const NoteSearchQuery::Term& term)
{
    for (const QString& token : tokens) {
        if (term.prefix ? token.startsWith(term.text) : token == term.text)
            return true;
    }
    return false;
}

} // namespace

NoteKeywordSearch::NoteKeywordSearch(Database& database)
    : m_database(database)
{}

qint64 NoteKeywordSearch::newestId() const
{
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT max(id) FROM notes")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

// Counting stops after kCommonTermNotes + 1 rows, so the check costs little even for the commonest word.
bool NoteKeywordSearch::isCommon(const NoteSearchQuery::Term& term) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? "
                                 "LIMIT ?)"));
    query.addBindValue(NoteSearchQuery::matchExpression({term}));
    query.addBindValue(kCommonTermNotes + 1);
    return query.exec() && query.next() && query.value(0).toInt() > kCommonTermNotes;
}

QList<NoteKeywordSearch::Hit> NoteKeywordSearch::run(const QString& match, int limit,
                                                     QList<QStringList>* normTokens) const
{
    QList<Hit> hits;
    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    // The inner query lets FTS5 pick the best `limit` rows by rank before the join.
    select.prepare(QStringLiteral("SELECT n.id, n.text, n.created_at, n.updated_at, f.rank, n.norm FROM "
                                  "(SELECT rowid, rank FROM notes_fts WHERE notes_fts MATCH ? "
                                  "ORDER BY rank LIMIT ?) AS f JOIN notes AS n ON n.id = f.rowid "
                                  "WHERE n.deleted_at IS NULL ORDER BY f.rank, n.updated_at DESC"));
    select.addBindValue(match);
    select.addBindValue(limit);
    if (!select.exec()) {
        // Cannot happen for expressions built by NoteSearchQuery; logged in case it ever does.
        qCWarning(lcNotes) << "Search failed for expression" << match << ":"
                           << sqliteErrorText(select.lastError());
        return hits;
    }
    while (select.next()) {
        Note note{select.value(0).toLongLong(), select.value(1).toString(),
                  fromStored(select.value(2).toString()), fromStored(select.value(3).toString())};
        hits.append({note, -select.value(4).toDouble()});
        if (normTokens)
            normTokens->append(select.value(5).toString().split(QLatin1Char(' ')));
    }
    return hits;
}

QList<NoteKeywordSearch::Hit> NoteKeywordSearch::search(const QList<NoteSearchQuery::Term>& terms,
                                                        int limit) const
{
    if (terms.isEmpty() || limit <= 0 || !m_database.isOpen())
        return {};
    const QString all = NoteSearchQuery::matchExpression(terms);
    const qint64 notes = newestId();
    if (terms.size() < 2 || notes <= kCommonTermNotes)
        return run(all, limit);

    QList<NoteSearchQuery::Term> rare;
    QList<NoteSearchQuery::Term> common;
    for (const NoteSearchQuery::Term& term : terms)
        (isCommon(term) ? common : rare).append(term);
    if (common.isEmpty() || rare.isEmpty())
        return run(all, limit);

    QList<QStringList> tokens;
    QList<Hit> hits = run(NoteSearchQuery::matchExpression(rare), std::max(limit * 4, kMinPool), &tokens);
    // What BM25 would give a common term at most (it is in more than kCommonTermNotes notes).
    const double n = double(notes);
    const double df = double(kCommonTermNotes);
    const double weight = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    for (qsizetype i = 0; i < hits.size(); ++i) {
        for (const NoteSearchQuery::Term& term : std::as_const(common)) {
            if (containsTerm(tokens.at(i), term))
                hits[i].score += weight;
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.note.updatedAt > b.note.updatedAt;
    });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace Dewey
