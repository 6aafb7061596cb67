#pragma once

#include "stripe/SalesLedger.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <mutex>
#include <vector>

namespace Dewey {

class IClock;

// Commits ledger writes on a thread of its own, through its own connection to the database, so the
// event loop keeps reading webhooks while SQLite waits for the disk. Everything submitted while a
// commit runs is committed together in the next transaction, as soon as that commit ends: one disk
// flush for all of them (group commit), with no wait for the event loop in between.
class SalesLedgerWriter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QList<SalesLedger::WriteResult>& results)>;

    SalesLedgerWriter(QString databasePath, const IClock& clock, QObject* parent = nullptr);
    // Waits for the batch being committed, then stops the thread.
    ~SalesLedgerWriter() override;

    // Opens the writer's connection; on failure *error says why.
    bool start(QString* error);
    bool isStarted() const { return m_worker != nullptr; }

    // Commits the writes (SalesLedger::writeSilently, together with whatever else is waiting) and calls
    // done on this object's thread with their results; nothing is called when context is gone by then.
    // Call from this object's thread.
    void submit(const QList<SalesLedger::Write>& writes, QObject* context, Done done);

private:
    class Worker;
    struct Job
    {
        QList<SalesLedger::Write> writes;
        QPointer<QObject> receiver;
        Done done;
    };

    void commitQueued();
    void deliver(std::vector<Job>& jobs, const QList<SalesLedger::WriteResult>& results);

    QString m_databasePath;
    const IClock& m_clock;
    QThread m_thread;
    Worker* m_worker = nullptr;
    std::mutex m_mutex; // guards the two below, shared with the writer's thread
    std::vector<Job> m_queue;
    bool m_commitPosted = false;
};

} // namespace Dewey
