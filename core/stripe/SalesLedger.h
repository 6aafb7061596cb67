#pragma once

#include "stripe/Sale.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Dewey {

class Database;
class IClock;

// The durable record of Stripe events and the sales made from them (tables stripe_events and sales,
// migration 2). Every write is one IMMEDIATE transaction; the Stripe event id is unique, and so is the
// purchase (see PurchaseKeys), so redeliveries and sibling events change nothing, even when several
// connections write at once.
//
// A sale is announced (saleRecorded) once its line items are known or known to be unavailable: from the
// event loop after write() returns, or, for the webhook intake's writer thread, right after the commit
// and before Stripe is answered (announce(…, Announce::Now)), so the alert is not kept waiting.
class SalesLedger : public QObject
{
    Q_OBJECT

public:
    enum class WriteStatus
    {
        Written,           // recorded (or the status change applied)
        DuplicateEvent,    // this event id was already recorded: nothing changed
        DuplicatePurchase, // another event already recorded this purchase: event noted, no new sale
        NoMatchingSale,    // refund/dispute for a purchase not (yet) in the ledger: kept for later
        Failed,            // the database refused the write: nothing changed
    };

    struct WriteResult
    {
        WriteStatus status = WriteStatus::Failed;
        Sale sale; // the recorded or changed sale, when there is one
        QString error;
        bool statusChanged = false; // a status event changed the sale's status
    };

    // One event's change to the ledger.
    struct Write
    {
        enum class Kind
        {
            NewSale,
            StatusChange,
        };
        Kind kind = Kind::NewSale;
        Sale sale; // NewSale
        QString eventId;
        QString eventType;
        QDateTime created;
        EventSource source = EventSource::Webhook;
        PurchaseKeys keys;
        SaleStatus status = SaleStatus::Recorded; // StatusChange
        bool itemsPending = false;                // NewSale: wait for completeSale() before announcing

        static Write newSale(const Sale& sale, const PurchaseKeys& keys, const QString& eventType,
                             bool itemsPending);
        static Write statusChange(const QString& eventId, const QString& eventType, const QDateTime& created,
                                  const PurchaseKeys& keys, SaleStatus status, EventSource source);
    };

    struct Totals
    {
        int count = 0;                     // sales in the period that are not refunded
        QMap<QString, qint64> amountMinor; // per currency (lowercase ISO)
    };

    SalesLedger(Database& database, const IClock& clock, QObject* parent = nullptr);
    ~SalesLedger() override;

    // Records several events in one transaction (one disk flush for all: group commit), in order, so an
    // event repeated within the batch is a duplicate of the first. All or nothing: on a database error
    // every result is Failed.
    QList<WriteResult> write(const QList<Write>& writes);
    // write() in two halves, for a writer on another thread (SalesLedgerWriter): the commit on that
    // thread's connection, then the announcements (saleRecorded, saleChanged) from this ledger.
    QList<WriteResult> writeSilently(const QList<Write>& writes);
    // Queued: the signals come from the event loop, after the caller returned. Now: before announce()
    // returns, for a caller that wants the alert on its way before it does anything else.
    enum class Announce
    {
        Queued,
        Now
    };
    void announce(const QList<Write>& writes, const QList<WriteResult>& results,
                  Announce when = Announce::Queued);
    // Keeps the statements of write() prepared from one transaction to the next, so SQLite parses
    // each once instead of once per event. They hold the connection: only for a ledger destroyed
    // before its database is closed (SalesLedgerWriter's). Otherwise they are dropped after each write.
    void keepStatementsPrepared() { m_keepStatements = true; }

    // Records a new sale and its event in one transaction. With itemsPending the sale waits for
    // completeSale(); otherwise it is announced right away (queued).
    WriteResult recordSale(const Sale& sale, const PurchaseKeys& keys, const QString& eventType,
                           bool itemsPending);

    // Marks the sale of a purchase refunded / disputed / recorded again (dispute won) and records the
    // event, in one transaction. A status event that arrives before its sale is kept and applied when
    // the sale is recorded.
    WriteResult recordStatusEvent(const QString& eventId, const QString& eventType, const QDateTime& created,
                                  const PurchaseKeys& keys, SaleStatus status, EventSource source);

    // Stores the line items (none: unavailable) and announces the sale (saleRecorded, synchronously).
    bool completeSale(qint64 saleId, const QList<SaleItem>& items, QString* error = nullptr);
    // Sales recorded but not yet announced, oldest first.
    QList<Sale> pendingSales(QString* error = nullptr) const;

    bool containsEvent(const QString& eventId) const;
    // The newest Stripe event recorded (for catch-up's created[gt]); invalid when none.
    QDateTime newestEventCreated() const;

    // Newest first. An invalid `since` means all; limit <= 0 means no limit.
    QList<Sale> sales(const QDateTime& since = {}, int limit = 0, QString* error = nullptr) const;
    // Where a page of salesPage() ended: the last sale's created time and id.
    struct PageCursor
    {
        QDateTime created;
        qint64 id = 0;
    };
    // Up to `limit` sales newest first, created at or after `since` (invalid: all), strictly after
    // `after` in that order (nullopt: from the newest). Pages by key, so each page costs the same
    // however deep the history is scrolled.
    QList<Sale> salesPage(const QDateTime& since, const std::optional<PageCursor>& after, int limit,
                          QString* error = nullptr) const;
    std::optional<Sale> sale(qint64 id) const;
    std::optional<Sale> saleForEvent(const QString& eventId) const;
    // Sales created in [from, to), refunded ones excluded.
    Totals totals(const QDateTime& from, const QDateTime& to, QString* error = nullptr) const;

signals:
    // A new sale is ready to alert on (items known or known to be unavailable).
    void saleRecorded(const Dewey::Sale& sale);
    // A recorded sale changed (refunded, disputed, dispute won).
    void saleChanged(const Dewey::Sale& sale);

private:
    bool begin(QString* error);
    void rollback();
    bool commit(QString* error);
    WriteResult insertSale(const Write& write, QString* error);
    WriteResult applyStatus(const Write& write, QString* error);
    QList<Sale> querySales(const QString& where, const QVariantList& values, const QString& tail,
                           QString* error) const;
    bool insertEvent(const QString& eventId, const QString& eventType, const QDateTime& created,
                     EventSource source, const QString& outcome, qint64 saleId, const PurchaseKeys& keys,
                     const QString& status, QString* error);
    qint64 findPurchase(const PurchaseKeys& keys, bool* failed, QString* error);
    bool hasEvent(const QString& eventId);
    // The write path's statement for `sql`, prepared once per transaction (or once, see
    // keepStatementsPrepared()). Null when it cannot be prepared; *error then says why.
    QSqlQuery* statement(const QString& sql, QString* error);
    void resetStatements();

    Database& m_database;
    const IClock& m_clock;
    bool m_keepStatements = false;
    // std::map: a statement stays where it is while others are added.
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace Dewey
