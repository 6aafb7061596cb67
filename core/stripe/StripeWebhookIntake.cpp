#include "stripe/StripeWebhookIntake.h"

#include "log/LogCategories.h"
#include "secrets/SecretStore.h"
#include "server/HttpCompat.h"
#include "settings/Settings.h"
#include "stripe/LineItemsSource.h"
#include "stripe/SalesLedger.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTimer>

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

QHttpServerResponse StripeWebhookIntake::handleRequest(const QHttpServerRequest& request)
{
    const HttpReply reply = handleDelivery(
        HttpCompat::requestHeader(request, QByteArrayLiteral("Stripe-Signature")), request.body());
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), reply.body + '\n',
                               static_cast<QHttpServerResponse::StatusCode>(reply.status));
}

StripeWebhookIntake::HttpReply StripeWebhookIntake::handleDelivery(const QByteArray& signatureHeader,
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
        return {status, verified.reason.toUtf8()};
    }
    if (verified.matchedSecret == 1)
        qCInfo(lcWebhook) << "A delivery was signed with the previous signing secret";

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        const QString reason = tr("The body is not a JSON object");
        qCWarning(lcWebhook).noquote() << "Refused a webhook delivery:" << reason << parseError.errorString();
        emit deliveryRejected(reason);
        return {400, reason.toUtf8()};
    }

    const IngestResult result = ingestEvent(document.object(), EventSource::Webhook);
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

StripeWebhookIntake::IngestResult StripeWebhookIntake::ingestEvent(const QJsonObject& event,
                                                                   EventSource source)
{
    const StripeEventMapper::Mapping mapping = mapper().map(event);
    IngestResult result;
    switch (mapping.action) {
    case StripeEventMapper::Action::Invalid:
        qCWarning(lcWebhook).noquote() << "Refused event" << mapping.eventId << ":" << mapping.reason;
        return {Outcome::Invalid, mapping.reason, 0};
    case StripeEventMapper::Action::Unsupported:
        qCWarning(lcWebhook).noquote() << "Acknowledged unsupported event" << mapping.eventId
                                       << mapping.eventType << ":" << mapping.reason;
        result = {Outcome::Unsupported, mapping.reason, 0};
        break;
    case StripeEventMapper::Action::Ignore:
        qCDebug(lcWebhook).noquote() << "Ignored event" << mapping.eventId << mapping.eventType << ":"
                                     << mapping.reason;
        result = {Outcome::Ignored, mapping.reason, 0};
        break;
    case StripeEventMapper::Action::NewSale: {
        Sale sale = mapping.sale;
        sale.source = source;
        const bool itemsPending = mapping.needsLineItems && canFetchLineItems();
        const SalesLedger::WriteResult written =
            m_ledger.recordSale(sale, mapping.keys, mapping.eventType, itemsPending);
        switch (written.status) {
        case SalesLedger::WriteStatus::Written:
            qCInfo(lcWebhook).noquote() << "Recorded sale" << written.sale.id << "from" << mapping.eventType
                                        << mapping.eventId << "via" << eventSourceName(source);
            if (itemsPending) {
                // After the answer to Stripe has been written: this runs from the event loop.
                const qint64 saleId = written.sale.id;
                const QString sessionId = mapping.checkoutSessionId;
                ++m_pendingFetches;
                QTimer::singleShot(0, this, [this, saleId, sessionId] { fetchLineItems(saleId, sessionId); });
            }
            result = {Outcome::Recorded, {}, written.sale.id};
            break;
        case SalesLedger::WriteStatus::DuplicateEvent:
        case SalesLedger::WriteStatus::DuplicatePurchase:
        case SalesLedger::WriteStatus::NoMatchingSale:
            qCDebug(lcWebhook).noquote() << "Duplicate event" << mapping.eventId << mapping.eventType;
            result = {Outcome::Duplicate, {}, written.sale.id};
            break;
        case SalesLedger::WriteStatus::Failed:
            return {Outcome::StorageFailed, written.error, 0};
        }
        break;
    }
    case StripeEventMapper::Action::StatusChange: {
        const SalesLedger::WriteResult written = m_ledger.recordStatusEvent(
            mapping.eventId, mapping.eventType, mapping.created, mapping.keys, mapping.status, source);
        switch (written.status) {
        case SalesLedger::WriteStatus::Written:
        case SalesLedger::WriteStatus::NoMatchingSale:
            qCInfo(lcWebhook).noquote()
                << "Sale status" << saleStatusName(mapping.status) << "from" << mapping.eventType
                << mapping.eventId
                << (written.sale.id ? QString() : QStringLiteral("(sale not recorded yet)"));
            result = {Outcome::StatusChanged, {}, written.sale.id};
            break;
        case SalesLedger::WriteStatus::DuplicateEvent:
        case SalesLedger::WriteStatus::DuplicatePurchase:
            result = {Outcome::Duplicate, {}, written.sale.id};
            break;
        case SalesLedger::WriteStatus::Failed:
            return {Outcome::StorageFailed, written.error, 0};
        }
        break;
    }
    }
    emit eventAcknowledged(mapping.eventId, result.outcome);
    return result;
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
