#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Dewey {

class Dialogs;
class NotesListModel;
class NotesRepository;

// The Dewey area's notes: newest first with their dates, search as you type (keyword search, works
// offline), add, edit in place, delete with Undo, and import/export as Markdown or JSON Lines. It
// follows the repository's signals, so notes the assistant remembers or forgets show up at once.
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    NotesPanel(NotesRepository& notes, Dialogs& dialogs, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QLineEdit* newNoteField() const { return m_newNote; }
    QListView* view() const { return m_view; }
    NotesListModel* model() const { return m_model; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* undoButton() const { return m_undo; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* exportButton() const { return m_export; }
    // The last result or problem (an import summary, why a note was refused).
    QString statusText() const;
    bool undoBarVisible() const;

    // What the buttons do; false (with the reason in the status line) when nothing happened.
    bool addNote();
    bool deleteSelected();
    bool undoDelete();
    bool importNotes();
    bool exportNotes();
    // Shows the notes again for the current search; the repository's signals call it.
    void refresh();

private:
    void scheduleRefresh();
    void showStatus(const QString& text);
    void updateButtons();
    qint64 selectedId() const;

    NotesRepository& m_notes;
    Dialogs& m_dialogs;
    NotesListModel* m_model;
    QLineEdit* m_search;
    QListView* m_view;
    QLineEdit* m_newNote;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_import;
    QPushButton* m_export;
    QWidget* m_undoBar;
    QLabel* m_undoLabel;
    QPushButton* m_undo;
    QLabel* m_status;
    qint64 m_deletedId = 0; // the note Undo brings back
    bool m_refreshPending = false;
};

} // namespace Dewey
