#include "db/AppStateRepository.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqliteError.h"
#include "log/LogCategories.h"

#include <QSqlQuery>
#include <QVariant>

namespace Dewey {

AppStateRepository::AppStateRepository(Database& database, const IClock& clock)
    : m_database(database)
    , m_clock(clock)
{}

bool AppStateRepository::ensureOpen(QString* error) const
{
    if (m_database.isOpen())
        return true;
    if (error)
        *error = tr("The database is not open.");
    return false;
}

QString AppStateRepository::value(const QString& key, const QString& fallback) const
{
    if (!ensureOpen(nullptr))
        return fallback;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM app_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        qCWarning(lcDb) << "Cannot read app state" << key << ":" << sqliteErrorText(query.lastError());
        return fallback;
    }
    return query.next() ? query.value(0).toString() : fallback;
}

bool AppStateRepository::contains(const QString& key) const
{
    return updatedAt(key).isValid();
}

QDateTime AppStateRepository::updatedAt(const QString& key) const
{
    if (!ensureOpen(nullptr))
        return {};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT updated_at FROM app_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        qCWarning(lcDb) << "Cannot read app state" << key << ":" << sqliteErrorText(query.lastError());
        return {};
    }
    if (!query.next())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs).toUTC();
}

bool AppStateRepository::setValue(const QString& key, const QString& value, QString* error)
{
    if (!ensureOpen(error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO app_state (key, value, updated_at) VALUES (?, ?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                                 " updated_at = excluded.updated_at"));
    query.addBindValue(key);
    // A null QString would be bound as SQL NULL; an empty value is still a value.
    query.addBindValue(value.isNull() ? QString(QLatin1String("")) : value);
    query.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        const QString reason = sqliteErrorText(query.lastError());
        qCWarning(lcDb) << "Cannot store app state" << key << ":" << reason;
        if (error)
            *error = tr("Dewey could not save \"%1\" in its database: %2").arg(key, reason);
        return false;
    }
    return true;
}

bool AppStateRepository::remove(const QString& key, QString* error)
{
    if (!ensureOpen(error))
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM app_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        const QString reason = sqliteErrorText(query.lastError());
        qCWarning(lcDb) << "Cannot remove app state" << key << ":" << reason;
        if (error)
            *error = tr("Dewey could not remove \"%1\" from its database: %2").arg(key, reason);
        return false;
    }
    return true;
}

} // namespace Dewey
