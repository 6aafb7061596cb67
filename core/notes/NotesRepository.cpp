#include "notes/NotesRepository.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqliteError.h"
#include "log/LogCategories.h"
#include "notes/NoteKeywordSearch.h"
#include "notes/NoteSearchQuery.h"
#include "notes/NoteTextNormalizer.h"

#include <QSqlQuery>
#include <QVariant>

namespace Dewey {

namespace {

constexpr std::size_t kUndoDepth = 50;

QString toStored(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.toUTC();
}

// The reference date for "today"/"tomorrow" in a note is the streamer's local date when they wrote it.
QString normalized(const QString& text, const QDateTime& createdAt)
{
    return NoteTextNormalizer::normalizedText(text, createdAt.toLocalTime().date());
}

Note noteFrom(const QSqlQuery& query, int first = 0)
{
    Note note;
    note.id = query.value(first).toLongLong();
    note.text = query.value(first + 1).toString();
    note.createdAt = fromStored(query.value(first + 2).toString());
    note.updatedAt = fromStored(query.value(first + 3).toString());
    return note;
}

const QString kNoteColumns = QStringLiteral("id, text, created_at, updated_at");

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

NotesRepository::NotesRepository(Database& database, const IClock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    qRegisterMetaType<Dewey::Note>();
}

bool NotesRepository::ensureOpen(QString* error) const
{
    if (m_database.isOpen())
        return true;
    setError(error, tr("The notes database is not open."));
    return false;
}

bool NotesRepository::prepare(QString* error)
{
    if (!ensureOpen(error))
        return false;
    QSqlDatabase db = m_database.connection();
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT id, text, created_at FROM notes WHERE norm_version <> ?"));
    select.addBindValue(NoteTextNormalizer::kVersion);
    if (!select.exec()) {
        setError(error, sqliteErrorText(select.lastError()));
        return false;
    }
    struct Stale
    {
        qint64 id;
        QString norm;
    };
    QList<Stale> stale;
    while (select.next()) {
        stale.append({select.value(0).toLongLong(),
                      normalized(select.value(1).toString(), fromStored(select.value(2).toString()))});
    }
    select.finish();
    if (stale.isEmpty())
        return true;

    qCInfo(lcNotes) << "Re-normalising" << stale.size() << "notes for search rules version"
                    << NoteTextNormalizer::kVersion;
    db.transaction();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE notes SET norm = ?, norm_version = ? WHERE id = ?"));
    for (const Stale& s : std::as_const(stale)) {
        update.addBindValue(s.norm);
        update.addBindValue(NoteTextNormalizer::kVersion);
        update.addBindValue(s.id);
        if (!update.exec()) {
            setError(error, sqliteErrorText(update.lastError()));
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        setError(error, sqliteErrorText(db.lastError()));
        db.rollback();
        return false;
    }
    return true;
}

std::optional<Note> NotesRepository::add(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("A note cannot be empty."));
        return std::nullopt;
    }
    if (trimmed.size() > kMaxTextLength) {
        setError(error, tr("A note can be at most %1 characters long.").arg(kMaxTextLength));
        return std::nullopt;
    }
    if (!ensureOpen(error))
        return std::nullopt;

    const QDateTime now = m_clock.now().toUTC();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO notes (text, norm, norm_version, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(trimmed);
    query.addBindValue(normalized(trimmed, now));
    query.addBindValue(NoteTextNormalizer::kVersion);
    query.addBindValue(toStored(now));
    query.addBindValue(toStored(now));
    if (!query.exec()) {
        setError(error, tr("The note could not be saved: %1").arg(sqliteErrorText(query.lastError())));
        qCWarning(lcNotes) << "Insert failed:" << sqliteErrorText(query.lastError());
        return std::nullopt;
    }
    Note added{query.lastInsertId().toLongLong(), trimmed, fromStored(toStored(now)),
               fromStored(toStored(now))};
    pushUndo({UndoEntry::Kind::Added, added.id, {}, {}});
    emit noteAdded(added);
    return added;
}

bool NotesRepository::writeText(qint64 id, const QString& text, const QDateTime& createdAt,
                                const QDateTime& updatedAt, QString* error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE notes SET text = ?, norm = ?, norm_version = ?, updated_at = ? "
                                 "WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(text);
    query.addBindValue(normalized(text, createdAt));
    query.addBindValue(NoteTextNormalizer::kVersion);
    query.addBindValue(toStored(updatedAt));
    query.addBindValue(id);
    if (!query.exec()) {
        setError(error, tr("The note could not be changed: %1").arg(sqliteErrorText(query.lastError())));
        return false;
    }
    if (query.numRowsAffected() != 1) {
        setError(error, tr("There is no note %1.").arg(id));
        return false;
    }
    return true;
}

bool NotesRepository::edit(qint64 id, const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("A note cannot be empty; delete it instead."));
        return false;
    }
    if (trimmed.size() > kMaxTextLength) {
        setError(error, tr("A note can be at most %1 characters long.").arg(kMaxTextLength));
        return false;
    }
    if (!ensureOpen(error))
        return false;
    const std::optional<Note> before = note(id);
    if (!before) {
        setError(error, tr("There is no note %1.").arg(id));
        return false;
    }
    if (before->text == trimmed)
        return true;
    const QDateTime now = m_clock.now().toUTC();
    if (!writeText(id, trimmed, before->createdAt, now, error))
        return false;
    pushUndo({UndoEntry::Kind::Edited, id, before->text, before->updatedAt});
    Note updated = *before;
    updated.text = trimmed;
    updated.updatedAt = fromStored(toStored(now));
    emit noteUpdated(updated);
    return true;
}

bool NotesRepository::setDeleted(qint64 id, bool deleted, QString* error)
{
    if (!ensureOpen(error))
        return false;
    QSqlQuery query(m_database.connection());
    if (deleted) {
        query.prepare(QStringLiteral("UPDATE notes SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
        query.addBindValue(toStored(m_clock.now()));
    } else {
        query.prepare(QStringLiteral("UPDATE notes SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT "
                                     "NULL"));
    }
    query.addBindValue(id);
    if (!query.exec()) {
        setError(error, tr("The note could not be changed: %1").arg(sqliteErrorText(query.lastError())));
        return false;
    }
    if (query.numRowsAffected() != 1) {
        setError(error, deleted ? tr("There is no note %1.").arg(id)
                                : tr("There is no deleted note %1 to restore.").arg(id));
        return false;
    }
    return true;
}

bool NotesRepository::remove(qint64 id, QString* error)
{
    if (!setDeleted(id, true, error))
        return false;
    pushUndo({UndoEntry::Kind::Removed, id, {}, {}});
    emit noteRemoved(id);
    return true;
}

bool NotesRepository::restore(qint64 id, QString* error)
{
    if (!setDeleted(id, false, error))
        return false;
    if (const std::optional<Note> restored = note(id))
        emit noteAdded(*restored);
    return true;
}

void NotesRepository::pushUndo(UndoEntry entry)
{
    const bool wasEmpty = m_undo.empty();
    m_undo.push_back(std::move(entry));
    if (m_undo.size() > kUndoDepth)
        m_undo.erase(m_undo.begin());
    if (wasEmpty)
        emit undoAvailableChanged(true);
}

QString NotesRepository::undoDescription() const
{
    if (m_undo.empty())
        return {};
    switch (m_undo.back().kind) {
    case UndoEntry::Kind::Added:
        return tr("Undo adding the note");
    case UndoEntry::Kind::Edited:
        return tr("Undo the edit");
    case UndoEntry::Kind::Removed:
        return tr("Undo deleting the note");
    }
    return {};
}

bool NotesRepository::undo(QString* error)
{
    if (m_undo.empty()) {
        setError(error, tr("There is nothing to undo."));
        return false;
    }
    const UndoEntry entry = m_undo.back();
    bool ok = false;
    switch (entry.kind) {
    case UndoEntry::Kind::Added:
        ok = setDeleted(entry.id, true, error);
        if (ok)
            emit noteRemoved(entry.id);
        break;
    case UndoEntry::Kind::Removed:
        ok = restore(entry.id, error);
        break;
    case UndoEntry::Kind::Edited:
        if (const std::optional<Note> current = note(entry.id)) {
            ok = writeText(entry.id, entry.previousText, current->createdAt, entry.previousUpdatedAt, error);
            if (ok) {
                Note reverted = *current;
                reverted.text = entry.previousText;
                reverted.updatedAt = entry.previousUpdatedAt;
                emit noteUpdated(reverted);
            }
        } else {
            setError(error, tr("The note that was edited no longer exists."));
        }
        break;
    }
    // A step that cannot be undone (the note is gone) is dropped, so the next undo can go on.
    m_undo.pop_back();
    if (m_undo.empty())
        emit undoAvailableChanged(false);
    return ok;
}

std::optional<Note> NotesRepository::note(qint64 id) const
{
    const QList<Note> found = notes({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Note> NotesRepository::notes(const QList<qint64>& ids) const
{
    QList<Note> result;
    if (ids.isEmpty() || !m_database.isOpen())
        return result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kNoteColumns +
                  QStringLiteral(" FROM notes WHERE id = ? AND deleted_at IS NULL"));
    for (const qint64 id : ids) {
        query.addBindValue(id);
        if (query.exec() && query.next())
            result.append(noteFrom(query));
    }
    return result;
}

QList<Note> NotesRepository::list(int limit, int offset) const
{
    QList<Note> result;
    if (!m_database.isOpen())
        return result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kNoteColumns +
                  QStringLiteral(" FROM notes WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC "
                                 "LIMIT ? OFFSET ?"));
    query.addBindValue(limit);
    query.addBindValue(std::max(offset, 0));
    if (!query.exec()) {
        qCWarning(lcNotes) << "Listing notes failed:" << sqliteErrorText(query.lastError());
        return result;
    }
    while (query.next())
        result.append(noteFrom(query));
    return result;
}

int NotesRepository::count() const
{
    if (!m_database.isOpen())
        return 0;
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT count(*) FROM notes WHERE deleted_at IS NULL")) && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<NotesRepository::KeywordHit> NotesRepository::keywordSearch(const QString& query, int limit) const
{
    QList<KeywordHit> hits;
    const QList<NoteSearchQuery::Term> terms =
        NoteSearchQuery::terms(query, m_clock.now().toLocalTime().date());
    for (const NoteKeywordSearch::Hit& hit : NoteKeywordSearch(m_database).search(terms, limit))
        hits.append({hit.note, hit.score});
    return hits;
}

std::optional<NotesRepository::ImportResult> NotesRepository::importNotes(const QList<NoteDraft>& drafts,
                                                                          QString* error)
{
    if (!ensureOpen(error))
        return std::nullopt;
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        setError(error, sqliteErrorText(db.lastError()));
        return std::nullopt;
    }
    ImportResult result;
    {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral(
            "SELECT 1 FROM notes WHERE created_at = ? AND text = ? AND deleted_at IS NULL LIMIT 1"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO notes (text, norm, norm_version, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?)"));
        const QDateTime now = m_clock.now().toUTC();
        for (const NoteDraft& draft : drafts) {
            const QString text = draft.text.trimmed();
            if (text.isEmpty() || text.size() > kMaxTextLength)
                continue; // the parsers already reported these
            const QDateTime created = draft.createdAt.isValid() ? draft.createdAt.toUTC() : now;
            const QDateTime updated = draft.updatedAt.isValid() ? draft.updatedAt.toUTC() : created;
            exists.addBindValue(toStored(created));
            exists.addBindValue(text);
            if (exists.exec() && exists.next()) {
                ++result.duplicates;
                continue;
            }
            insert.addBindValue(text);
            insert.addBindValue(normalized(text, created));
            insert.addBindValue(NoteTextNormalizer::kVersion);
            insert.addBindValue(toStored(created));
            insert.addBindValue(toStored(updated));
            if (!insert.exec()) {
                setError(error,
                         tr("The notes could not be imported: %1").arg(sqliteErrorText(insert.lastError())));
                db.rollback();
                return std::nullopt;
            }
            ++result.added;
        }
    }
    if (!db.commit()) {
        setError(error, tr("The notes could not be imported: %1").arg(sqliteErrorText(db.lastError())));
        db.rollback();
        return std::nullopt;
    }
    qCInfo(lcNotes) << "Imported" << result.added << "notes," << result.duplicates << "duplicates skipped";
    if (result.added > 0)
        emit notesImported(result.added);
    return result;
}

int NotesRepository::purgeDeleted(const QDateTime& before, QString* error)
{
    if (!ensureOpen(error))
        return -1;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM notes WHERE deleted_at IS NOT NULL AND deleted_at < ?"));
    query.addBindValue(toStored(before));
    if (!query.exec()) {
        setError(error, sqliteErrorText(query.lastError()));
        return -1;
    }
    return query.numRowsAffected();
}

} // namespace Dewey
