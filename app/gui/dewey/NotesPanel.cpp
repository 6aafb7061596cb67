#include "NotesPanel.h"

#include "Dialogs.h"
#include "dewey/NotesListModel.h"
#include "notes/NotesFileFormats.h"
#include "notes/NotesRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Dewey {

namespace {

// Enough for any screen; a search that matches more is too vague to read through anyway.
constexpr int kSearchLimit = 200;

} // namespace

NotesPanel::NotesPanel(NotesRepository& notes, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_dialogs(dialogs)
    , m_model(new NotesListModel(notes, this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_newNote(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_edit(new QPushButton(tr("Edit"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_import(new QPushButton(tr("Import…"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(tr("Note deleted"), m_undoBar))
    , m_undo(new QPushButton(tr("Undo"), m_undoBar))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    setAccessibleName(tr("Notes"));

    m_search->setObjectName(QStringLiteral("notesSearch"));
    m_search->setPlaceholderText(tr("Search notes"));
    m_search->setAccessibleName(tr("Search notes"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("notesList"));
    m_view->setAccessibleName(tr("Notes, newest first"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_newNote->setObjectName(QStringLiteral("notesNew"));
    m_newNote->setPlaceholderText(tr("New note"));
    m_newNote->setAccessibleName(tr("Text of a new note"));
    m_add->setAccessibleName(tr("Add the note"));
    m_edit->setAccessibleName(tr("Edit the selected note"));
    m_edit->setToolTip(tr("Edit the selected note (F2 or double-click)"));
    m_delete->setAccessibleName(tr("Delete the selected note"));
    m_import->setAccessibleName(tr("Import notes from a Markdown or JSON Lines file"));
    m_export->setAccessibleName(tr("Export all notes to a Markdown or JSON Lines file"));
    m_undo->setAccessibleName(tr("Undo deleting the note"));
    m_undoBar->setAccessibleName(tr("Note deleted"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Notes status"));

    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newNote, 1);
    addRow->addWidget(m_add);
    auto* actionRow = new QHBoxLayout;
    for (QPushButton* button : {m_edit, m_delete, m_import, m_export})
        actionRow->addWidget(button);
    actionRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_undoBar);
    layout->addLayout(actionRow);
    layout->addLayout(addRow);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &NotesPanel::refresh);
    connect(m_newNote, &QLineEdit::returnPressed, this, &NotesPanel::addNote);
    connect(m_add, &QPushButton::clicked, this, &NotesPanel::addNote);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            m_view->edit(m_view->currentIndex());
    });
    connect(m_delete, &QPushButton::clicked, this, &NotesPanel::deleteSelected);
    connect(m_undo, &QPushButton::clicked, this, &NotesPanel::undoDelete);
    connect(m_import, &QPushButton::clicked, this, &NotesPanel::importNotes);
    connect(m_export, &QPushButton::clicked, this, &NotesPanel::exportNotes);
    connect(m_model, &NotesListModel::editFailed, this, &NotesPanel::showStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &NotesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesPanel::updateButtons);

    // Whoever changed the notes (this panel, the assistant's tools, an import), show them again —
    // once per burst, and never from inside the model's own setData.
    connect(&m_notes, &NotesRepository::noteAdded, this, &NotesPanel::scheduleRefresh);
    connect(&m_notes, &NotesRepository::noteUpdated, this, &NotesPanel::scheduleRefresh);
    connect(&m_notes, &NotesRepository::noteRemoved, this, &NotesPanel::scheduleRefresh);
    connect(&m_notes, &NotesRepository::notesImported, this, &NotesPanel::scheduleRefresh);
    refresh();
}

void NotesPanel::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void NotesPanel::refresh()
{
    const qint64 selected = selectedId();
    const QString query = m_search->text().trimmed();
    QList<Note> notes;
    if (query.isEmpty()) {
        notes = m_notes.list();
    } else {
        const QList<NotesRepository::KeywordHit> hits = m_notes.keywordSearch(query, kSearchLimit);
        notes.reserve(hits.size());
        for (const NotesRepository::KeywordHit& hit : hits)
            notes.append(hit.note);
    }
    m_model->setNotes(notes);
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    updateButtons();
}

qint64 NotesPanel::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(NotesListModel::IdRole).toLongLong() : 0;
}

void NotesPanel::updateButtons()
{
    const bool selected = m_view->currentIndex().isValid();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

bool NotesPanel::addNote()
{
    QString error;
    const std::optional<Note> note = m_notes.add(m_newNote->text(), &error);
    if (!note) {
        showStatus(error);
        return false;
    }
    m_newNote->clear();
    showStatus(tr("Note saved."));
    refresh();
    if (const int row = m_model->rowOf(note->id); row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    return true;
}

bool NotesPanel::deleteSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return false;
    QString error;
    if (!m_notes.remove(id, &error)) {
        showStatus(error);
        return false;
    }
    m_deletedId = id;
    m_undoBar->show();
    showStatus(QString());
    refresh();
    m_undo->setFocus(Qt::OtherFocusReason);
    return true;
}

bool NotesPanel::undoDelete()
{
    if (m_deletedId <= 0)
        return false;
    QString error;
    if (!m_notes.restore(m_deletedId, &error)) {
        showStatus(error);
        return false;
    }
    const qint64 id = m_deletedId;
    m_deletedId = 0;
    m_undoBar->hide();
    refresh();
    if (const int row = m_model->rowOf(id); row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

bool NotesPanel::importNotes()
{
    const QString path = m_dialogs.openFileName(
        this, tr("Import notes"), tr("Notes (*.jsonl *.ndjson *.json *.md *.markdown *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    const std::optional<NotesFileFormats::Format> format = NotesFileFormats::formatForPath(path);
    QFile file(path);
    if (!format) {
        showStatus(tr("Dewey reads .jsonl and .md files; %1 is neither.").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    const QDateTime fileTime = QFileInfo(file).fileTime(QFileDevice::FileModificationTime).toUTC();
    const NotesFileFormats::ParseResult parsed = NotesFileFormats::parse(*format, data, fileTime);
    QString error;
    const auto result = m_notes.importNotes(parsed.drafts, &error);
    if (!result) {
        showStatus(error);
        return false;
    }
    showStatus(tr("Imported %n note(s)", nullptr, result->added) +
               tr(", %n duplicate(s) skipped", nullptr, result->duplicates) +
               tr(", %n entry(ies) not readable", nullptr, int(parsed.problems.size())) + QLatin1Char('.'));
    refresh();
    return true;
}

bool NotesPanel::exportNotes()
{
    const QString path = m_dialogs.saveFileName(this, tr("Export notes"), QStringLiteral("dewey-notes.jsonl"),
                                                tr("JSON Lines (*.jsonl);;Markdown (*.md)"));
    if (path.isEmpty())
        return false;
    const std::optional<NotesFileFormats::Format> format = NotesFileFormats::formatForPath(path);
    if (!format) {
        showStatus(tr("Choose a name ending in .jsonl or .md."));
        return false;
    }
    QList<Note> notes = m_notes.list();
    std::reverse(notes.begin(), notes.end()); // oldest first: the order they were written in
    const QByteArray data = NotesFileFormats::serialize(*format, notes);
    // A temporary file renamed at the end, so a failed export never leaves half a backup.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        showStatus(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return false;
    }
    showStatus(
        tr("Exported %n note(s) to %1.", nullptr, int(notes.size())).arg(QDir::toNativeSeparators(path)));
    return true;
}

void NotesPanel::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString NotesPanel::statusText() const
{
    return m_status->text();
}

bool NotesPanel::undoBarVisible() const
{
    return !m_undoBar->isHidden();
}

} // namespace Dewey
