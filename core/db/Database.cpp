#include "db/Database.h"

#include "db/DatabaseFileCheck.h"
#include "db/SqliteError.h"
#include "log/LogCategories.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace Dewey {

namespace {

using Status = Database::OpenResult::Status;

const QString kDriver = QStringLiteral("QSQLITE");

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("dewey-db-%1").arg(++counter);
}

// Runs one statement; the query is finished before returning so that no statement stays active
// across COMMIT or close().
bool run(const QSqlDatabase& db, const QString& sql, QString* error, QVariant* firstValue = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error)
            *error = sqliteErrorText(query.lastError());
        return false;
    }
    if (firstValue)
        *firstValue = query.next() ? query.value(0) : QVariant();
    return true;
}

QString newerSchemaMessage(const QString& nativePath, int schemaVersion, int newest)
{
    return Database::tr("The database %1 was created by a newer version of Dewey (schema %2, this version "
                        "understands up to %3). Install the newer Dewey, or choose another data folder.")
        .arg(nativePath)
        .arg(schemaVersion)
        .arg(newest);
}

bool validMigrationList(const QList<Migration>& migrations, QString* error)
{
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            *error = QStringLiteral("migration number %1 is out of order (expected %2)")
                         .arg(migrations.at(i).version)
                         .arg(i + 1);
            return false;
        }
    }
    return true;
}

} // namespace

Database::Database(QString connectionName)
    : m_connectionName(connectionName.isEmpty() ? uniqueConnectionName() : std::move(connectionName))
{}

Database::~Database()
{
    close();
}

Database::OpenResult Database::open(const QString& path, const QList<Migration>& migrations)
{
    close();

    QString listError;
    if (!validMigrationList(migrations, &listError)) {
        // A programming error in this build, not something the streamer did.
        qCCritical(lcDb) << "Invalid migration list:" << listError;
        return {
            Status::MigrationFailed,
            tr("This build of Dewey has a broken database schema (%1). Please report it.").arg(listError)};
    }
    const int newest = migrations.isEmpty() ? 0 : migrations.constLast().version;

    if (path.isEmpty())
        return {Status::CannotOpen, tr("No database file was given.")};
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        return {Status::CannotOpen,
                tr("Qt's SQLite driver (QSQLITE) is missing, so Dewey cannot open %1. Reinstall Dewey.")
                    .arg(QDir::toNativeSeparators(path))};
    }
    if (QSqlDatabase::contains(m_connectionName)) {
        return {Status::CannotOpen,
                tr("Cannot open %1: the database connection name \"%2\" is already in use.")
                    .arg(QDir::toNativeSeparators(path), m_connectionName)};
    }

    const QFileInfo info(path);
    const QString nativePath = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return {Status::CannotOpen,
                tr("The folder %1 for Dewey's database does not exist. Create it, or choose another data "
                   "folder.")
                    .arg(folder)};
    }

    // Everything that can refuse a file happens before the first write to it.
    const DatabaseFileCheck::Result check =
        DatabaseFileCheck::inspect(path, newest, m_connectionName + QStringLiteral("-check"));
    switch (check.verdict) {
    case DatabaseFileCheck::Verdict::Unreadable:
        qCWarning(lcDb) << "Cannot read" << path << ":" << check.detail;
        return {Status::CannotOpen,
                tr("Dewey cannot read its database %1 (%2). Check the file's permissions, "
                   "or choose another data folder.")
                    .arg(nativePath, check.detail)};
    case DatabaseFileCheck::Verdict::Damaged:
        qCWarning(lcDb) << "Refusing" << path << ":" << check.detail;
        return {
            Status::NotADatabase,
            tr("The file %1 is not a Dewey database or is damaged; it was left untouched. Move it away to "
               "start fresh, or restore a backup. (Details: %2)")
                .arg(nativePath, check.detail)};
    case DatabaseFileCheck::Verdict::Newer:
        qCWarning(lcDb) << "Refusing" << path << "at schema" << check.schemaVersion << "; newest known is"
                        << newest;
        return {Status::NewerSchema, newerSchemaMessage(nativePath, check.schemaVersion, newest)};
    case DatabaseFileCheck::Verdict::Usable:
    case DatabaseFileCheck::Verdict::New:
        break;
    }

    // SQLite writes its -wal and -shm files next to the database, so the folder must be writable too.
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        return {Status::CannotOpen,
                tr("Dewey cannot write to the folder %1 that holds its database. Check the "
                   "folder's permissions, or choose another data folder.")
                    .arg(folder)};
    }
    if (info.exists() && !info.isWritable()) {
        return {Status::CannotOpen, tr("Dewey cannot write to its database %1. Check the file's permissions, "
                                       "or choose another data folder.")
                                        .arg(nativePath)};
    }

    OpenResult result = connect(path);
    if (result.ok())
        result = migrate(path, migrations);
    if (!result.ok()) {
        close();
        return result;
    }
    m_path = path;
    qCInfo(lcDb) << "Opened" << path << "at schema" << m_schemaVersion;
    return result;
}

Database::OpenResult Database::connect(const QString& path)
{
    const QString nativePath = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const auto failure = [&nativePath](const QString& reason) -> OpenResult {
        return {Status::CannotOpen, tr("Dewey cannot open its database %1: %2").arg(nativePath, reason)};
    };

    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    m_registered = true;
    db.setDatabaseName(path);
    if (!db.open())
        return failure(sqliteErrorText(db.lastError()));

    QString error;
    // First, so that the statements below wait for another instance's lock instead of failing.
    if (!run(db, QStringLiteral("PRAGMA busy_timeout = 5000"), &error))
        return failure(error);

    // WAL lets the overlay and the assistant read while a webhook is being recorded.
    QVariant mode;
    if (!run(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error, &mode))
        return failure(error);
    if (mode.toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        return failure(tr("it cannot use write-ahead logging (SQLite answered \"%1\"); a network drive may "
                          "be the cause")
                           .arg(mode.toString()));
    }

    // FULL: a webhook is acknowledged to Stripe only after its sale is on disk, power cut or not.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL")}) {
        if (!run(db, pragma, &error))
            return failure(error);
    }
    return {};
}

Database::OpenResult Database::migrate(const QString& path, const QList<Migration>& migrations)
{
    const QString nativePath = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QString error;
    QVariant version;
    if (!run(connection(), QStringLiteral("PRAGMA user_version"), &error, &version)) {
        return {Status::CannotOpen,
                tr("Dewey cannot read the schema of its database %1: %2").arg(nativePath, error)};
    }
    m_schemaVersion = version.toInt();

    for (const Migration& migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        if (!applyMigration(migration, &error)) {
            qCCritical(lcDb) << "Migration" << migration.version << migration.description
                             << "failed:" << error;
            return {
                Status::MigrationFailed,
                tr("Dewey could not update its database %1: migration %2 (%3) failed: %4. The database was "
                   "left at schema %5.")
                    .arg(nativePath)
                    .arg(migration.version)
                    .arg(migration.description, error)
                    .arg(m_schemaVersion)};
        }
    }

    const int newest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (m_schemaVersion > newest) {
        // Another, newer Dewey migrated the file between our check and our lock.
        return {Status::NewerSchema, newerSchemaMessage(nativePath, m_schemaVersion, newest)};
    }
    return {};
}

bool Database::applyMigration(const Migration& migration, QString* error)
{
    const QSqlDatabase db = connection();
    // IMMEDIATE takes the write lock up front, so two instances opening the same file at once cannot
    // both decide to run the same migration.
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;

    const auto rollBack = [&db] { run(db, QStringLiteral("ROLLBACK"), nullptr); };

    QVariant current;
    if (!run(db, QStringLiteral("PRAGMA user_version"), error, &current)) {
        rollBack();
        return false;
    }
    if (current.toInt() >= migration.version) {
        run(db, QStringLiteral("COMMIT"), nullptr);
        m_schemaVersion = current.toInt();
        return true;
    }

    for (const QString& statement : migration.statements) {
        if (!run(db, statement, error)) {
            rollBack();
            return false;
        }
    }
    // user_version lives in the database header, which is part of the transaction.
    if (!run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), error) ||
        !run(db, QStringLiteral("COMMIT"), error)) {
        rollBack();
        return false;
    }
    m_schemaVersion = migration.version;
    qCInfo(lcDb) << "Applied migration" << migration.version << migration.description;
    return true;
}

void Database::close()
{
    if (!m_registered)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_registered = false;
    m_path.clear();
    m_schemaVersion = 0;
}

bool Database::isOpen() const
{
    return m_registered && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    if (!m_registered)
        return {};
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace Dewey
