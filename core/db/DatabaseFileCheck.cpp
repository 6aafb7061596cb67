#include "db/DatabaseFileCheck.h"

#include "db/SqliteError.h"
#include "log/LogCategories.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

namespace Dewey {

namespace {

constexpr qint64 kHeaderSize = 100;
// The first 16 bytes of every SQLite 3 database, terminating NUL included.
constexpr QByteArrayView kMagic("SQLite format 3\0", 16);

constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

QStringList sidecarPaths(const QString& path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

QStringList existingSidecars(const QString& path)
{
    QStringList existing;
    for (const QString& sidecar : sidecarPaths(path)) {
        if (QFileInfo::exists(sidecar))
            existing.append(sidecar);
    }
    return existing;
}

bool isDamageError(const QSqlError& error)
{
    // Extended result codes carry the primary code in their low byte.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == kSqliteCorrupt || code == kSqliteNotADatabase;
}

void fail(const QSqlError& error, DatabaseFileCheck::Result& result)
{
    result.verdict =
        isDamageError(error) ? DatabaseFileCheck::Verdict::Damaged : DatabaseFileCheck::Verdict::Unreadable;
    result.detail = sqliteErrorText(error);
}

// The first few findings of PRAGMA quick_check: enough to tell the streamer (and support) what is
// wrong, where a badly damaged file can produce thousands.
QStringList quickCheckProblems(QSqlQuery& query)
{
    constexpr qsizetype kMaxProblems = 3;
    QStringList problems;
    while (problems.size() < kMaxProblems && query.next()) {
        const QStringList lines = query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (problems.size() < kMaxProblems && line != QStringLiteral("ok") &&
                !line.startsWith(QStringLiteral("***")))
                problems.append(line);
        }
    }
    return problems;
}

void examine(const QSqlDatabase& db, DatabaseFileCheck::Result& result)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        fail(query.lastError(), result);
        return;
    }
    result.schemaVersion = query.value(0).toInt();
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        fail(query.lastError(), result);
        return;
    }
    const QStringList problems = quickCheckProblems(query);
    if (!problems.isEmpty()) {
        result.verdict = DatabaseFileCheck::Verdict::Damaged;
        result.detail = problems.join(QStringLiteral("; "));
    }
}

} // namespace

DatabaseFileCheck::Result DatabaseFileCheck::inspect(const QString& path, int newestSchemaVersion,
                                                     const QString& connectionName)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (info.isDir())
        return {Verdict::Unreadable, 0, tr("it is a folder, not a file")};

    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    Result header = inspectHeader(path, hasWal);
    if (header.verdict != Verdict::Usable)
        return header;
    return inspectWithSqlite(path, newestSchemaVersion, connectionName, hasWal);
}

DatabaseFileCheck::Result DatabaseFileCheck::inspectHeader(const QString& path, bool hasWal)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Verdict::Unreadable, 0, file.errorString()};
    const qint64 size = file.size();
    const QByteArray header = file.read(kHeaderSize);
    if (size == 0)
        return {};
    if (!header.startsWith(kMagic))
        return {Verdict::Damaged, 0, tr("it does not start with an SQLite header")};
    if (header.size() < kHeaderSize)
        return {Verdict::Damaged, 0, tr("it is shorter than an SQLite header")};

    // SQLite quietly reads missing pages of a cut-off file as zeros, and its quick check can pass on
    // them. The header knows how long the file should be; it is only trustworthy when its change
    // counter matches the "valid for" counter, and when no write-ahead log holds newer pages.
    if (!hasWal) {
        const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
        const auto rawPageSize = qFromBigEndian<quint16>(bytes + 16);
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        const auto changeCounter = qFromBigEndian<quint32>(bytes + 24);
        const auto pageCount = qFromBigEndian<quint32>(bytes + 28);
        const auto validFor = qFromBigEndian<quint32>(bytes + 92);
        if (pageCount != 0 && changeCounter == validFor && pageSize >= 512 && pageCount * pageSize > size) {
            return {Verdict::Damaged, 0,
                    tr("it is cut off: its header counts %1 bytes but the file holds %2")
                        .arg(pageCount * pageSize)
                        .arg(size)};
        }
    }
    return {Verdict::Usable, 0, {}};
}

DatabaseFileCheck::Result DatabaseFileCheck::inspectWithSqlite(const QString& path, int newestSchemaVersion,
                                                               const QString& connectionName, bool hasWal)
{
    const QStringList sidecarsBefore = existingSidecars(path);
    Result result{Verdict::Usable, 0, {}};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (hasWal) {
            // A write-ahead log holds committed pages that are not in the main file yet; SQLite must
            // read it, which needs its shared-memory index.
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            // Without a log, "immutable" reads the file alone: even a read-only connection would
            // otherwise create -wal and -shm files next to a database in WAL mode, and leave them.
            QUrl url = QUrl::fromLocalFile(path);
            url.setQuery(QStringLiteral("mode=ro&immutable=1"));
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }

        if (db.open())
            examine(db, result);
        else
            fail(db.lastError(), result);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (result.verdict == Verdict::Usable && result.schemaVersion > newestSchemaVersion)
        result.verdict = Verdict::Newer;
    if (result.verdict == Verdict::Usable)
        return result; // Database opens it next, and uses whatever index SQLite built

    // A read-only connection to a database whose log was left by a crash builds a fresh -shm index.
    // Nobody else was using the database (the index would exist otherwise), and Dewey will not open
    // a refused file, so remove it: a refused file's folder is left as it was found.
    for (const QString& sidecar : existingSidecars(path)) {
        if (!sidecarsBefore.contains(sidecar)) {
            qCDebug(lcDb) << "Removing" << sidecar << "created while checking the database";
            QFile::remove(sidecar);
        }
    }
    return result;
}

} // namespace Dewey
