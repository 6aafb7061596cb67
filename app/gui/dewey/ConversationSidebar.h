#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Dewey {

class ConversationRepository;
class Dialogs;

// Past conversations with Dewey, most recent first: start a new one, reopen, rename (edit the title
// in place), delete (after asking), and find one by what was said. Follows the repository's signals,
// so it stays in step with whatever changed the conversations.
class ConversationSidebar : public QWidget
{
    Q_OBJECT

public:
    ConversationSidebar(ConversationRepository& conversations, Dialogs& dialogs, QWidget* parent = nullptr);

    void setCurrentConversation(qint64 id);
    qint64 currentConversation() const { return m_current; }
    // The listed conversation ids, top to bottom.
    QList<qint64> listedIds() const;

    bool renameConversation(qint64 id, const QString& title);
    // Asks first; true when deleted.
    bool deleteConversation(qint64 id);

    QListWidget* list() const { return m_list; }
    QLineEdit* searchField() const { return m_search; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* renameButton() const { return m_rename; }
    QPushButton* deleteButton() const { return m_delete; }

signals:
    void conversationActivated(qint64 id);
    void newConversationRequested();
    void conversationDeleted(qint64 id);

private:
    void reload();
    void updateButtons();
    qint64 selectedId() const;
    QListWidgetItem* itemFor(qint64 id) const;

    ConversationRepository& m_conversations;
    Dialogs& m_dialogs;
    QLineEdit* m_search;
    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_rename;
    QPushButton* m_delete;
    qint64 m_current = 0;
    bool m_reloading = false;
};

} // namespace Dewey
