#include "stripe/StripeWebhookIntake.h"

#include "log/LogCategories.h"
#include "secrets/SecretStore.h"
#include "server/HttpCompat.h"
#include "settings/Settings.h"
#include "stripe/LineItemsSource.h"
#include "stripe/SalesLedger.h"
#include "stripe/SalesLedgerWriter.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Dewey {

namespace {

QByteArray outcomeText(StripeWebhookIntake::Outcome outcome)
{
    switch (outcome) {
    case StripeWebhookIntake::Outcome::Recorded:
        return QByteArrayLiteral("recorded");
    case StripeWebhookIntake::Outcome::StatusChanged:
        return QByteArrayLiteral("status changed");
    case StripeWebhookIntake::Outcome::Duplicate:
        return QByteArrayLiteral("duplicate");
    case StripeWebhookIntake::Outcome::Ignored:
        return QByteArrayLiteral("ignored");
    case StripeWebhookIntake::Outcome::Unsupported:
        return QByteArrayLiteral("unsupported");
    case StripeWebhookIntake::Outcome::Invalid:
    case StripeWebhookIntake::Outcome::Unavailable:
    case StripeWebhookIntake::Outcome::StorageFailed:
        break;
    }
    return {};
}

} // namespace

QList<StripeEventMapper::Mapping> StripeWebhookIntake::mappingsOf(const std::vector<WaitingDelivery>& batch)
{
    QList<StripeEventMapper::Mapping> mappings;
    mappings.reserve(qsizetype(batch.size()));
    for (const WaitingDelivery& waiting : batch)
        mappings.append(waiting.mapping);
    return mappings;
}

StripeWebhookIntake::StripeWebhookIntake(SalesLedger& ledger, const SecretStore& secrets,
                                         const Settings& settings, const IClock& clock,
                                         LineItemsSource* lineItems, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_lineItems(lineItems)
    , m_signature(clock)
{
    connect(&settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::BuyerNameMode || key == SettingsKey::BlockedWords ||
            key == SettingsKey::BuyerMessageKey || key == SettingsKey::StripePaymentIntentSales) {
            m_mapper.reset();
        }
    });
}

// Deliveries still waiting are answered 503 by their responders.
StripeWebhookIntake::~StripeWebhookIntake() = default;

const StripeEventMapper& StripeWebhookIntake::mapper()
{
    if (!m_mapper) {
        StripeEventMapper::Options options;
        options.nameMode = m_settings.buyerNameMode();
        options.blockedWords = m_settings.blockedWords();
        options.messageKey = m_settings.buyerMessageKey();
        options.paymentIntentSales = m_settings.paymentIntentSales();
        m_mapper.emplace(options);
    }
    return *m_mapper;
}

StripeWebhookIntake::Verified StripeWebhookIntake::verify(const QByteArray& signatureHeader,
                                                          const QByteArray& body)
{
    m_signature.setToleranceSeconds(m_settings.signatureToleranceSeconds());
    const QByteArrayList secrets{m_secrets.value(SecretId::StripeWebhookSecret).toUtf8(),
                                 m_secrets.value(SecretId::StripeWebhookSecretPrevious).toUtf8()};
    const StripeSignature::Result verified = m_signature.verify(body, signatureHeader, secrets);
    if (!verified.ok()) {
        qCWarning(lcWebhook).noquote() << "Refused a webhook delivery:" << verified.reason;
        emit deliveryRejected(verified.reason);
        // Without a secret the delivery may be fine: 503 makes Stripe try again later.
        const int status = verified.status == StripeSignature::Status::NoSecret ? 503 : 400;
        return {HttpReply{status, verified.reason.toUtf8()}, {}};
    }
    if (verified.matchedSecret == 1)
        qCInfo(lcWebhook) << "A delivery was signed with the previous signing secret";

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        const QString reason = tr("The body is not a JSON object");
        qCWarning(lcWebhook).noquote() << "Refused a webhook delivery:" << reason << parseError.errorString();
        emit deliveryRejected(reason);
        return {HttpReply{400, reason.toUtf8()}, {}};
    }
    return {std::nullopt, document.object()};
}

StripeWebhookIntake::HttpReply StripeWebhookIntake::answer(const IngestResult& result)
{
    switch (result.outcome) {
    case Outcome::Invalid:
        emit deliveryRejected(result.reason);
        return {400, result.reason.toUtf8()};
    case Outcome::Unavailable:
        return {503, result.reason.toUtf8()};
    case Outcome::StorageFailed:
        return {500, result.reason.toUtf8()};
    default:
        return {200, outcomeText(result.outcome)};
    }
}

void StripeWebhookIntake::handleRequest(const QHttpServerRequest& request, WebhookResponder responder)
{
    const Verified verified =
        verify(HttpCompat::requestHeader(request, QByteArrayLiteral("Stripe-Signature")), request.body());
    if (verified.refusal) {
        responder.send(verified.refusal->status, verified.refusal->body + '\n');
        return;
    }
    StripeEventMapper::Mapping mapping = mapper().map(verified.event);
    if (mapping.action != StripeEventMapper::Action::NewSale &&
        mapping.action != StripeEventMapper::Action::StatusChange) {
        // Nothing to write: answered at once.
        const HttpReply reply = answer(ingestMapped({mapping}, EventSource::Webhook).first());
        responder.send(reply.status, reply.body + '\n');
        return;
    }
    if (m_writer) {
        // The writer groups whatever arrives while it commits into its next transaction.
        std::vector<WaitingDelivery> delivery;
        delivery.push_back({std::move(mapping), std::move(responder)});
        commitOnWriter(std::move(delivery));
        return;
    }
    m_waiting.push_back({std::move(mapping), std::move(responder)});
    if (!m_commitScheduled) {
        // A zero timer fires after the deliveries already received in this turn of the event loop
        // have been read, so they share one commit.
        m_commitScheduled = true;
        QTimer::singleShot(0, this, &StripeWebhookIntake::commitWaiting);
    }
}

void StripeWebhookIntake::commitWaiting()
{
    m_commitScheduled = false;
    if (m_waiting.empty())
        return;
    std::vector<WaitingDelivery> batch = std::exchange(m_waiting, {});
    if (m_writer) {
        commitOnWriter(std::move(batch));
        return;
    }
    answerBatch(batch, ingestMapped(mappingsOf(batch), EventSource::Webhook));
}

void StripeWebhookIntake::commitOnWriter(std::vector<WaitingDelivery> batch)
{
    auto prepared = std::make_shared<Prepared>(prepare(mappingsOf(batch), EventSource::Webhook));
    auto deliveries = std::make_shared<std::vector<WaitingDelivery>>(std::move(batch));
    m_writer->submit(prepared->writes, this,
                     [this, prepared, deliveries](const QList<SalesLedger::WriteResult>& written) {
                         // The sales are on disk: their alerts go out first (they are what the
                         // stream waits for), then the log lines and Stripe's answers, a fraction of a
                         // millisecond later.
                         m_ledger.announce(prepared->writes, written, SalesLedger::Announce::Now);
                         answerBatch(*deliveries, finish(*prepared, written));
                     });
}

void StripeWebhookIntake::answerBatch(std::vector<WaitingDelivery>& batch, const QList<IngestResult>& results)
{
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const HttpReply reply = answer(results.at(qsizetype(i)));
        batch[i].responder.send(reply.status, reply.body + '\n');
    }
}

StripeWebhookIntake::HttpReply StripeWebhookIntake::handleDelivery(const QByteArray& signatureHeader,
                                                                   const QByteArray& body)
{
    const Verified verified = verify(signatureHeader, body);
    if (verified.refusal)
        return *verified.refusal;
    return answer(ingestMapped({mapper().map(verified.event)}, EventSource::Webhook).first());
}

StripeWebhookIntake::IngestResult StripeWebhookIntake::ingestEvent(const QJsonObject& event,
                                                                   EventSource source)
{
    return ingestEvents({event}, source).first();
}

QList<StripeWebhookIntake::IngestResult> StripeWebhookIntake::ingestEvents(const QList<QJsonObject>& events,
                                                                           EventSource source)
{
    QList<StripeEventMapper::Mapping> mappings;
    mappings.reserve(events.size());
    for (const QJsonObject& event : events)
        mappings.append(mapper().map(event));
    return ingestMapped(mappings, source);
}

StripeWebhookIntake::Prepared StripeWebhookIntake::prepare(const QList<StripeEventMapper::Mapping>& mappings,
                                                           EventSource source)
{
    Prepared prepared;
    prepared.source = source;
    prepared.mappings = mappings;
    prepared.results = QList<IngestResult>(mappings.size());
    prepared.writeOf = QList<qsizetype>(mappings.size(), -1);
    for (qsizetype i = 0; i < mappings.size(); ++i) {
        const StripeEventMapper::Mapping& mapping = mappings.at(i);
        switch (mapping.action) {
        case StripeEventMapper::Action::Invalid:
            qCWarning(lcWebhook).noquote() << "Refused event" << mapping.eventId << ":" << mapping.reason;
            prepared.results[i] = {Outcome::Invalid, mapping.reason, 0};
            break;
        case StripeEventMapper::Action::Unsupported:
            qCWarning(lcWebhook).noquote() << "Acknowledged unsupported event" << mapping.eventId
                                           << mapping.eventType << ":" << mapping.reason;
            prepared.results[i] = {Outcome::Unsupported, mapping.reason, 0};
            break;
        case StripeEventMapper::Action::Ignore:
            qCDebug(lcWebhook).noquote()
                << "Ignored event" << mapping.eventId << mapping.eventType << ":" << mapping.reason;
            prepared.results[i] = {Outcome::Ignored, mapping.reason, 0};
            break;
        case StripeEventMapper::Action::NewSale: {
            Sale sale = mapping.sale;
            sale.source = source;
            prepared.writeOf[i] = prepared.writes.size();
            prepared.writes.append(SalesLedger::Write::newSale(
                sale, mapping.keys, mapping.eventType, mapping.needsLineItems && canFetchLineItems()));
            break;
        }
        case StripeEventMapper::Action::StatusChange:
            prepared.writeOf[i] = prepared.writes.size();
            prepared.writes.append(SalesLedger::Write::statusChange(
                mapping.eventId, mapping.eventType, mapping.created, mapping.keys, mapping.status, source));
            break;
        }
    }
    return prepared;
}

QList<StripeWebhookIntake::IngestResult>
StripeWebhookIntake::finish(Prepared& prepared, const QList<SalesLedger::WriteResult>& written)
{
    for (qsizetype i = 0; i < prepared.mappings.size(); ++i) {
        const StripeEventMapper::Mapping& mapping = prepared.mappings.at(i);
        const qsizetype writeIndex = prepared.writeOf.at(i);
        if (writeIndex >= 0) {
            const SalesLedger::WriteResult& result = written.at(writeIndex);
            const bool isSale = mapping.action == StripeEventMapper::Action::NewSale;
            switch (result.status) {
            case SalesLedger::WriteStatus::Written:
            case SalesLedger::WriteStatus::NoMatchingSale:
                if (isSale) {
                    qCInfo(lcWebhook).noquote()
                        << "Recorded sale" << result.sale.id << "from" << mapping.eventType << mapping.eventId
                        << "via" << eventSourceName(prepared.source);
                    if (prepared.writes.at(writeIndex).itemsPending) {
                        // After the answer to Stripe has been written: this runs from the event loop.
                        const qint64 saleId = result.sale.id;
                        const QString sessionId = mapping.checkoutSessionId;
                        ++m_pendingFetches;
                        QTimer::singleShot(0, this,
                                           [this, saleId, sessionId] { fetchLineItems(saleId, sessionId); });
                    }
                    prepared.results[i] = {Outcome::Recorded, {}, result.sale.id};
                } else {
                    qCInfo(lcWebhook).noquote()
                        << "Sale status" << saleStatusName(mapping.status) << "from" << mapping.eventType
                        << mapping.eventId
                        << (result.sale.id ? QString() : QStringLiteral("(sale not recorded yet)"));
                    prepared.results[i] = {Outcome::StatusChanged, {}, result.sale.id};
                }
                break;
            case SalesLedger::WriteStatus::DuplicateEvent:
            case SalesLedger::WriteStatus::DuplicatePurchase:
                qCDebug(lcWebhook).noquote() << "Duplicate event" << mapping.eventId << mapping.eventType;
                prepared.results[i] = {Outcome::Duplicate, {}, result.sale.id};
                break;
            case SalesLedger::WriteStatus::Failed:
                prepared.results[i] = {Outcome::StorageFailed, result.error, 0};
                break;
            }
        }
        if (prepared.results.at(i).acknowledged())
            emit eventAcknowledged(mapping.eventId, prepared.results.at(i).outcome);
    }
    return prepared.results;
}

QList<StripeWebhookIntake::IngestResult>
StripeWebhookIntake::ingestMapped(const QList<StripeEventMapper::Mapping>& mappings, EventSource source)
{
    Prepared prepared = prepare(mappings, source);
    const QList<SalesLedger::WriteResult> written =
        prepared.writes.isEmpty() ? QList<SalesLedger::WriteResult>() : m_ledger.write(prepared.writes);
    return finish(prepared, written);
}

bool StripeWebhookIntake::canFetchLineItems() const
{
    return m_lineItems && m_lineItems->canFetch();
}

void StripeWebhookIntake::fetchLineItems(qint64 saleId, const QString& sessionId)
{
    if (!canFetchLineItems()) {
        finishLineItems(saleId, false, {}, tr("No Stripe API client"));
        return;
    }
    QPointer<StripeWebhookIntake> self(this);
    m_lineItems->fetchCheckoutLineItems(sessionId, [self, saleId](const LineItemsSource::Result& result) {
        if (self)
            self->finishLineItems(saleId, result.ok, result.items, result.error);
    });
}

void StripeWebhookIntake::finishLineItems(qint64 saleId, bool ok, const QList<SaleItem>& items,
                                          const QString& error)
{
    if (!ok) {
        qCWarning(lcStripe).noquote()
            << "No line items for sale" << saleId << "(it alerts without product names):" << error;
    }
    m_ledger.completeSale(saleId, ok ? items : QList<SaleItem>{});
    if (--m_pendingFetches == 0)
        emit idle();
}

void StripeWebhookIntake::resumePendingSales()
{
    for (const Sale& sale : m_ledger.pendingSales()) {
        ++m_pendingFetches;
        if (sale.kind == SaleKind::CheckoutSession && canFetchLineItems())
            fetchLineItems(sale.id, sale.objectId);
        else
            finishLineItems(sale.id, false, {}, tr("Line items cannot be fetched"));
    }
}

} // namespace Dewey
