#pragma once

#include "notes/Embedder.h"
#include "notes/Note.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace Dewey {

class Database;
class EmbeddingIndex;

// Notes' vectors in the note_embeddings table, as little-endian float32 BLOBs tagged with the model
// and size that made them. A note has at most one vector; one of another model or size counts as
// missing and is replaced when the note is embedded again.
class EmbeddingStore
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddingStore)

public:
    explicit EmbeddingStore(Database& database);

    static QByteArray toBlob(const EmbeddingVector& vector);
    static std::optional<EmbeddingVector> fromBlob(const QByteArray& blob, int dimensions);

    // Loads every stored vector of this space for notes that are not deleted (the index is reset first).
    bool loadInto(EmbeddingIndex& index, const QString& model, int dimensions,
                  QString* error = nullptr) const;
    std::optional<EmbeddingVector> vector(qint64 noteId, const QString& model, int dimensions) const;

    // Notes without a vector of this space, newest first (recent notes are the likeliest to be asked about).
    QList<Note> missing(const QString& model, int dimensions, int limit) const;
    int missingCount(const QString& model, int dimensions) const;

    // Stores vectors for notes whose text is still the text that was embedded; returns the ids stored
    // (a note edited or deleted meanwhile is skipped: its vector would describe old text).
    QList<qint64> save(const QList<std::pair<Note, EmbeddingVector>>& vectors, const QString& model,
                       int dimensions, QString* error = nullptr);

private:
    Database& m_database;
};

} // namespace Dewey
