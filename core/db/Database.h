#pragma once

#include "db/Migration.h"
#include "db/SchemaMigrations.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Dewey {

// Dewey's one SQLite database: opens it, refuses a file that is damaged or newer than this build
// without writing to it, and brings its schema up to date one numbered migration at a time.
//
// Each instance owns its own Qt SQL connection, so several can use the same file at once, on
// different threads; an instance must be opened and used on one thread only.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct OpenResult
    {
        enum class Status
        {
            Ok,
            CannotOpen,      // the file or its folder cannot be read or written
            NotADatabase,    // not an SQLite database, or a damaged one: left untouched
            NewerSchema,     // written by a newer Dewey: left untouched
            MigrationFailed, // a migration failed and was rolled back
        };

        Status status = Status::Ok;
        QString error; // for the streamer: what happened and what to do about it

        bool ok() const { return status == Status::Ok; }
    };

    // An empty name picks a unique one.
    explicit Database(QString connectionName = {});
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Closes whatever was open first. On failure the database is closed again.
    OpenResult open(const QString& path, const QList<Migration>& migrations = schemaMigrations());
    void close();

    bool isOpen() const;
    // Invalid while closed. Do not keep copies past close(): Qt cannot drop a connection in use.
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }
    QString path() const { return m_path; }

private:
    OpenResult connect(const QString& path);
    OpenResult migrate(const QString& path, const QList<Migration>& migrations);
    bool applyMigration(const Migration& migration, QString* error);

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
    bool m_registered = false;
};

} // namespace Dewey
