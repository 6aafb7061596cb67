#pragma once

#include "settings/Settings.h"
#include "stripe/BuyerPrivacy.h"
#include "stripe/CurrencyFormatter.h"
#include "stripe/Sale.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Dewey {

// Reads one Stripe (snapshot) event and says what it means for the ledger, without side effects:
// a new sale, a status change of an earlier sale, or nothing. Alert-worthy: completed Checkout
// Sessions that are paid (or need no payment), Checkout's delayed payments succeeding, and paid
// invoices. PaymentIntent / Charge successes are an opt-in source for stores that charge directly;
// they share the PaymentIntent id with Checkout, so the ledger keeps one sale either way.
class StripeEventMapper
{
    Q_DECLARE_TR_FUNCTIONS(StripeEventMapper)

public:
    struct Options
    {
        Settings::BuyerNameMode nameMode = Settings::BuyerNameMode::FirstName;
        QStringList blockedWords;
        // A Checkout custom field (text) with this key, or a metadata entry with it, is the buyer's
        // message. Empty: no messages.
        QString messageKey = QStringLiteral("message");
        bool paymentIntentSales = false;
        QLocale locale;
    };

    enum class Action
    {
        NewSale,
        StatusChange,
        Ignore,      // acknowledged, nothing recorded
        Unsupported, // a thin event: acknowledged, nothing recorded, logged
        Invalid,     // not a usable event: refused
    };

    struct Mapping
    {
        Action action = Action::Ignore;
        QString eventId;
        QString eventType;
        QDateTime created; // UTC
        bool livemode = false;
        Sale sale;                                // NewSale
        PurchaseKeys keys;                        // NewSale and StatusChange
        SaleStatus status = SaleStatus::Recorded; // StatusChange: the sale's new status
        bool needsLineItems = false;              // NewSale from Checkout: names come from the Stripe API
        QString checkoutSessionId;                // when needsLineItems
        QString reason;                           // Ignore, Unsupported, Invalid: short, no buyer data
    };

    explicit StripeEventMapper(Options options);

    Mapping map(const QJsonObject& event) const;

    // The event types Dewey acts on, for registering a webhook endpoint and for catch-up's types[].
    static QStringList handledEventTypes(bool paymentIntentSales);

private:
    void mapCheckoutSession(const QJsonObject& session, Mapping& mapping) const;
    void mapInvoice(const QJsonObject& invoice, Mapping& mapping) const;
    void mapPaymentIntent(const QJsonObject& intent, Mapping& mapping) const;
    void mapCharge(const QJsonObject& charge, Mapping& mapping) const;
    void mapRefund(const QJsonObject& charge, Mapping& mapping) const;
    void mapDispute(const QJsonObject& dispute, const QString& type, Mapping& mapping) const;
    bool fillAmount(qint64 amount, const QString& currency, Mapping& mapping) const;

    Options m_options;
    BuyerPrivacy m_privacy;
    CurrencyFormatter m_formatter;
};

} // namespace Dewey
