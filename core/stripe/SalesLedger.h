#pragma once

#include "stripe/Sale.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <optional>

namespace Dewey {

class Database;
class IClock;

// The durable record of Stripe events and the sales made from them (tables stripe_events and sales,
// migration 2). Every write is one transaction; the Stripe event id is unique, and so is the purchase
// (a Checkout Session, invoice or PaymentIntent), so redeliveries and sibling events change nothing.
//
// A new sale is recorded first and announced later (saleRecorded), once its line items are known or
// known to be unavailable, so the alert shows the product names when Stripe can give them.
class SalesLedger : public QObject
{
    Q_OBJECT

public:
    enum class WriteStatus
    {
        Written,           // recorded (or the status change applied)
        DuplicateEvent,    // this event id was already recorded: nothing changed
        DuplicatePurchase, // another event already recorded this purchase: event noted, no new sale
        NoMatchingSale,    // refund/dispute for a purchase not (yet) in the ledger: event noted
        Failed,            // the database refused the write: nothing changed
    };

    struct WriteResult
    {
        WriteStatus status = WriteStatus::Failed;
        Sale sale; // the recorded or changed sale, when there is one
        QString error;
    };

    // What identifies a purchase across Stripe's events for it.
    struct PurchaseKeys
    {
        QString objectId;        // cs_…, in_…, pi_… (unique among sales)
        QString paymentIntentId; // pi_… when known: Checkout, invoice and PaymentIntent sales share it
        QString invoiceId;       // in_… when known
    };

    struct Totals
    {
        int count = 0;                     // sales in the period that are not refunded
        QMap<QString, qint64> amountMinor; // per currency (lowercase ISO)
    };

    SalesLedger(Database& database, const IClock& clock, QObject* parent = nullptr);

    // Records a new sale and its event in one transaction. With itemsPending the sale waits for
    // completeSale(); otherwise saleRecorded is emitted (from the event loop, after the caller has
    // answered Stripe).
    WriteResult recordSale(const Sale& sale, const PurchaseKeys& keys, const QString& eventType,
                           bool itemsPending);

    // Marks the sale of a purchase refunded / disputed / recorded again (dispute won), and records
    // the event, in one transaction. A status event that arrives before its sale is kept and applied
    // when the sale is recorded.
    WriteResult recordStatusEvent(const QString& eventId, const QString& eventType, const QDateTime& created,
                                  const PurchaseKeys& keys, SaleStatus status, EventSource source);

    // Stores the line items (empty when unavailable) and announces the sale (saleRecorded).
    bool completeSale(qint64 saleId, const QList<SaleItem>& items, QString* error = nullptr);
    // Sales recorded but not yet announced, oldest first.
    QList<Sale> pendingSales(QString* error = nullptr) const;

    bool containsEvent(const QString& eventId) const;
    // The newest Stripe event recorded (for catch-up's created[gt]); invalid when none.
    QDateTime newestEventCreated() const;

    // Newest first. An invalid `since` means all; limit <= 0 means no limit.
    QList<Sale> sales(const QDateTime& since = {}, int limit = 0, QString* error = nullptr) const;
    std::optional<Sale> sale(qint64 id) const;
    std::optional<Sale> saleForEvent(const QString& eventId) const;
    // Sales created in [from, to), refunded ones excluded.
    Totals totals(const QDateTime& from, const QDateTime& to) const;

signals:
    // A new sale is ready to alert on (items known or known to be unavailable).
    void saleRecorded(const Dewey::Sale& sale);
    // A recorded sale changed (items filled in, refunded, disputed).
    void saleChanged(const Dewey::Sale& sale);

private:
    Database& m_database;
    const IClock& m_clock;
};

} // namespace Dewey
