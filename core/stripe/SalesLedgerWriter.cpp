#include "stripe/SalesLedgerWriter.h"

#include "db/Database.h"
#include "db/SqliteError.h"
#include "log/LogCategories.h"

#include <QSqlQuery>
#include <QTimer>

#include <memory>
#include <utility>

namespace Dewey {

namespace {

// SQLite's automatic checkpoint runs inside the COMMIT that crosses its threshold, so one sale in
// about a hundred waited for the database file to be written and synced too, and the UI thread's
// connection (the alert queue) could be the one to pay it just before showing an alert. The writer's
// connection checkpoints instead once sales stop arriving for a moment, or after so many events when
// they never stop: an event writes about a dozen pages, so the write-ahead log stays below the
// 1000 pages at which the other connections would checkpoint.
constexpr std::chrono::milliseconds kCheckpointWhenIdleFor{200};
constexpr qsizetype kMaxWritesBetweenCheckpoints = 40;

} // namespace

// Lives on the writer's thread; its database connection is opened and used there only.
class SalesLedgerWriter::Worker : public QObject
{
public:
    Worker(QString path, const IClock& clock)
        : m_path(std::move(path))
        , m_clock(clock)
    {}

    bool open(QString* error)
    {
        m_database = std::make_unique<Database>();
        const Database::OpenResult opened = m_database->open(m_path);
        if (!opened.ok()) {
            *error = opened.error;
            m_database.reset();
            return false;
        }
        QSqlQuery pragma(m_database->connection());
        if (!pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
            qCWarning(lcStripe) << "The ledger writer keeps automatic checkpoints:"
                                << sqliteErrorText(pragma.lastError());
        m_ledger = std::make_unique<SalesLedger>(*m_database, m_clock);
        // Closed before the database (close()), so the ledger may keep its statements prepared.
        m_ledger->keepStatementsPrepared();
        m_idle = std::make_unique<QTimer>();
        m_idle->setSingleShot(true);
        m_idle->setInterval(kCheckpointWhenIdleFor);
        connect(m_idle.get(), &QTimer::timeout, this, [this] { checkpoint(); });
        return true;
    }

    QList<SalesLedger::WriteResult> write(const QList<SalesLedger::Write>& writes)
    {
        return m_ledger->writeSilently(writes);
    }

    // After the results are on their way: the next batch may wait for a checkpoint, an answer never.
    void afterCommit(qsizetype writes)
    {
        m_writesSinceCheckpoint += writes;
        if (m_writesSinceCheckpoint >= kMaxWritesBetweenCheckpoints)
            checkpoint();
        else
            m_idle->start();
    }

    void close()
    {
        m_idle.reset();
        m_ledger.reset();
        m_database.reset();
    }

private:
    QString m_path;
    const IClock& m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SalesLedger> m_ledger;
    std::unique_ptr<QTimer> m_idle;
    qsizetype m_writesSinceCheckpoint = 0;

    void checkpoint()
    {
        m_idle->stop();
        m_writesSinceCheckpoint = 0;
        // PASSIVE: copies what no reader still needs, never waits for a reader or blocks a writer.
        QSqlQuery query(m_database->connection());
        if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCWarning(lcStripe) << "Ledger checkpoint failed:" << sqliteErrorText(query.lastError());
    }
};

SalesLedgerWriter::SalesLedgerWriter(QString databasePath, const IClock& clock, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("SalesLedgerWriter"));
}

SalesLedgerWriter::~SalesLedgerWriter()
{
    if (!m_worker)
        return;
    Worker* worker = m_worker;
    // Queued behind any batch still waiting, so those are committed first.
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

bool SalesLedgerWriter::start(QString* error)
{
    if (m_worker)
        return true;
    auto* worker = new Worker(m_databasePath, m_clock);
    worker->moveToThread(&m_thread);
    m_thread.start();
    bool opened = false;
    QString reason;
    QMetaObject::invokeMethod(
        worker, [&] { opened = worker->open(&reason); }, Qt::BlockingQueuedConnection);
    if (!opened) {
        m_thread.quit();
        m_thread.wait();
        delete worker;
        if (error)
            *error = reason;
        return false;
    }
    m_worker = worker;
    return true;
}

void SalesLedgerWriter::submit(const QList<SalesLedger::Write>& writes, QObject* context, Done done)
{
    bool post = false;
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back({writes, QPointer<QObject>(context), std::move(done)});
        post = !std::exchange(m_commitPosted, true);
    }
    // One posted commit at a time: writes submitted while it waits or runs join the next one.
    if (post)
        QMetaObject::invokeMethod(
            m_worker, [this] { commitQueued(); }, Qt::QueuedConnection);
}

void SalesLedgerWriter::commitQueued()
{
    // On the writer's thread.
    std::vector<Job> jobs;
    {
        const std::lock_guard lock(m_mutex);
        jobs = std::exchange(m_queue, {});
        m_commitPosted = false;
    }
    QList<SalesLedger::Write> writes;
    for (const Job& job : jobs)
        writes.append(job.writes);
    QList<SalesLedger::WriteResult> results = m_worker->write(writes);
    // The answers go out from this object's thread, where the contexts live.
    QMetaObject::invokeMethod(
        this,
        [this, jobs = std::move(jobs), results = std::move(results)]() mutable { deliver(jobs, results); },
        Qt::QueuedConnection);
    m_worker->afterCommit(writes.size());
}

void SalesLedgerWriter::deliver(std::vector<Job>& jobs, const QList<SalesLedger::WriteResult>& results)
{
    qsizetype first = 0;
    for (Job& job : jobs) {
        const qsizetype count = job.writes.size();
        if (job.receiver)
            job.done(results.mid(first, count));
        first += count;
    }
}

} // namespace Dewey
