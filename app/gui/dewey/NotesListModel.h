#pragma once

#include "notes/Note.h"

#include <QAbstractListModel>

namespace Dewey {

class NotesRepository;

// The notes shown in the Dewey area's notes panel, in the order given (newest first, or best match
// first while searching). Editing a row in place saves the new text through the repository.
class NotesListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TextRole,
        CreatedAtRole,
    };

    explicit NotesListModel(NotesRepository& repository, QObject* parent = nullptr);

    void setNotes(const QList<Note>& notes);
    const QList<Note>& notes() const { return m_notes; }
    // -1 when the note is not shown.
    int rowOf(qint64 id) const;
    // The reason the last in-place edit was refused; empty after a successful one.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void editFailed(const QString& reason);

private:
    QString dateText(const Note& note) const;

    NotesRepository& m_repository;
    QList<Note> m_notes;
    QString m_lastError;
};

} // namespace Dewey
