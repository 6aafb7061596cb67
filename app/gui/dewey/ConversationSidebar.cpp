#include "ConversationSidebar.h"

#include "Dialogs.h"
#include "assistant/ConversationRepository.h"
#include "log/LogCategories.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dewey {

namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

ConversationSidebar::ConversationSidebar(ConversationRepository& conversations, Dialogs& dialogs,
                                         QWidget* parent)
    : QWidget(parent)
    , m_conversations(conversations)
    , m_dialogs(dialogs)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("New conversation"), this))
    , m_rename(new QPushButton(tr("Rename"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("conversationSidebar"));
    setAccessibleName(tr("Conversations"));
    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Search conversations"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Past conversations"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setWordWrap(true);
    m_new->setObjectName(QStringLiteral("newConversation"));
    m_new->setAccessibleName(tr("Start a new conversation"));
    m_rename->setAccessibleName(tr("Rename the selected conversation"));
    m_delete->setAccessibleName(tr("Delete the selected conversation"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_new);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &ConversationSidebar::newConversationRequested);
    connect(m_search, &QLineEdit::textChanged, this, &ConversationSidebar::reload);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit conversationActivated(item->data(kIdRole).toLongLong()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit conversationActivated(item->data(kIdRole).toLongLong()); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ConversationSidebar::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_reloading)
            renameConversation(item->data(kIdRole).toLongLong(), item->text());
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = itemFor(selectedId()))
            m_list->editItem(item);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            deleteConversation(id);
    });
    connect(&m_conversations, &ConversationRepository::conversationAdded, this, &ConversationSidebar::reload);
    connect(&m_conversations, &ConversationRepository::conversationChanged, this,
            &ConversationSidebar::reload);
    connect(&m_conversations, &ConversationRepository::conversationRemoved, this,
            &ConversationSidebar::reload);
    reload();
}

void ConversationSidebar::setCurrentConversation(qint64 id)
{
    m_current = id;
    const QSignalBlocker blocker(m_list);
    QListWidgetItem* item = itemFor(id);
    m_list->setCurrentItem(item);
    if (!item)
        m_list->clearSelection();
    updateButtons();
}

QList<qint64> ConversationSidebar::listedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids.append(m_list->item(row)->data(kIdRole).toLongLong());
    return ids;
}

bool ConversationSidebar::renameConversation(qint64 id, const QString& title)
{
    QString error;
    if (!m_conversations.rename(id, title.trimmed(), &error)) {
        qCWarning(lcGui) << "could not rename conversation" << id << error;
        reload(); // back to the stored title
        return false;
    }
    return true;
}

bool ConversationSidebar::deleteConversation(qint64 id)
{
    const std::optional<Conversation> conversation = m_conversations.conversation(id);
    if (!conversation)
        return false;
    const bool confirmed = m_dialogs.confirm(
        this, {tr("Delete conversation"),
               tr("Delete “%1” and its %n message(s)? The notes Dewey saved stay.", nullptr,
                  conversation->messageCount)
                   .arg(conversation->title.isEmpty() ? tr("New conversation") : conversation->title),
               tr("Delete")});
    if (!confirmed)
        return false;
    QString error;
    if (!m_conversations.remove(id, &error)) {
        m_dialogs.inform(this, tr("Delete conversation"), error);
        return false;
    }
    emit conversationDeleted(id);
    return true;
}

void ConversationSidebar::reload()
{
    const QString query = m_search->text().trimmed();
    const QList<Conversation> conversations =
        query.isEmpty() ? m_conversations.list() : m_conversations.search(query);
    const QLocale locale;
    m_reloading = true;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Conversation& conversation : conversations) {
            auto* item = new QListWidgetItem(
                conversation.title.isEmpty() ? tr("New conversation") : conversation.title, m_list);
            item->setData(kIdRole, conversation.id);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setToolTip(
                tr("Last message %1")
                    .arg(locale.toString(conversation.updatedAt.toLocalTime(), QLocale::ShortFormat)));
            if (conversation.id == m_current)
                m_list->setCurrentItem(item);
        }
    }
    m_reloading = false;
    updateButtons();
}

void ConversationSidebar::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_rename->setEnabled(selected);
    m_delete->setEnabled(selected);
}

qint64 ConversationSidebar::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item && item->isSelected() ? item->data(kIdRole).toLongLong() : 0;
}

QListWidgetItem* ConversationSidebar::itemFor(qint64 id) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kIdRole).toLongLong() == id)
            return m_list->item(row);
    }
    return nullptr;
}

} // namespace Dewey
