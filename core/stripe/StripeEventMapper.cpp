#include "stripe/StripeEventMapper.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Dewey {

namespace {

// Expandable fields are either an id or the expanded object.
QString idOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("id")).toString();
    return {};
}

bool integerOf(const QJsonValue& value, qint64* result)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number != double(qint64(number)))
        return false;
    *result = qint64(number);
    return true;
}

QString textAt(const QJsonObject& object, QLatin1String path)
{
    QJsonValue value = object;
    for (const QString& part : QString(path).split(QLatin1Char('.'))) {
        value = value.toObject().value(part);
    }
    return value.isString() ? value.toString() : QString();
}

bool isCurrencyCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{3}$"));
    return pattern.match(code).hasMatch();
}

// Invoice lines of subscriptions read "1 × Hoodie (at $32.00 / month)": the product name is inside.
QString invoiceLineName(const QString& description)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d+\\s*[×x]\\s*(.+?)(?:\\s*\\(at .*\\))?$"));
    const QRegularExpressionMatch match = pattern.match(description);
    return match.hasMatch() ? match.captured(1) : description;
}

QList<SaleItem> itemsOf(const QJsonValue& list, bool invoiceLines)
{
    QList<SaleItem> items;
    for (const QJsonValue& entry : list.toObject().value(QLatin1String("data")).toArray()) {
        const QJsonObject line = entry.toObject();
        SaleItem item;
        item.name = line.value(QLatin1String("description")).toString().simplified();
        if (invoiceLines)
            item.name = invoiceLineName(item.name);
        if (!integerOf(line.value(QLatin1String("quantity")), &item.quantity) || item.quantity < 1)
            item.quantity = 1;
        if (!item.name.isEmpty())
            items.append(item);
    }
    return items;
}

} // namespace

StripeEventMapper::StripeEventMapper(Options options)
    : m_options(std::move(options))
    , m_privacy(m_options.nameMode, WordBlocklist(m_options.blockedWords))
    , m_formatter(m_options.locale)
{}

QStringList StripeEventMapper::handledEventTypes(bool paymentIntentSales)
{
    QStringList types{
        QStringLiteral("checkout.session.completed"),
        QStringLiteral("checkout.session.async_payment_succeeded"),
        QStringLiteral("invoice.paid"),
        QStringLiteral("charge.refunded"),
        QStringLiteral("charge.dispute.created"),
        QStringLiteral("charge.dispute.closed"),
    };
    if (paymentIntentSales)
        types << QStringLiteral("payment_intent.succeeded") << QStringLiteral("charge.succeeded");
    return types;
}

StripeEventMapper::Mapping StripeEventMapper::map(const QJsonObject& event) const
{
    Mapping mapping;
    mapping.eventId = event.value(QLatin1String("id")).toString();
    mapping.eventType = event.value(QLatin1String("type")).toString();
    if (event.value(QLatin1String("object")).toString() == QLatin1String("v2.core.event")) {
        mapping.action = Action::Unsupported;
        mapping.reason = tr("Thin events are not supported; use a snapshot event destination");
        return mapping;
    }
    if (mapping.eventId.isEmpty() || mapping.eventType.isEmpty()) {
        mapping.action = Action::Invalid;
        mapping.reason = tr("Not a Stripe event (no id or type)");
        return mapping;
    }
    const QJsonObject object =
        event.value(QLatin1String("data")).toObject().value(QLatin1String("object")).toObject();
    qint64 created = 0;
    if (object.isEmpty() || !integerOf(event.value(QLatin1String("created")), &created) || created <= 0) {
        mapping.action = Action::Invalid;
        mapping.reason = tr("Not a Stripe event (no data.object or created)");
        return mapping;
    }
    // Not fromSecsSinceEpoch(secs, Qt::UTC): Qt 6.8 deprecates the time-spec overloads.
    mapping.created = QDateTime::fromSecsSinceEpoch(created).toUTC();
    mapping.livemode = event.value(QLatin1String("livemode")).toBool();

    const QString& type = mapping.eventType;
    if (type == QLatin1String("checkout.session.completed") ||
        type == QLatin1String("checkout.session.async_payment_succeeded")) {
        mapCheckoutSession(object, mapping);
    } else if (type == QLatin1String("invoice.paid")) {
        mapInvoice(object, mapping);
    } else if (type == QLatin1String("payment_intent.succeeded") ||
               type == QLatin1String("charge.succeeded")) {
        if (!m_options.paymentIntentSales) {
            mapping.reason = tr("PaymentIntent sales are turned off (Checkout and invoices report these)");
            return mapping;
        }
        if (type == QLatin1String("charge.succeeded"))
            mapCharge(object, mapping);
        else
            mapPaymentIntent(object, mapping);
    } else if (type == QLatin1String("charge.refunded")) {
        mapRefund(object, mapping);
    } else if (type == QLatin1String("charge.dispute.created") ||
               type == QLatin1String("charge.dispute.closed")) {
        mapDispute(object, type, mapping);
    } else {
        mapping.reason = tr("Event type %1 is not used by Dewey").arg(type);
        return mapping;
    }

    if (mapping.action == Action::NewSale) {
        Sale& sale = mapping.sale;
        sale.eventId = mapping.eventId;
        sale.objectId = mapping.keys.objectId;
        sale.livemode = mapping.livemode;
        sale.created = mapping.created;
        sale.status = SaleStatus::Recorded;
    }
    return mapping;
}

bool StripeEventMapper::fillAmount(qint64 amount, const QString& currency, Mapping& mapping) const
{
    if (!isCurrencyCode(currency) || amount < 0) {
        mapping.action = Action::Invalid;
        mapping.reason = tr("The %1 has no usable amount or currency").arg(mapping.eventType);
        return false;
    }
    mapping.sale.amountMinor = amount;
    mapping.sale.currency = currency;
    mapping.sale.formattedAmount = m_formatter.format(amount, currency);
    return true;
}

void StripeEventMapper::mapCheckoutSession(const QJsonObject& session, Mapping& mapping) const
{
    const QString paymentStatus = session.value(QLatin1String("payment_status")).toString();
    const QString mode = session.value(QLatin1String("mode")).toString();
    if (mode == QLatin1String("setup")) {
        mapping.reason = tr("Setup-mode Checkout Sessions are not purchases");
        return;
    }
    if (paymentStatus != QLatin1String("paid") && paymentStatus != QLatin1String("no_payment_required")) {
        mapping.reason = tr("The Checkout Session is not paid yet (%1)").arg(paymentStatus);
        return;
    }
    const QString sessionId = idOf(session.value(QLatin1String("id")));
    qint64 amount = 0;
    if (sessionId.isEmpty() || !integerOf(session.value(QLatin1String("amount_total")), &amount)) {
        mapping.action = Action::Invalid;
        mapping.reason = tr("The Checkout Session has no id or amount_total");
        return;
    }
    if (!fillAmount(amount, session.value(QLatin1String("currency")).toString(), mapping))
        return;

    mapping.action = Action::NewSale;
    mapping.keys.objectId = sessionId;
    mapping.keys.paymentIntentId = idOf(session.value(QLatin1String("payment_intent")));
    mapping.keys.invoiceId = idOf(session.value(QLatin1String("invoice")));
    if (mode == QLatin1String("subscription"))
        mapping.keys.subscriptionId = idOf(session.value(QLatin1String("subscription")));

    Sale& sale = mapping.sale;
    sale.kind = SaleKind::CheckoutSession;
    sale.buyerName = m_privacy.displayName(textAt(session, QLatin1String("customer_details.name")));

    QString message;
    if (!m_options.messageKey.isEmpty()) {
        for (const QJsonValue& field : session.value(QLatin1String("custom_fields")).toArray()) {
            const QJsonObject object = field.toObject();
            if (object.value(QLatin1String("key")).toString() == m_options.messageKey)
                message = textAt(object, QLatin1String("text.value"));
        }
        if (message.isEmpty())
            message =
                session.value(QLatin1String("metadata")).toObject().value(m_options.messageKey).toString();
    }
    sale.message = m_privacy.message(message);

    // Events carry line items only when someone expanded them; usually they come from the API.
    sale.items = itemsOf(session.value(QLatin1String("line_items")), false);
    if (sale.items.isEmpty()) {
        mapping.needsLineItems = true;
        mapping.checkoutSessionId = sessionId;
    }
}

void StripeEventMapper::mapInvoice(const QJsonObject& invoice, Mapping& mapping) const
{
    const QString invoiceId = idOf(invoice.value(QLatin1String("id")));
    qint64 amount = 0;
    if (invoiceId.isEmpty() || !integerOf(invoice.value(QLatin1String("amount_paid")), &amount)) {
        mapping.action = Action::Invalid;
        mapping.reason = tr("The invoice has no id or amount_paid");
        return;
    }
    if (amount == 0) {
        mapping.reason = tr("Nothing was paid on this invoice (a trial or a fully discounted one)");
        return;
    }
    if (!fillAmount(amount, invoice.value(QLatin1String("currency")).toString(), mapping))
        return;

    mapping.action = Action::NewSale;
    mapping.keys.objectId = invoiceId;
    mapping.keys.invoiceId = invoiceId;
    mapping.keys.paymentIntentId = idOf(invoice.value(QLatin1String("payment_intent")));
    if (invoice.value(QLatin1String("billing_reason")).toString() == QLatin1String("subscription_create")) {
        // Older API versions name the subscription at the top, newer ones under parent.
        QString subscription = idOf(invoice.value(QLatin1String("subscription")));
        if (subscription.isEmpty()) {
            subscription = idOf(invoice.value(QLatin1String("parent"))
                                    .toObject()
                                    .value(QLatin1String("subscription_details"))
                                    .toObject()
                                    .value(QLatin1String("subscription")));
        }
        mapping.keys.subscriptionId = subscription;
    }

    Sale& sale = mapping.sale;
    sale.kind = SaleKind::Invoice;
    sale.buyerName = m_privacy.displayName(invoice.value(QLatin1String("customer_name")).toString());
    if (!m_options.messageKey.isEmpty())
        sale.message = m_privacy.message(
            invoice.value(QLatin1String("metadata")).toObject().value(m_options.messageKey).toString());
    sale.items = itemsOf(invoice.value(QLatin1String("lines")), true);
}

void StripeEventMapper::mapPaymentIntent(const QJsonObject& intent, Mapping& mapping) const
{
    const QString intentId = idOf(intent.value(QLatin1String("id")));
    qint64 amount = 0;
    if (!integerOf(intent.value(QLatin1String("amount_received")), &amount))
        integerOf(intent.value(QLatin1String("amount")), &amount);
    if (intentId.isEmpty() || amount <= 0) {
        mapping.action = Action::Invalid;
        mapping.reason = tr("The PaymentIntent has no id or amount");
        return;
    }
    if (!fillAmount(amount, intent.value(QLatin1String("currency")).toString(), mapping))
        return;

    mapping.action = Action::NewSale;
    mapping.keys.objectId = intentId;
    mapping.keys.paymentIntentId = intentId;
    mapping.keys.invoiceId = idOf(intent.value(QLatin1String("invoice")));

    Sale& sale = mapping.sale;
    sale.kind = SaleKind::PaymentIntent;
    sale.buyerName = m_privacy.displayName(textAt(intent, QLatin1String("shipping.name")));
    if (!m_options.messageKey.isEmpty())
        sale.message = m_privacy.message(
            intent.value(QLatin1String("metadata")).toObject().value(m_options.messageKey).toString());
    const QString description = intent.value(QLatin1String("description")).toString().simplified();
    if (!description.isEmpty())
        sale.items = {SaleItem{description, 1}};
}

void StripeEventMapper::mapCharge(const QJsonObject& charge, Mapping& mapping) const
{
    const QString chargeId = idOf(charge.value(QLatin1String("id")));
    if (!charge.value(QLatin1String("captured")).toBool(true)) {
        mapping.reason = tr("The charge is only authorised, not captured");
        return;
    }
    qint64 amount = 0;
    if (!integerOf(charge.value(QLatin1String("amount_captured")), &amount) || amount == 0)
        integerOf(charge.value(QLatin1String("amount")), &amount);
    if (chargeId.isEmpty() || amount <= 0) {
        mapping.action = Action::Invalid;
        mapping.reason = tr("The charge has no id or amount");
        return;
    }
    if (!fillAmount(amount, charge.value(QLatin1String("currency")).toString(), mapping))
        return;

    mapping.action = Action::NewSale;
    mapping.keys.objectId = chargeId;
    mapping.keys.paymentIntentId = idOf(charge.value(QLatin1String("payment_intent")));
    mapping.keys.invoiceId = idOf(charge.value(QLatin1String("invoice")));

    Sale& sale = mapping.sale;
    sale.kind = SaleKind::PaymentIntent;
    sale.buyerName = m_privacy.displayName(textAt(charge, QLatin1String("billing_details.name")));
    if (!m_options.messageKey.isEmpty())
        sale.message = m_privacy.message(
            charge.value(QLatin1String("metadata")).toObject().value(m_options.messageKey).toString());
    const QString description = charge.value(QLatin1String("description")).toString().simplified();
    if (!description.isEmpty())
        sale.items = {SaleItem{description, 1}};
}

void StripeEventMapper::mapRefund(const QJsonObject& charge, Mapping& mapping) const
{
    // A partial refund leaves the sale standing; only a fully refunded charge marks it.
    if (!charge.value(QLatin1String("refunded")).toBool()) {
        mapping.reason = tr("Partial refund: the sale stays recorded");
        return;
    }
    mapping.action = Action::StatusChange;
    mapping.status = SaleStatus::Refunded;
    mapping.keys.objectId = idOf(charge.value(QLatin1String("id")));
    mapping.keys.paymentIntentId = idOf(charge.value(QLatin1String("payment_intent")));
    mapping.keys.invoiceId = idOf(charge.value(QLatin1String("invoice")));
}

void StripeEventMapper::mapDispute(const QJsonObject& dispute, const QString& type, Mapping& mapping) const
{
    mapping.action = Action::StatusChange;
    mapping.status = SaleStatus::Disputed;
    if (type == QLatin1String("charge.dispute.closed")) {
        const QString status = dispute.value(QLatin1String("status")).toString();
        if (status == QLatin1String("won") || status == QLatin1String("warning_closed"))
            mapping.status = SaleStatus::Recorded;
    }
    mapping.keys.objectId = idOf(dispute.value(QLatin1String("charge")));
    mapping.keys.paymentIntentId = idOf(dispute.value(QLatin1String("payment_intent")));
}

} // namespace Dewey
