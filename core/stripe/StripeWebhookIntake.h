#pragma once

#include "stripe/Sale.h"
#include "stripe/StripeEventMapper.h"
#include "stripe/StripeSignature.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>

class QHttpServerRequest;

namespace Dewey {

class IClock;
class LineItemsSource;
class SalesLedger;
class SecretStore;
class Settings;

// The one path every Stripe event takes, whether it came by webhook or by catch-up:
// verify (webhooks only) → map → record in one SQLite transaction → answer → then the slow part
// (line items from the Stripe API) → the ledger announces the sale (SalesLedger::saleRecorded).
class StripeWebhookIntake : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Recorded,      // a new sale
        StatusChanged, // a sale was marked refunded or disputed (or back to recorded), or will be
        Duplicate,     // the event, or another event for the same purchase, was already recorded
        Ignored,       // not alert-worthy (unknown type, unpaid session, …): acknowledged
        Unsupported,   // a thin event: acknowledged and logged
        Invalid,       // not a usable Stripe event or signature: refused, nothing recorded
        Unavailable,   // no signing secret configured: refused so that Stripe retries later
        StorageFailed, // the database refused the write: refused so that Stripe retries
    };
    Q_ENUM(Outcome)

    struct IngestResult
    {
        Outcome outcome = Outcome::Ignored;
        QString reason; // short, for the log and the HTTP body; never contains buyer data
        qint64 saleId = 0;

        // Whether Stripe should stop retrying (answer 2xx).
        bool acknowledged() const
        {
            return outcome != Outcome::Invalid && outcome != Outcome::Unavailable &&
                   outcome != Outcome::StorageFailed;
        }
    };

    // What the HTTP handler answers, kept apart from QHttpServer so it is easy to test.
    struct HttpReply
    {
        int status = 200;
        QByteArray body;
    };

    // lineItems may be null (no Stripe API client): sales then alert without product names.
    StripeWebhookIntake(SalesLedger& ledger, const SecretStore& secrets, const Settings& settings,
                        const IClock& clock, LineItemsSource* lineItems, QObject* parent = nullptr);
    ~StripeWebhookIntake() override;

    // The Stripe API client, once there is one (null: sales alert without product names).
    void setLineItemsSource(LineItemsSource* lineItems) { m_lineItems = lineItems; }

    // The WebhookReceiver handler: the raw body and the Stripe-Signature header are all it reads.
    QHttpServerResponse handleRequest(const QHttpServerRequest& request);
    HttpReply handleDelivery(const QByteArray& signatureHeader, const QByteArray& body);

    // Feeds an already verified event (catch-up from the Events API, or a webhook after verification).
    IngestResult ingestEvent(const QJsonObject& event, EventSource source);

    // After a restart: finishes sales that were recorded but not announced yet (the app stopped while
    // their line items were being fetched).
    void resumePendingSales();

    // Line-item fetches that have not called back yet.
    int pendingLineItemFetches() const { return m_pendingFetches; }

signals:
    // A delivery was refused (bad signature, stale timestamp, not JSON, …). Repeated signature
    // failures usually mean the signing secret in Dewey is not the one Stripe uses.
    void deliveryRejected(const QString& reason);
    // Every event that was acknowledged, for the status bar ("last event 2 min ago").
    void eventAcknowledged(const QString& eventId, Dewey::StripeWebhookIntake::Outcome outcome);
    // All pending line-item fetches have called back (tests and shutdown wait on this).
    void idle();

private:
    const StripeEventMapper& mapper();
    void fetchLineItems(qint64 saleId, const QString& sessionId);
    void finishLineItems(qint64 saleId, bool ok, const QList<SaleItem>& items, const QString& error);
    bool canFetchLineItems() const;

    SalesLedger& m_ledger;
    const SecretStore& m_secrets;
    const Settings& m_settings;
    LineItemsSource* m_lineItems = nullptr;
    StripeSignature m_signature;
    std::optional<StripeEventMapper> m_mapper; // rebuilt when a setting it uses changes
    int m_pendingFetches = 0;
};

} // namespace Dewey
