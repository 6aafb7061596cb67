#include "stripe/SalesLedgerWriter.h"

#include "db/Database.h"

#include <QPointer>

#include <memory>

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
    Worker* worker = m_worker;
    // The results come back through this object (on its own thread), where the context is checked:
    // a QPointer must not be read from the worker thread.
    QPointer<QObject> receiver(context);
    QMetaObject::invokeMethod(
        worker,
        [this, worker, writes, receiver, done = std::move(done)] {
            const QList<SalesLedger::WriteResult> results = worker->write(writes);
            QMetaObject::invokeMethod(
                this,
                [receiver, done, results] {
                    if (receiver)
                        done(results);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Dewey
