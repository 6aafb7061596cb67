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

// Adds the hits of `more` not already in `hits`, then keeps the best `limit`.
void mergeBest(QList<NoteKeywordSearch::Hit>& hits, const QList<NoteKeywordSearch::Hit>& more, int limit)
{
    using Hit = NoteKeywordSearch::Hit;
    for (const Hit& hit : more) {
        const bool known = std::any_of(hits.cbegin(), hits.cend(),
                                       [&hit](const Hit& h) { return h.note.id == hit.note.id; });
        if (!known)
            hits.append(hit);
    }
    sortBestFirst(hits);
    if (hits.size() > limit)
        hits.resize(limit);
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

qint64 NoteKeywordSearch::poolStart(const QString& match) const
{
    // Walking the doclists in id order costs no ranking, so this stays cheap for any word.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid DESC "
                                 "LIMIT 1 OFFSET ?"));
    query.addBindValue(match);
    query.addBindValue(kCommonPool - 1);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<NoteKeywordSearch::Hit> NoteKeywordSearch::run(const QString& match, int limit,
                                                     QList<QStringList>* normTokens, qint64 fromId) const
{
    QList<Hit> hits;
    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    // The inner query lets FTS5 pick the best `limit` rows by rank before the join.
    select.prepare(
        QStringLiteral("SELECT n.id, n.text, n.created_at, n.updated_at, f.rank, n.norm FROM "
                       "(SELECT rowid, rank FROM notes_fts WHERE notes_fts MATCH ? "
                       "AND rowid >= ? ORDER BY rank LIMIT ?) AS f JOIN notes AS n ON n.id = f.rowid "
                       "WHERE n.deleted_at IS NULL ORDER BY f.rank, n.updated_at DESC"));
    select.addBindValue(match);
    select.addBindValue(fromId);
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
    if (notes <= kCommonTermNotes)
        return run(all, limit);

    QList<NoteSearchQuery::Term> rare;
    QList<NoteSearchQuery::Term> common;
    for (const NoteSearchQuery::Term& term : terms)
        (isCommon(term) ? common : rare).append(term);
    if (rare.isEmpty())
        return searchNewest(terms, limit);
    if (common.isEmpty())
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
    // Rare terms that few notes hold (or none: "put" in "where did I put …") would otherwise leave out
    // the notes that hold the common ones.
    if (hits.size() < limit)
        mergeBest(hits, searchNewest(common, limit), limit);
    else
        mergeBest(hits, {}, limit);
    return hits;
}

QList<NoteKeywordSearch::Hit> NoteKeywordSearch::searchNewest(const QList<NoteSearchQuery::Term>& terms,
                                                              int limit) const
{
    // BM25 weighs each term by how rare it is in all notes, not just in the ranked ones, so scores from
    // the two pools below compare directly.
    const QString every = NoteSearchQuery::matchAllExpression(terms);
    QList<Hit> hits = run(every, limit, nullptr, poolStart(every));
    if (hits.size() >= limit || terms.size() < 2)
        return hits;
    const QString any = NoteSearchQuery::matchExpression(terms);
    mergeBest(hits, run(any, limit, nullptr, poolStart(any)), limit);
    return hits;
}

} // namespace Dewey
