#pragma once

#include "notes/Note.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>
#include <vector>

namespace Dewey {

class Database;
class IClock;

// The streamer's notes in SQLite: add, edit, delete with undo, list, bulk import, and keyword search
// over an FTS5 index of a normalised shadow column (see NoteTextNormalizer). Deleting only marks a
// note, so it can be restored; purgeDeleted() removes marked notes for good.
//
// Signals report every change, so the Dewey area and the embedding indexer stay in step whoever made
// it (the UI, the assistant's tools, an import).
class NotesRepository : public QObject
{
    Q_OBJECT

public:
    // Longer texts are refused: a note is a fact, not a document, and the prompt has room for a few.
    static constexpr qsizetype kMaxTextLength = 20000;

    struct KeywordHit
    {
        Note note;
        double score = 0; // BM25, higher is better
    };

    struct ImportResult
    {
        int added = 0;
        int duplicates = 0; // same text and creation time as a note already there
    };

    NotesRepository(Database& database, const IClock& clock, QObject* parent = nullptr);

    // Brings the search index up to the current normalisation rules (notes written by an older Dewey).
    // Call once after the database is open.
    bool prepare(QString* error = nullptr);

    // Text is trimmed; empty or overlong text is refused with a reason.
    std::optional<Note> add(const QString& text, QString* error = nullptr);
    bool edit(qint64 id, const QString& text, QString* error = nullptr);
    bool remove(qint64 id, QString* error = nullptr);
    bool restore(qint64 id, QString* error = nullptr);

    // Undoes the last add, edit or delete made through this object (this session only).
    bool canUndo() const { return !m_undo.empty(); }
    QString undoDescription() const;
    bool undo(QString* error = nullptr);

    std::optional<Note> note(qint64 id) const;
    // Notes that exist and are not deleted, in the order of ids.
    QList<Note> notes(const QList<qint64>& ids) const;
    // Newest first; limit < 0 lists all.
    QList<Note> list(int limit = -1, int offset = 0) const;
    int count() const;

    // Best matches first (ties: newest first); an empty or meaningless query gives no hits.
    QList<KeywordHit> keywordSearch(const QString& query, int limit) const;

    // Adds the drafts in one transaction, skipping exact duplicates; all or nothing.
    std::optional<ImportResult> importNotes(const QList<NoteDraft>& drafts, QString* error = nullptr);

    // Removes deleted notes marked before `before`; returns how many, or -1 on error.
    int purgeDeleted(const QDateTime& before, QString* error = nullptr);

signals:
    void noteAdded(const Dewey::Note& note); // also when a deleted note is restored
    void noteUpdated(const Dewey::Note& note);
    void noteRemoved(qint64 id);
    void notesImported(int count);
    void undoAvailableChanged(bool available);

private:
    Q_DISABLE_COPY_MOVE(NotesRepository)

    struct UndoEntry
    {
        enum class Kind
        {
            Added,
            Edited,
            Removed
        };
        Kind kind = Kind::Added;
        qint64 id = 0;
        QString previousText;
        QDateTime previousUpdatedAt;
    };

    bool ensureOpen(QString* error) const;
    bool setDeleted(qint64 id, bool deleted, QString* error);
    bool writeText(qint64 id, const QString& text, const QDateTime& createdAt, const QDateTime& updatedAt,
                   QString* error);
    void pushUndo(UndoEntry entry);

    Database& m_database;
    const IClock& m_clock;
    std::vector<UndoEntry> m_undo;
};

} // namespace Dewey
