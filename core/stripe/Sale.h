#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Dewey {

// How an event reached Dewey. Caught-up events may be old, so whether they alert on stream is a
// separate decision (see the alert queue); webhooks are live.
enum class EventSource
{
    Webhook,
    CatchUp,
};

enum class SaleStatus
{
    Recorded,
    Refunded,
    Disputed,
};

// Which kind of Stripe object the sale was made from.
enum class SaleKind
{
    CheckoutSession,
    Invoice,
    PaymentIntent,
};

struct SaleItem
{
    QString name;
    qint64 quantity = 1;

    friend bool operator==(const SaleItem&, const SaleItem&) = default;
};

// One purchase as recorded in the ledger, already safe to show on stream: buyerName went through the
// privacy setting and the blocklist, and no email, phone or address is ever kept.
struct Sale
{
    qint64 id = 0;    // row id in the ledger; 0 until recorded
    QString eventId;  // the Stripe event that created the sale (evt_…)
    QString objectId; // cs_…, in_… or pi_…
    SaleKind kind = SaleKind::CheckoutSession;
    bool livemode = false;   // false: a test-mode purchase
    QDateTime created;       // when Stripe created the event, UTC
    QString buyerName;       // display name chosen by the privacy setting ("Someone" when anonymous)
    QList<SaleItem> items;   // empty when line items could not be fetched
    qint64 amountMinor = 0;  // in the currency's minor unit (cents, or yen for JPY)
    QString currency;        // lowercase ISO 4217 ("usd")
    QString formattedAmount; // "$64.00", "¥1,200"
    QString message;         // optional buyer message, blocklist applied; shown as text only
    SaleStatus status = SaleStatus::Recorded;
    EventSource source = EventSource::Webhook;

    friend bool operator==(const Sale&, const Sale&) = default;
};

// What identifies one purchase across Stripe's several events for it: a Checkout Session, the invoice
// it created, its PaymentIntent, or the first invoice of a subscription all name the same purchase.
struct PurchaseKeys
{
    QString objectId;        // cs_…, in_…, pi_…, ch_… (the object the event is about)
    QString paymentIntentId; // pi_… when known
    QString invoiceId;       // in_… when known
    QString subscriptionId;  // sub_… only for the purchase that started a subscription
};

// Stable lowercase names used in the database, JSON and the CLI ("recorded", "checkout_session", …).
QString saleStatusName(SaleStatus status);
bool saleStatusFromName(const QString& name, SaleStatus* status);
QString saleKindName(SaleKind kind);
bool saleKindFromName(const QString& name, SaleKind* kind);
QString eventSourceName(EventSource source);
bool eventSourceFromName(const QString& name, EventSource* source);

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::Sale)
