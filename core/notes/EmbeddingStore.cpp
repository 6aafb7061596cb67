#include "notes/EmbeddingStore.h"

#include "db/Database.h"
#include "db/SqliteError.h"
#include "notes/EmbeddingIndex.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

namespace Dewey {

EmbeddingStore::EmbeddingStore(Database& database)
    : m_database(database)
{}

QByteArray EmbeddingStore::toBlob(const EmbeddingVector& vector)
{
    QByteArray blob(static_cast<qsizetype>(vector.size() * sizeof(float)), Qt::Uninitialized);
    auto* out = reinterpret_cast<uchar*>(blob.data());
    for (std::size_t i = 0; i < vector.size(); ++i)
        qToLittleEndian(vector[i], out + i * sizeof(float));
    return blob;
}

std::optional<EmbeddingVector> EmbeddingStore::fromBlob(const QByteArray& blob, int dimensions)
{
    if (dimensions <= 0 || blob.size() != static_cast<qsizetype>(dimensions) * qsizetype(sizeof(float)))
        return std::nullopt;
    EmbeddingVector vector(static_cast<std::size_t>(dimensions));
    const auto* in = reinterpret_cast<const uchar*>(blob.constData());
    for (std::size_t i = 0; i < vector.size(); ++i)
        vector[i] = qFromLittleEndian<float>(in + i * sizeof(float));
    return vector;
}

bool EmbeddingStore::loadInto(EmbeddingIndex& index, const QString& model, int dimensions,
                              QString* error) const
{
    index.reset(dimensions);
    if (!m_database.isOpen()) {
        if (error)
            *error = tr("The notes database is not open.");
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT e.note_id, e.vector FROM note_embeddings AS e JOIN notes AS n ON "
                                 "n.id = e.note_id WHERE n.deleted_at IS NULL AND e.model = ? AND "
                                 "e.dimensions = ?"));
    query.addBindValue(model);
    query.addBindValue(dimensions);
    if (!query.exec()) {
        if (error)
            *error = sqliteErrorText(query.lastError());
        return false;
    }
    while (query.next()) {
        if (const std::optional<EmbeddingVector> v = fromBlob(query.value(1).toByteArray(), dimensions))
            index.upsert(query.value(0).toLongLong(), *v);
    }
    return true;
}

std::optional<EmbeddingVector> EmbeddingStore::vector(qint64 noteId, const QString& model,
                                                      int dimensions) const
{
    if (!m_database.isOpen())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT vector FROM note_embeddings WHERE note_id = ? AND model = ? AND dimensions = ?"));
    query.addBindValue(noteId);
    query.addBindValue(model);
    query.addBindValue(dimensions);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromBlob(query.value(0).toByteArray(), dimensions);
}

QList<Note> EmbeddingStore::missing(const QString& model, int dimensions, int limit) const
{
    QList<Note> notes;
    if (!m_database.isOpen())
        return notes;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT n.id, n.text FROM notes AS n LEFT JOIN note_embeddings AS e ON "
                                 "e.note_id = n.id AND e.model = ? AND e.dimensions = ? WHERE n.deleted_at "
                                 "IS NULL AND e.note_id IS NULL ORDER BY n.id DESC LIMIT ?"));
    query.addBindValue(model);
    query.addBindValue(dimensions);
    query.addBindValue(limit);
    if (!query.exec())
        return notes;
    while (query.next()) {
        Note note;
        note.id = query.value(0).toLongLong();
        note.text = query.value(1).toString();
        notes.append(note);
    }
    return notes;
}

int EmbeddingStore::missingCount(const QString& model, int dimensions) const
{
    if (!m_database.isOpen())
        return 0;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM notes AS n LEFT JOIN note_embeddings AS e ON "
                                 "e.note_id = n.id AND e.model = ? AND e.dimensions = ? WHERE n.deleted_at "
                                 "IS NULL AND e.note_id IS NULL"));
    query.addBindValue(model);
    query.addBindValue(dimensions);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<qint64> EmbeddingStore::save(const QList<std::pair<Note, EmbeddingVector>>& vectors,
                                   const QString& model, int dimensions, QString* error)
{
    QList<qint64> stored;
    if (!m_database.isOpen()) {
        if (error)
            *error = tr("The notes database is not open.");
        return stored;
    }
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO note_embeddings (note_id, model, dimensions, vector, "
                       "computed_at) SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM notes WHERE "
                       "id = ? AND text = ? AND deleted_at IS NULL)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const auto& [note, vector] : vectors) {
        if (static_cast<int>(vector.size()) != dimensions)
            continue;
        query.addBindValue(note.id);
        query.addBindValue(model);
        query.addBindValue(dimensions);
        query.addBindValue(toBlob(vector));
        query.addBindValue(now);
        query.addBindValue(note.id);
        query.addBindValue(note.text);
        if (!query.exec()) {
            if (error)
                *error = sqliteErrorText(query.lastError());
            db.rollback();
            return {};
        }
        if (query.numRowsAffected() == 1)
            stored.append(note.id);
    }
    if (!db.commit()) {
        if (error)
            *error = sqliteErrorText(db.lastError());
        db.rollback();
        return {};
    }
    return stored;
}

} // namespace Dewey
