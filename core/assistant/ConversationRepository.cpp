#include "assistant/ConversationRepository.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqliteError.h"
#include "log/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Dewey {

namespace {

QString toStored(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// NULL for "not reported", so sums over answers skip it.
QVariant tokenValue(qint64 value)
{
    return value >= 0 ? QVariant(value) : QVariant(QMetaType::fromType<qint64>());
}

qint64 tokenFrom(const QVariant& value)
{
    return value.isNull() ? -1 : value.toLongLong();
}

QString idsJson(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString namesJson(const QStringList& names)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

// LIKE treats % and _ as wildcards; the streamer means them literally.
QString likePattern(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kConversationColumns =
    QStringLiteral("c.id, c.title, c.created_at, c.updated_at,"
                   " (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id)");

const QString kMessageColumns =
    QStringLiteral("id, conversation_id, role, content, status, cited_note_ids, tools_used, model,"
                   " prompt_tokens, completion_tokens, total_tokens, created_at");

} // namespace

ConversationRepository::ConversationRepository(Database& database, const IClock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    qRegisterMetaType<Dewey::Conversation>();
    qRegisterMetaType<Dewey::StoredMessage>();
}

bool ConversationRepository::ensureOpen(QString* error) const
{
    if (m_database.isOpen())
        return true;
    setError(error, tr("The database is not open."));
    return false;
}

QString ConversationRepository::titleFrom(const QString& text)
{
    QString title = text.simplified();
    if (title.size() <= kMaxTitleLength)
        return title;
    title.truncate(kMaxTitleLength - 1);
    const qsizetype space = title.lastIndexOf(QLatin1Char(' '));
    if (space > kMaxTitleLength / 2)
        title.truncate(space);
    return title + QStringLiteral("…");
}

std::optional<Conversation> ConversationRepository::create(const QString& title, QString* error)
{
    if (!ensureOpen(error))
        return std::nullopt;
    const QString now = toStored(m_clock.now());
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO conversations (title, created_at, updated_at) VALUES (?, ?, ?)"));
    query.addBindValue(titleFrom(title).isNull() ? QString(QLatin1String("")) : titleFrom(title));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        const QString reason = sqliteErrorText(query.lastError());
        qCWarning(lcAssistant) << "Cannot create a conversation:" << reason;
        setError(error, tr("Dewey could not start a conversation in its database: %1").arg(reason));
        return std::nullopt;
    }
    std::optional<Conversation> created = conversation(query.lastInsertId().toLongLong());
    if (created)
        emit conversationAdded(*created);
    return created;
}

QList<Conversation> ConversationRepository::queryConversations(const QString& where,
                                                               const QVariantList& values,
                                                               const QString& tail) const
{
    QList<Conversation> result;
    if (!ensureOpen(nullptr))
        return result;
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM conversations c %2 %3").arg(kConversationColumns, where, tail));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcAssistant) << "Cannot read conversations:" << sqliteErrorText(query.lastError());
        return result;
    }
    while (query.next()) {
        Conversation conversation;
        conversation.id = query.value(0).toLongLong();
        conversation.title = query.value(1).toString();
        conversation.createdAt = fromStored(query.value(2).toString());
        conversation.updatedAt = fromStored(query.value(3).toString());
        conversation.messageCount = query.value(4).toInt();
        result.append(conversation);
    }
    return result;
}

std::optional<Conversation> ConversationRepository::conversation(qint64 id) const
{
    const QList<Conversation> found = queryConversations(QStringLiteral("WHERE c.id = ?"), {id}, {});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Conversation> ConversationRepository::list(int limit) const
{
    QString tail = QStringLiteral("ORDER BY c.updated_at DESC, c.id DESC");
    if (limit > 0)
        tail += QStringLiteral(" LIMIT %1").arg(limit);
    return queryConversations({}, {}, tail);
}

QList<Conversation> ConversationRepository::search(const QString& query, int limit) const
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = query.split(spaces, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return list(limit);
    QStringList conditions;
    QVariantList values;
    for (const QString& word : words) {
        conditions.append(
            QStringLiteral("(c.title LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM messages m"
                           " WHERE m.conversation_id = c.id AND m.content LIKE ? ESCAPE '\\'))"));
        values.append(likePattern(word));
        values.append(likePattern(word));
    }
    QString tail = QStringLiteral("ORDER BY c.updated_at DESC, c.id DESC");
    if (limit > 0)
        tail += QStringLiteral(" LIMIT %1").arg(limit);
    return queryConversations(QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values,
                              tail);
}

bool ConversationRepository::rename(qint64 id, const QString& title, QString* error)
{
    if (!ensureOpen(error))
        return false;
    const QString cleaned = titleFrom(title);
    if (cleaned.isEmpty()) {
        setError(error, tr("A conversation needs a name."));
        return false;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE conversations SET title = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(cleaned);
    query.addBindValue(toStored(m_clock.now()));
    query.addBindValue(id);
    if (!query.exec()) {
        const QString reason = sqliteErrorText(query.lastError());
        setError(error, tr("Dewey could not rename the conversation: %1").arg(reason));
        return false;
    }
    if (query.numRowsAffected() == 0) {
        setError(error, tr("The conversation no longer exists."));
        return false;
    }
    if (const auto changed = conversation(id))
        emit conversationChanged(*changed);
    return true;
}

bool ConversationRepository::remove(qint64 id, QString* error)
{
    if (!ensureOpen(error))
        return false;
    QSqlQuery query(m_database.connection());
    // Messages go with it (ON DELETE CASCADE; foreign keys are on for every connection).
    query.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        const QString reason = sqliteErrorText(query.lastError());
        setError(error, tr("Dewey could not delete the conversation: %1").arg(reason));
        return false;
    }
    if (query.numRowsAffected() == 0) {
        setError(error, tr("The conversation no longer exists."));
        return false;
    }
    emit conversationRemoved(id);
    return true;
}

std::optional<StoredMessage> ConversationRepository::append(const StoredMessage& message, QString* error)
{
    if (!ensureOpen(error))
        return std::nullopt;
    QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.now().toUTC();
    const auto fail = [&](const QString& reason) -> std::optional<StoredMessage> {
        db.rollback();
        qCWarning(lcAssistant) << "Cannot save a message:" << reason;
        setError(error, tr("Dewey could not save the message in its database: %1").arg(reason));
        return std::nullopt;
    };
    if (!db.transaction())
        return fail(sqliteErrorText(db.lastError()));

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO messages (conversation_id, role, content, status, cited_note_ids,"
                       " tools_used, model, prompt_tokens, completion_tokens, total_tokens, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(message.conversationId);
    insert.addBindValue(chatRoleName(message.role));
    insert.addBindValue(message.content.isNull() ? QString(QLatin1String("")) : message.content);
    insert.addBindValue(storedMessageStatusName(message.status));
    insert.addBindValue(idsJson(message.citedNoteIds));
    insert.addBindValue(namesJson(message.toolsUsed));
    insert.addBindValue(message.model.isNull() ? QString(QLatin1String("")) : message.model);
    insert.addBindValue(tokenValue(message.usage.promptTokens));
    insert.addBindValue(tokenValue(message.usage.completionTokens));
    insert.addBindValue(tokenValue(message.usage.totalTokens));
    insert.addBindValue(toStored(now));
    if (!insert.exec())
        return fail(sqliteErrorText(insert.lastError()));
    const qint64 id = insert.lastInsertId().toLongLong();

    QSqlQuery touch(db);
    if (message.role == ChatMessage::Role::User) {
        touch.prepare(QStringLiteral("UPDATE conversations SET updated_at = ?,"
                                     " title = CASE WHEN title = '' THEN ? ELSE title END WHERE id = ?"));
        touch.addBindValue(toStored(now));
        touch.addBindValue(titleFrom(message.content));
    } else {
        touch.prepare(QStringLiteral("UPDATE conversations SET updated_at = ? WHERE id = ?"));
        touch.addBindValue(toStored(now));
    }
    touch.addBindValue(message.conversationId);
    if (!touch.exec())
        return fail(sqliteErrorText(touch.lastError()));
    if (!db.commit())
        return fail(sqliteErrorText(db.lastError()));

    StoredMessage stored = message;
    stored.id = id;
    stored.createdAt = now;
    emit messageAdded(stored);
    if (const auto changed = conversation(message.conversationId))
        emit conversationChanged(*changed);
    return stored;
}

StoredMessage ConversationRepository::messageFrom(const QSqlQuery& query)
{
    StoredMessage message;
    message.id = query.value(0).toLongLong();
    message.conversationId = query.value(1).toLongLong();
    chatRoleFromName(query.value(2).toString(), &message.role);
    message.content = query.value(3).toString();
    storedMessageStatusFromName(query.value(4).toString(), &message.status);
    for (const QJsonValue& id : QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array())
        message.citedNoteIds.append(qint64(id.toDouble()));
    for (const QJsonValue& name : QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
        message.toolsUsed.append(name.toString());
    message.model = query.value(7).toString();
    message.usage.promptTokens = tokenFrom(query.value(8));
    message.usage.completionTokens = tokenFrom(query.value(9));
    message.usage.totalTokens = tokenFrom(query.value(10));
    message.createdAt = fromStored(query.value(11).toString());
    return message;
}

QList<StoredMessage> ConversationRepository::queryMessages(const QString& sql,
                                                           const QVariantList& values) const
{
    QList<StoredMessage> result;
    if (!ensureOpen(nullptr))
        return result;
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcAssistant) << "Cannot read messages:" << sqliteErrorText(query.lastError());
        return result;
    }
    while (query.next())
        result.append(messageFrom(query));
    return result;
}

QList<StoredMessage> ConversationRepository::messages(qint64 conversationId) const
{
    return queryMessages(
        QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY id").arg(kMessageColumns),
        {conversationId});
}

QList<StoredMessage> ConversationRepository::recentMessages(qint64 conversationId, int count) const
{
    QList<StoredMessage> newestFirst = queryMessages(
        QStringLiteral("SELECT %1 FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT ?")
            .arg(kMessageColumns),
        {conversationId, std::max(count, 0)});
    std::reverse(newestFirst.begin(), newestFirst.end());
    return newestFirst;
}

} // namespace Dewey
