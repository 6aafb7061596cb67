#pragma once

#include "server/WebhookResponder.h"
#include "stripe/Sale.h"
#include "stripe/SalesLedger.h"
#include "stripe/StripeEventMapper.h"
#include "stripe/StripeSignature.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

class QHttpServerRequest;

namespace Dewey {

class IClock;
class LineItemsSource;
class SalesLedgerWriter;
class SecretStore;
class Settings;

// The one path every Stripe event takes, whether it came by webhook or by catch-up:
// verify (webhooks only) → map → record in one SQLite transaction → answer → then the slow part
// (line items from the Stripe API) → the ledger announces the sale (SalesLedger::saleRecorded).
//
// Webhooks that arrive together are recorded together: each is verified and mapped at once, then
// committed with the others waiting (one transaction, one disk flush) and all answered after it
// (group commit). With a SalesLedgerWriter each goes to the writer at once and the writer groups
// what arrives during a commit; without one, the deliveries read in the same turn of the event loop
// form a batch. Nothing is answered 2xx before its commit.
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
    // Answers deliveries still waiting for their commit with 503 (Stripe retries them).
    ~StripeWebhookIntake() override;

    // The Stripe API client, once there is one (null: sales alert without product names).
    void setLineItemsSource(LineItemsSource* lineItems) { m_lineItems = lineItems; }
    // Commits webhook batches on the writer's thread (null: on this thread, between reads).
    void setWriter(SalesLedgerWriter* writer) { m_writer = writer; }

    // The WebhookReceiver handler: reads only the raw body and the Stripe-Signature header, and
    // answers through the responder once the event is committed (or at once when nothing is written).
    void handleRequest(const QHttpServerRequest& request, WebhookResponder responder);
    // The same for one delivery, committed before it returns (tests, tools).
    HttpReply handleDelivery(const QByteArray& signatureHeader, const QByteArray& body);
    int waitingDeliveries() const { return int(m_waiting.size()); }

    // Feeds already verified events (catch-up from the Events API): one transaction for all of them.
    IngestResult ingestEvent(const QJsonObject& event, EventSource source);
    QList<IngestResult> ingestEvents(const QList<QJsonObject>& events, EventSource source);

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
    struct Verified
    {
        std::optional<HttpReply> refusal; // set when the delivery is refused before mapping
        QJsonObject event;
    };
    struct WaitingDelivery
    {
        StripeEventMapper::Mapping mapping;
        WebhookResponder responder;
    };

    // A batch of events between mapping and their results: what to write, and what is known already.
    struct Prepared
    {
        EventSource source = EventSource::Webhook;
        QList<StripeEventMapper::Mapping> mappings;
        QList<IngestResult> results; // final for events that write nothing
        QList<qsizetype> writeOf;    // index into writes, -1 when nothing is written
        QList<SalesLedger::Write> writes;
    };

    Verified verify(const QByteArray& signatureHeader, const QByteArray& body);
    Prepared prepare(const QList<StripeEventMapper::Mapping>& mappings, EventSource source);
    QList<IngestResult> finish(Prepared& prepared, const QList<SalesLedger::WriteResult>& written);
    QList<IngestResult> ingestMapped(const QList<StripeEventMapper::Mapping>& mappings, EventSource source);
    HttpReply answer(const IngestResult& result);
    void commitWaiting();
    void commitOnWriter(std::vector<WaitingDelivery> batch);
    static QList<StripeEventMapper::Mapping> mappingsOf(const std::vector<WaitingDelivery>& batch);
    void answerBatch(std::vector<WaitingDelivery>& batch, const QList<IngestResult>& results);
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
    SalesLedgerWriter* m_writer = nullptr;
    std::vector<WaitingDelivery> m_waiting;
    bool m_commitScheduled = false;
};

} // namespace Dewey
