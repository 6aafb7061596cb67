#include "EventFixtures.h"
#include "stripe/StripeEventMapper.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using Dewey::StripeEventMapper;
using Action = Dewey::StripeEventMapper::Action;
using DeweyTest::fixtureEvent;
using DeweyTest::withValue;

Q_DECLARE_METATYPE(Dewey::Settings::BuyerNameMode)

namespace {

StripeEventMapper::Options options(bool paymentIntents = false)
{
    StripeEventMapper::Options result;
    result.paymentIntentSales = paymentIntents;
    result.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return result;
}

QString itemsText(const QList<Dewey::SaleItem>& items)
{
    QStringList parts;
    for (const Dewey::SaleItem& item : items)
        parts.append(u"%1 x%2"_s.arg(item.name).arg(item.quantity));
    return parts.join(u", "_s);
}

} // namespace

class TestStripeEventMapper : public QObject
{
    Q_OBJECT

private slots:
    void newSales_data();
    void newSales();
    void notSales_data();
    void notSales();
    void statusChanges_data();
    void statusChanges();
    void currencies_data();
    void currencies();
    void privacyModes_data();
    void privacyModes();
    void neverKeepsContactDetails();
    void messageKeyIsConfigurable();
    void handledEventTypes();
};

void TestStripeEventMapper::newSales_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("paymentIntents");
    QTest::addColumn<QString>("objectId");
    QTest::addColumn<QString>("paymentIntentId");
    QTest::addColumn<QString>("invoiceId");
    QTest::addColumn<QString>("subscriptionId");
    QTest::addColumn<QString>("buyer");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("items");
    QTest::addColumn<bool>("needsLineItems");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("livemode");

    QTest::addRow("checkout paid") << "checkout_paid" << false << "cs_test_a1"
                                   << "pi_3A1"
                                   << ""
                                   << ""
                                   << "Alex"
                                   << "$64.00"
                                   << "" << true << "Love the stream!" << false;
    QTest::addRow("checkout async payment succeeded")
        << "checkout_async_succeeded" << false << "cs_test_async"
        << "pi_3Async"
        << ""
        << ""
        << "Sam"
        << "$64.00"
        << "" << true << "" << false;
    QTest::addRow("checkout subscription") << "checkout_subscription" << false << "cs_test_sub"
                                           << ""
                                           << "in_sub1"
                                           << "sub_1"
                                           << "Robin"
                                           << "$15.00"
                                           << "" << true << "" << false;
    QTest::addRow("first invoice of a subscription") << "invoice_subscription_create" << false << "in_sub1"
                                                     << "pi_3Sub1"
                                                     << "in_sub1"
                                                     << "sub_1"
                                                     << "Robin"
                                                     << "$15.00"
                                                     << "Fan Club x1" << false << "" << false;
    QTest::addRow("renewal is not the starting purchase") << "invoice_renewal" << false << "in_sub2"
                                                          << "pi_3Sub2"
                                                          << "in_sub2"
                                                          << ""
                                                          << "Robin"
                                                          << "$15.00"
                                                          << "Fan Club x1" << false << "" << false;
    QTest::addRow("store invoice, live mode")
        << "invoice_store" << false << "in_store1"
        << "pi_3Inv"
        << "in_store1"
        << ""
        << "Kim"
        << "€42.00"
        << "Poster x3, Sticker pack x1" << false << "Greetings from Berlin" << true;
    QTest::addRow("opt-in: PaymentIntent") << "payment_intent_direct" << true << "pi_3Direct"
                                           << "pi_3Direct"
                                           << ""
                                           << ""
                                           << "Jo"
                                           << "$64.00"
                                           << "Signed poster x1" << false << "go team" << false;
    QTest::addRow("opt-in: charge shares the PaymentIntent") << "charge_checkout" << true << "ch_3A1"
                                                             << "pi_3A1"
                                                             << ""
                                                             << ""
                                                             << "Alex"
                                                             << "$64.00"
                                                             << "" << false << "" << false;
}

void TestStripeEventMapper::newSales()
{
    QFETCH(QString, fixture);
    QFETCH(bool, paymentIntents);
    QFETCH(QString, objectId);
    QFETCH(QString, paymentIntentId);
    QFETCH(QString, invoiceId);
    QFETCH(QString, subscriptionId);
    QFETCH(QString, buyer);
    QFETCH(QString, amount);
    QFETCH(QString, items);
    QFETCH(bool, needsLineItems);
    QFETCH(QString, message);
    QFETCH(bool, livemode);

    const QJsonObject event = fixtureEvent(fixture);
    const StripeEventMapper::Mapping mapping = StripeEventMapper(options(paymentIntents)).map(event);
    QCOMPARE(mapping.action, Action::NewSale);
    QCOMPARE(mapping.reason, QString());
    QCOMPARE(mapping.eventId, event.value(QLatin1String("id")).toString());
    QCOMPARE(mapping.keys.objectId, objectId);
    QCOMPARE(mapping.keys.paymentIntentId, paymentIntentId);
    QCOMPARE(mapping.keys.invoiceId, invoiceId);
    QCOMPARE(mapping.keys.subscriptionId, subscriptionId);
    QCOMPARE(mapping.needsLineItems, needsLineItems);
    QCOMPARE(mapping.checkoutSessionId, needsLineItems ? objectId : QString());

    const Dewey::Sale& sale = mapping.sale;
    QCOMPARE(sale.eventId, mapping.eventId);
    QCOMPARE(sale.objectId, objectId);
    QCOMPARE(sale.buyerName, buyer);
    QCOMPARE(sale.formattedAmount, amount);
    QCOMPARE(itemsText(sale.items), items);
    QCOMPARE(sale.message, message);
    QCOMPARE(sale.livemode, livemode);
    QCOMPARE(sale.status, Dewey::SaleStatus::Recorded);
    QCOMPARE(sale.created,
             QDateTime::fromSecsSinceEpoch(event.value(QLatin1String("created")).toInteger()).toUTC());
    QCOMPARE(sale.created.timeSpec(), Qt::UTC);
}

void TestStripeEventMapper::notSales_data()
{
    QTest::addColumn<QJsonObject>("event");
    QTest::addColumn<bool>("paymentIntents");
    QTest::addColumn<Action>("action");

    QTest::addRow("checkout not paid yet") << fixtureEvent(u"checkout_unpaid"_s) << false << Action::Ignore;
    QTest::addRow("checkout in setup mode")
        << withValue(fixtureEvent(u"checkout_paid"_s), u"data.object.mode"_s, u"setup"_s) << false
        << Action::Ignore;
    QTest::addRow("no payment required is a sale, but a setup is not")
        << withValue(withValue(fixtureEvent(u"checkout_paid"_s), u"data.object.mode"_s, u"setup"_s),
                     u"data.object.payment_status"_s, u"no_payment_required"_s)
        << false << Action::Ignore;
    QTest::addRow("zero invoice (trial)") << fixtureEvent(u"invoice_zero"_s) << false << Action::Ignore;
    QTest::addRow("PaymentIntent, not opted in")
        << fixtureEvent(u"payment_intent_checkout"_s) << false << Action::Ignore;
    QTest::addRow("charge, not opted in") << fixtureEvent(u"charge_checkout"_s) << false << Action::Ignore;
    QTest::addRow("uncaptured charge")
        << withValue(fixtureEvent(u"charge_checkout"_s), u"data.object.captured"_s, false) << true
        << Action::Ignore;
    QTest::addRow("unknown type") << fixtureEvent(u"customer_created"_s) << false << Action::Ignore;
    QTest::addRow("partial refund") << fixtureEvent(u"charge_refunded_partial"_s) << false << Action::Ignore;
    QTest::addRow("thin event") << fixtureEvent(u"thin"_s) << false << Action::Unsupported;
    QTest::addRow("no id") << withValue(fixtureEvent(u"checkout_paid"_s), u"id"_s, QJsonValue()) << false
                           << Action::Invalid;
    QTest::addRow("no type") << withValue(fixtureEvent(u"checkout_paid"_s), u"type"_s, 5) << false
                             << Action::Invalid;
    QTest::addRow("no data.object") << withValue(fixtureEvent(u"checkout_paid"_s), u"data"_s, QJsonObject())
                                    << false << Action::Invalid;
    QTest::addRow("no created") << withValue(fixtureEvent(u"checkout_paid"_s), u"created"_s, u"yesterday"_s)
                                << false << Action::Invalid;
    QTest::addRow("amount missing") << withValue(fixtureEvent(u"checkout_paid"_s),
                                                 u"data.object.amount_total"_s, QJsonValue())
                                    << false << Action::Invalid;
    QTest::addRow("amount not whole")
        << withValue(fixtureEvent(u"checkout_paid"_s), u"data.object.amount_total"_s, 1.5) << false
        << Action::Invalid;
    QTest::addRow("negative amount") << withValue(fixtureEvent(u"checkout_paid"_s),
                                                  u"data.object.amount_total"_s, -100)
                                     << false << Action::Invalid;
    QTest::addRow("currency not ISO")
        << withValue(fixtureEvent(u"checkout_paid"_s), u"data.object.currency"_s, u"dollars"_s) << false
        << Action::Invalid;
    QTest::addRow("empty object") << QJsonObject() << false << Action::Invalid;
}

void TestStripeEventMapper::notSales()
{
    QFETCH(QJsonObject, event);
    QFETCH(bool, paymentIntents);
    QFETCH(Action, action);
    const StripeEventMapper::Mapping mapping = StripeEventMapper(options(paymentIntents)).map(event);
    QCOMPARE(mapping.action, action);
    QVERIFY2(!mapping.reason.isEmpty(), "every skipped event says why");
    QCOMPARE(mapping.sale.amountMinor, 0);
}

void TestStripeEventMapper::statusChanges_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<Dewey::SaleStatus>("status");
    QTest::addColumn<QString>("objectId");
    QTest::addColumn<QString>("paymentIntentId");

    QTest::addRow("full refund") << "charge_refunded" << Dewey::SaleStatus::Refunded << "ch_3A1"
                                 << "pi_3A1";
    QTest::addRow("dispute opened") << "dispute_created" << Dewey::SaleStatus::Disputed << "ch_3A1"
                                    << "pi_3A1";
    QTest::addRow("dispute won") << "dispute_won" << Dewey::SaleStatus::Recorded << "ch_3A1"
                                 << "pi_3A1";
    QTest::addRow("dispute lost") << "dispute_lost" << Dewey::SaleStatus::Disputed << "ch_3A1"
                                  << "pi_3A1";
}

void TestStripeEventMapper::statusChanges()
{
    QFETCH(QString, fixture);
    QFETCH(Dewey::SaleStatus, status);
    QFETCH(QString, objectId);
    QFETCH(QString, paymentIntentId);
    const StripeEventMapper::Mapping mapping = StripeEventMapper(options()).map(fixtureEvent(fixture));
    QCOMPARE(mapping.action, Action::StatusChange);
    QCOMPARE(mapping.status, status);
    QCOMPARE(mapping.keys.objectId, objectId);
    QCOMPARE(mapping.keys.paymentIntentId, paymentIntentId);
    QVERIFY(mapping.created.isValid());
}

void TestStripeEventMapper::currencies_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("formatted");

    const QString nbsp(QChar(0x00A0));
    QTest::addRow("two decimals") << "usd" << qint64(6400) << "$64.00";
    QTest::addRow("zero-decimal") << "jpy" << qint64(1200) << "¥1,200";
    QTest::addRow("three decimals") << "kwd" << qint64(1500) << u"KWD"_s + nbsp + u"1.500"_s;
}

void TestStripeEventMapper::currencies()
{
    QFETCH(QString, currency);
    QFETCH(qint64, amount);
    QFETCH(QString, formatted);
    QJsonObject event = withValue(fixtureEvent(u"checkout_paid"_s), u"data.object.currency"_s, currency);
    event = withValue(event, u"data.object.amount_total"_s, amount);
    const StripeEventMapper::Mapping mapping = StripeEventMapper(options()).map(event);
    QCOMPARE(mapping.action, Action::NewSale);
    QCOMPARE(mapping.sale.amountMinor, amount);
    QCOMPARE(mapping.sale.currency, currency);
    QCOMPARE(mapping.sale.formattedAmount, formatted);
}

void TestStripeEventMapper::privacyModes_data()
{
    QTest::addColumn<Dewey::Settings::BuyerNameMode>("mode");
    QTest::addColumn<QString>("expected");
    QTest::addRow("first name") << Dewey::Settings::BuyerNameMode::FirstName << "Alex";
    QTest::addRow("full name") << Dewey::Settings::BuyerNameMode::FullName << "Alex Johnson";
    QTest::addRow("anonymous") << Dewey::Settings::BuyerNameMode::Anonymous << "Someone";
}

void TestStripeEventMapper::privacyModes()
{
    QFETCH(Dewey::Settings::BuyerNameMode, mode);
    QFETCH(QString, expected);
    StripeEventMapper::Options opts = options();
    opts.nameMode = mode;
    QCOMPARE(StripeEventMapper(opts).map(fixtureEvent(u"checkout_paid"_s)).sale.buyerName, expected);
}

void TestStripeEventMapper::neverKeepsContactDetails()
{
    StripeEventMapper::Options opts = options(true);
    opts.nameMode = Dewey::Settings::BuyerNameMode::FullName;
    const StripeEventMapper mapper(opts);
    for (const QString& name : {u"checkout_paid"_s, u"invoice_subscription_create"_s,
                                u"payment_intent_checkout"_s, u"charge_checkout"_s}) {
        const Dewey::Sale sale = mapper.map(fixtureEvent(name)).sale;
        const QString everything = sale.buyerName + sale.message + itemsText(sale.items) + sale.objectId;
        for (const QString& secret :
             {u"example.com"_s, u"5555550"_s, u"Main St"_s, u"Springfield"_s, u"12345"_s}) {
            QVERIFY2(!everything.contains(secret), qPrintable(name + u": "_s + secret));
        }
    }
}

void TestStripeEventMapper::messageKeyIsConfigurable()
{
    QJsonObject event =
        withValue(fixtureEvent(u"checkout_paid"_s), u"data.object.custom_fields"_s, QJsonArray());
    event = withValue(event, u"data.object.metadata"_s, QJsonObject{{u"shoutout"_s, u"hi chat, jerk"_s}});

    StripeEventMapper::Options opts = options();
    QCOMPARE(StripeEventMapper(opts).map(event).sale.message, QString());
    opts.messageKey = u"shoutout"_s;
    opts.blockedWords = {u"jerk"_s};
    QCOMPARE(StripeEventMapper(opts).map(event).sale.message, u"hi chat, ****"_s);
    opts.messageKey.clear();
    QCOMPARE(StripeEventMapper(opts).map(fixtureEvent(u"checkout_paid"_s)).sale.message, QString());
}

void TestStripeEventMapper::handledEventTypes()
{
    const QStringList base = StripeEventMapper::handledEventTypes(false);
    QVERIFY(base.contains(u"checkout.session.completed"_s));
    QVERIFY(base.contains(u"checkout.session.async_payment_succeeded"_s));
    QVERIFY(base.contains(u"invoice.paid"_s));
    QVERIFY(base.contains(u"charge.refunded"_s));
    QVERIFY(!base.contains(u"payment_intent.succeeded"_s));
    const QStringList withIntents = StripeEventMapper::handledEventTypes(true);
    QVERIFY(withIntents.contains(u"payment_intent.succeeded"_s));
    QVERIFY(withIntents.contains(u"charge.succeeded"_s));
}

QTEST_GUILESS_MAIN(TestStripeEventMapper)
#include "tst_mapper_events.moc"
