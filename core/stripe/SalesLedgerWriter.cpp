#include "stripe/SalesLedgerWriter.h"

#include "db/Database.h"

#include <memory>
#include <utility>

namespace Dewey {

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
        m_ledger = std::make_unique<SalesLedger>(*m_database, m_clock);
        return true;
    }

    QList<SalesLedger::WriteResult> write(const QList<SalesLedger::Write>& writes)
    {
        return m_ledger->writeSilently(writes);
    }

    void close()
    {
        m_ledger.reset();
        m_database.reset();
    }

private:
    QString m_path;
    const IClock& m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SalesLedger> m_ledger;
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
