#pragma once

#include "stripe/SalesLedger.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace Dewey {

class IClock;

// Commits ledger batches on a thread of its own, through its own connection to the database, so the
// event loop keeps reading webhooks while SQLite waits for the disk. Deliveries that arrive during a
// commit form the next batch: one disk flush for all of them (group commit), however many there are.
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

    // Commits the batch (SalesLedger::writeSilently) and calls done on `context`'s thread with the
    // results; nothing is called when context is gone by then.
    void submit(const QList<SalesLedger::Write>& writes, QObject* context, Done done);

private:
    class Worker;

    QString m_databasePath;
    const IClock& m_clock;
    QThread m_thread;
    Worker* m_worker = nullptr;
};

} // namespace Dewey
