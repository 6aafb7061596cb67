#pragma once

#include <QCoreApplication>
#include <QString>

namespace Dewey {

// Looks at an existing database file without changing a byte of it, so that Database can refuse a
// damaged file, or one written by a newer Dewey, before anything is written. A refused file is the
// streamer's only copy of their sales and notes: it must stay exactly as it was for a backup tool or
// a newer Dewey to recover.
class DatabaseFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFileCheck)

public:
    enum class Verdict
    {
        New,        // missing or empty: a fresh database can be created here
        Usable,     // a sound SQLite database; schemaVersion is its PRAGMA user_version
        Newer,      // a sound SQLite database with a schema newer than this build knows
        Unreadable, // the file is there but cannot be read (permissions, a folder in its place, …)
        Damaged,    // not an SQLite database, or one that fails SQLite's quick check
    };

    struct Result
    {
        Verdict verdict = Verdict::New;
        int schemaVersion = 0;
        QString detail; // why, in words, for Unreadable and Damaged
    };

    // Reads through its own short-lived connection named connectionName, which must not be in use.
    static Result inspect(const QString& path, int newestSchemaVersion, const QString& connectionName);

private:
    static Result inspectHeader(const QString& path, bool hasWal);
    static Result inspectWithSqlite(const QString& path, int newestSchemaVersion,
                                    const QString& connectionName, bool hasWal);
};

} // namespace Dewey
