#include "TestSupport.h"
#include "db/Database.h"
#include "db/SchemaMigrations.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Dewey;
using Status = Database::OpenResult::Status;

namespace {

QList<Migration> testMigrations(int count = 2)
{
    const QList<Migration> all = {
        {1,
         QStringLiteral("Create entries"),
         {QStringLiteral("CREATE TABLE entries (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE applied (version INTEGER NOT NULL)"),
          QStringLiteral("INSERT INTO applied VALUES (1)")}},
        {2,
         QStringLiteral("Create tags"),
         {QStringLiteral("CREATE TABLE tags (name TEXT PRIMARY KEY)"),
          QStringLiteral("INSERT INTO applied VALUES (2)")}},
    };
    return all.first(count);
}

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool execute(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

QStringList sidecars(const QString& path)
{
    QStringList found;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found.append(QLatin1String(suffix));
    }
    return found;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A real Dewey database big enough to span many pages, closed cleanly.
QByteArray realDatabaseBytes(const QString& folder)
{
    const QString path = folder + QStringLiteral("/real.db");
    {
        Database db;
        if (!db.open(path, testMigrations()).ok())
            return {};
        execute(db, QStringLiteral("BEGIN"));
        for (int i = 0; i < 2000; ++i) {
            execute(db, QStringLiteral("INSERT INTO entries (text) VALUES ('entry %1 %2')")
                            .arg(i)
                            .arg(QString(80, QLatin1Char('x'))));
        }
        execute(db, QStringLiteral("CREATE INDEX entries_text ON entries (text)"));
        execute(db, QStringLiteral("COMMIT"));
    }
    QByteArray bytes = readFile(path);
    QFile::remove(path);
    return bytes;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

// Root (and some CI sandboxes) read and write through any permission bits; tests that need a
// "permission denied" cannot run there.
bool permissionBitsAreEnforced(const QString& folder)
{
    const QString probe = folder + QStringLiteral("/probe");
    QDir().mkdir(probe);
    QFile::setPermissions(probe, QFile::ReadOwner | QFile::ExeOwner);
    QFile file(probe + QStringLiteral("/file"));
    const bool enforced = !file.open(QIODevice::WriteOnly);
    file.close();
    QFile::setPermissions(probe, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDir(probe).removeRecursively();
    return enforced;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void freshDatabaseIsConfiguredAndMigrated();
    void appSchemaCreatesAppState();
    void reopeningKeepsDataWithoutRerunningMigrations();
    void newMigrationsApplyToOlderDatabase();
    void failingMigrationRollsBack();
    void invalidMigrationListIsRejectedBeforeWriting();
    void emptyFileBecomesDatabase();

    void newerSchemaIsRefusedUntouched_data();
    void newerSchemaIsRefusedUntouched();
    void damagedFileIsRefusedUntouched_data();
    void damagedFileIsRefusedUntouched();
    void unusablePathCannotOpen_data();
    void unusablePathCannotOpen();
    void deniedPermissionCannotOpen_data();
    void deniedPermissionCannotOpen();

    void twoInstancesShareOneFile();
    void instanceOnAnotherThread();
    void closeReleasesConnection();
};

void TestDatabase::init()
{
    // A connection dropped while still referenced leaves queries dead in the app.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
}

void TestDatabase::freshDatabaseIsConfiguredAndMigrated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    Database db;
    const auto result = db.open(path, testMigrations());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), path);
    QCOMPARE(db.schemaVersion(), 2);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(version) FROM applied")).toString(),
             QStringLiteral("1,2"));
}

void TestDatabase::appSchemaCreatesAppState()
{
    const QList<Migration>& migrations = schemaMigrations();
    QVERIFY(!migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations.at(i).version, int(i + 1));

    QTemporaryDir dir;
    Database db;
    const auto result = db.open(dir.filePath(QStringLiteral("dewey.db")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(db.schemaVersion(), migrations.constLast().version);
    QVERIFY(
        execute(db, QStringLiteral("INSERT INTO app_state (key, value, updated_at) VALUES ('a', 'b', 'c')")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM app_state WHERE key = 'a'")).toString(),
             QStringLiteral("b"));
}

void TestDatabase::reopeningKeepsDataWithoutRerunningMigrations()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    {
        Database db;
        QVERIFY(db.open(path, testMigrations()).ok());
        QVERIFY(execute(db, QStringLiteral("INSERT INTO entries (text) VALUES ('Airbnb code 4821')")));
    }
    QCOMPARE(sidecars(path), QStringList()); // a clean close folds the log back into the file

    Database db;
    const auto result = db.open(path, testMigrations());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(db.schemaVersion(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT text FROM entries")).toString(),
             QStringLiteral("Airbnb code 4821"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applied")).toInt(), 2);
}

void TestDatabase::newMigrationsApplyToOlderDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    {
        Database db;
        QVERIFY(db.open(path, testMigrations(1)).ok());
        QCOMPARE(db.schemaVersion(), 1);
    }
    Database db;
    const auto result = db.open(path, testMigrations(2));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(db.schemaVersion(), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(version) FROM applied")).toString(),
             QStringLiteral("1,2"));
}

void TestDatabase::failingMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    QList<Migration> migrations = testMigrations(1);
    migrations.append({2,
                       QStringLiteral("Create labels"),
                       {QStringLiteral("CREATE TABLE labels (name TEXT)"),
                        QStringLiteral("INSERT INTO nowhere VALUES (1)")}});
    {
        Database db;
        const auto result = db.open(path, migrations);
        QCOMPARE(result.status, Status::MigrationFailed);
        QVERIFY(!db.isOpen());
        QVERIFY2(result.error.contains(QStringLiteral("migration 2 (Create labels)")),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("no such table: nowhere")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QStringLiteral("schema 1")), qPrintable(result.error));
    }

    Database db;
    QVERIFY(db.open(path, testMigrations(1)).ok());
    QCOMPARE(db.schemaVersion(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'labels'")).toInt(),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applied")).toInt(), 1);
}

void TestDatabase::invalidMigrationListIsRejectedBeforeWriting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    QList<Migration> migrations = testMigrations(1);
    migrations.append({3, QStringLiteral("Skips a number"), {QStringLiteral("SELECT 1")}});
    Database db;
    QCOMPARE(db.open(path, migrations).status, Status::MigrationFailed);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::emptyFileBecomesDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    QVERIFY(writeFile(path, {}));
    Database db;
    const auto result = db.open(path, testMigrations());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(db.schemaVersion(), 2);
}

void TestDatabase::newerSchemaIsRefusedUntouched_data()
{
    QTest::addColumn<bool>("leftByCrash");
    QTest::addRow("closed cleanly") << false;
    // The newer Dewey's last changes are still in its write-ahead log, which the check must read.
    QTest::addRow("left by a crash") << true;
}

void TestDatabase::newerSchemaIsRefusedUntouched()
{
    QFETCH(bool, leftByCrash);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    {
        const QString source = dir.filePath(QStringLiteral("newer.db"));
        Database newer;
        QVERIFY(newer.open(source, testMigrations()).ok());
        QVERIFY(execute(newer, QStringLiteral("PRAGMA user_version = 99")));
        if (leftByCrash) {
            // Copying while the connection is open captures the file and its log as a crash leaves them.
            QVERIFY(QFile::copy(source, path));
            QVERIFY(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        } else {
            newer.close();
            QVERIFY(QFile::copy(source, path));
        }
    }
    const QStringList sidecarsBefore = sidecars(path);
    QCOMPARE(sidecarsBefore, leftByCrash ? QStringList{QStringLiteral("-wal")} : QStringList());
    const QByteArray digest = DeweyTest::fileDigest(path);
    const QByteArray walDigest = DeweyTest::fileDigest(path + QStringLiteral("-wal"));

    Database db;
    const auto result = db.open(path, testMigrations());
    QCOMPARE(result.status, Status::NewerSchema);
    QVERIFY(!db.isOpen());
    QVERIFY2(result.error.contains(QStringLiteral("schema 99")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("up to 2")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));

    QCOMPARE(DeweyTest::fileDigest(path), digest);
    QCOMPARE(DeweyTest::fileDigest(path + QStringLiteral("-wal")), walDigest);
    QCOMPARE(sidecars(path), sidecarsBefore);
}

void TestDatabase::damagedFileIsRefusedUntouched_data()
{
    QTemporaryDir scratch;
    const QByteArray real = realDatabaseBytes(scratch.path());
    QVERIFY(real.size() > 65536);

    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("random bytes") << randomBytes(8192, 7);
    QTest::addRow("text file") << QByteArray("Shopping list\n- hoodie ink\n- stream deck\n");
    QTest::addRow("shorter than a header") << QByteArray("SQLite format 3");
    QTest::addRow("header then garbage") << QByteArray("SQLite format 3\0", 16) + randomBytes(4080, 11);
    QTest::addRow("truncated database") << real.left(real.size() / 2);
    QTest::addRow("truncated to one page") << real.left(4096);

    QByteArray scribbled = real;
    scribbled.replace(4096, 8192, randomBytes(8192, 13));
    QTest::addRow("pages overwritten") << scribbled;
}

void TestDatabase::damagedFileIsRefusedUntouched()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    QVERIFY(writeFile(path, bytes));
    const QByteArray digest = DeweyTest::fileDigest(path);

    Database db;
    const auto result = db.open(path, testMigrations());
    QCOMPARE(result.status, Status::NotADatabase);
    QVERIFY(!db.isOpen());
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("left untouched")), qPrintable(result.error));

    QCOMPARE(DeweyTest::fileDigest(path), digest);
    QCOMPARE(sidecars(path), QStringList());
}

void TestDatabase::unusablePathCannotOpen_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<bool>("makeFolderAtPath");
    QTest::addRow("folder does not exist") << QStringLiteral("missing/dewey.db") << false;
    QTest::addRow("a folder in place of the file") << QStringLiteral("dewey.db") << true;
}

void TestDatabase::unusablePathCannotOpen()
{
    QFETCH(QString, relativePath);
    QFETCH(bool, makeFolderAtPath);
    QTemporaryDir dir;
    const QString path = dir.filePath(relativePath);
    if (makeFolderAtPath)
        QVERIFY(QDir().mkpath(path));

    Database db;
    const auto result = db.open(path, testMigrations());
    QCOMPARE(result.status, Status::CannotOpen);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!db.isOpen());
    QCOMPARE(QFileInfo(path).isDir(), makeFolderAtPath);
    QCOMPARE(QFileInfo(path).isFile(), false);
}

enum class Denied
{
    ReadingFile,
    WritingFile,
    WritingFolderNewDatabase,
    WritingFolderExistingDatabase
};

void TestDatabase::deniedPermissionCannotOpen_data()
{
    QTest::addColumn<Denied>("denied");
    QTest::addRow("unreadable file") << Denied::ReadingFile;
    QTest::addRow("read-only file") << Denied::WritingFile;
    QTest::addRow("read-only folder, new database") << Denied::WritingFolderNewDatabase;
    QTest::addRow("read-only folder, existing database") << Denied::WritingFolderExistingDatabase;
}

void TestDatabase::deniedPermissionCannotOpen()
{
    QFETCH(Denied, denied);
    QTemporaryDir dir;
    if (!permissionBitsAreEnforced(dir.path()))
        QSKIP("This process ignores permission bits (running as root?), so access cannot be denied.");

    const QString folder = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + QStringLiteral("/dewey.db");
    if (denied != Denied::WritingFolderNewDatabase) {
        Database existing;
        QVERIFY(existing.open(path, testMigrations()).ok());
    }
    const QByteArray digest = DeweyTest::fileDigest(path);

    const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, all);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    });
    switch (denied) {
    case Denied::ReadingFile:
        QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
        break;
    case Denied::WritingFile:
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        break;
    case Denied::WritingFolderNewDatabase:
    case Denied::WritingFolderExistingDatabase:
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        break;
    }

    Database db;
    const auto result = db.open(path, testMigrations());
    QCOMPARE(result.status, Status::CannotOpen);
    QVERIFY(!db.isOpen());
    QVERIFY2(result.error.contains(QStringLiteral("permissions")), qPrintable(result.error));

    QFile::setPermissions(folder, all);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(DeweyTest::fileDigest(path), digest);
    QCOMPARE(sidecars(path), QStringList());
}

void TestDatabase::twoInstancesShareOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    auto first = std::make_unique<Database>();
    Database second;
    QVERIFY(first->open(path, testMigrations()).ok());
    const auto result = second.open(path, testMigrations());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(first->connectionName() != second.connectionName());
    QCOMPARE(second.schemaVersion(), 2);

    QVERIFY(execute(*first, QStringLiteral("INSERT INTO entries (text) VALUES ('sponsor code DEWEY10')")));
    QCOMPARE(scalar(second, QStringLiteral("SELECT text FROM entries")).toString(),
             QStringLiteral("sponsor code DEWEY10"));
    QCOMPARE(scalar(second, QStringLiteral("SELECT count(*) FROM applied")).toInt(), 2);

    first.reset();
    QVERIFY(second.isOpen());
    QCOMPARE(scalar(second, QStringLiteral("SELECT count(*) FROM entries")).toInt(), 1);
}

void TestDatabase::instanceOnAnotherThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    Database db;
    QVERIFY(db.open(path, testMigrations()).ok());

    bool workerOpened = false;
    bool workerWrote = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Database own;
        workerOpened = own.open(path, testMigrations()).ok();
        workerWrote = workerOpened &&
                      execute(own, QStringLiteral("INSERT INTO entries (text) VALUES ('from a worker')"));
    }));
    worker->start();
    worker->wait();

    QVERIFY(workerOpened);
    QVERIFY(workerWrote);
    QCOMPARE(scalar(db, QStringLiteral("SELECT text FROM entries")).toString(),
             QStringLiteral("from a worker"));
}

void TestDatabase::closeReleasesConnection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dewey.db"));
    Database db(QStringLiteral("named-connection"));
    QVERIFY(db.open(path, testMigrations()).ok());
    QCOMPARE(db.connectionName(), QStringLiteral("named-connection"));
    QVERIFY(QSqlDatabase::contains(QStringLiteral("named-connection")));

    db.close();
    QVERIFY(!db.isOpen());
    QVERIFY(!db.connection().isValid());
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("named-connection")));
    QCOMPARE(sidecars(path), QStringList());

    QVERIFY(db.open(path, testMigrations()).ok());
    QCOMPARE(db.schemaVersion(), 2);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
