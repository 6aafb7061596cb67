#include "NotesListModel.h"

#include "notes/NotesRepository.h"

#include <QLocale>

namespace Dewey {

NotesListModel::NotesListModel(NotesRepository& repository, QObject* parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{}

void NotesListModel::setNotes(const QList<Note>& notes)
{
    beginResetModel();
    m_notes = notes;
    endResetModel();
}

int NotesListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes.at(row).id == id)
            return row;
    }
    return -1;
}

int NotesListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QString NotesListModel::dateText(const Note& note) const
{
    const QLocale locale;
    QString text = tr("Saved %1").arg(locale.toString(note.createdAt.toLocalTime(), QLocale::ShortFormat));
    if (note.updatedAt > note.createdAt)
        text += QLatin1String(" · ") +
                tr("edited %1").arg(locale.toString(note.updatedAt.toLocalTime(), QLocale::ShortFormat));
    return text;
}

QVariant NotesListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size())
        return {};
    const Note& note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(note.text + QLatin1Char('\n') + dateText(note));
    case Qt::AccessibleTextRole:
        return QString(note.text + QStringLiteral(", ") + dateText(note));
    case Qt::ToolTipRole:
        return dateText(note);
    case Qt::EditRole:
    case TextRole:
        return note.text;
    case IdRole:
        return note.id;
    case CreatedAtRole:
        return note.createdAt;
    default:
        return {};
    }
}

bool NotesListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_notes.size())
        return false;
    const Note note = m_notes.at(index.row());
    const QString text = value.toString().trimmed();
    if (text == note.text)
        return true;
    if (!m_repository.edit(note.id, text, &m_lastError)) {
        emit editFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    // The panel refreshes on the repository's noteUpdated later; keep this row right meanwhile.
    if (const std::optional<Note> saved = m_repository.note(note.id); saved && index.row() < m_notes.size()) {
        m_notes[index.row()] = *saved;
        emit dataChanged(index, index);
    }
    return true;
}

Qt::ItemFlags NotesListModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

} // namespace Dewey
