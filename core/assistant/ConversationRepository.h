#pragma once

#include "assistant/Conversation.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

class QSqlQuery;

namespace Dewey {

class Database;
class IClock;

// Conversations with Dewey and their messages in SQLite (tables conversations and messages,
// migration 5). Deleting a conversation deletes its messages. Signals report every change so the
// sidebar stays in step whoever made it (the chat panel, dewey-cli ask in another process excepted).
class ConversationRepository : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxTitleLength = 120;

    ConversationRepository(Database& database, const IClock& clock, QObject* parent = nullptr);

    // An empty title is made from nothing yet: the first message names the conversation later.
    std::optional<Conversation> create(const QString& title, QString* error = nullptr);
    std::optional<Conversation> conversation(qint64 id) const;
    // Most recently active first; limit <= 0 lists all.
    QList<Conversation> list(int limit = 0) const;
    // Conversations whose title or messages contain every word of the query (case-insensitive for
    // ASCII), most recently active first.
    QList<Conversation> search(const QString& query, int limit = 50) const;
    bool rename(qint64 id, const QString& title, QString* error = nullptr);
    bool remove(qint64 id, QString* error = nullptr);

    // Stores the message (its id, conversation and time are filled in) and touches the conversation.
    // A conversation without a title takes one from its first user message.
    std::optional<StoredMessage> append(const StoredMessage& message, QString* error = nullptr);
    // Oldest first.
    QList<StoredMessage> messages(qint64 conversationId) const;
    // The last `count` messages, oldest first (the context sent with a new question).
    QList<StoredMessage> recentMessages(qint64 conversationId, int count) const;

    // A title from a first message: one line, at most kMaxTitleLength characters, cut at a word.
    static QString titleFrom(const QString& text);

signals:
    void conversationAdded(const Dewey::Conversation& conversation);
    void conversationChanged(const Dewey::Conversation& conversation); // renamed or new message
    void conversationRemoved(qint64 id);
    void messageAdded(const Dewey::StoredMessage& message);

private:
    bool ensureOpen(QString* error) const;
    QList<Conversation> queryConversations(const QString& where, const QVariantList& values,
                                           const QString& tail) const;
    static StoredMessage messageFrom(const QSqlQuery& query);
    QList<StoredMessage> queryMessages(const QString& sql, const QVariantList& values) const;

    Database& m_database;
    const IClock& m_clock;
};

} // namespace Dewey
