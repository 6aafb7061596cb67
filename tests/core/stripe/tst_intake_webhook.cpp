#include "EventFixtures.h"
#include "ManualClock.h"
#include "db/Database.h"
#include "secrets/MemorySecretBackend.h"
#include "secrets/SecretStore.h"
#include "server/WebhookReceiver.h"
#include "settings/Settings.h"
#include "stripe/LineItemsSource.h"
#include "stripe/SalesLedger.h"
#include "stripe/SalesLedgerWriter.h"
#include "stripe/StripeSignature.h"
#include "stripe/StripeWebhookIntake.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using Dewey::Sale;
using Dewey::SalesLedger;
using Dewey::StripeSignature;
using Dewey::StripeWebhookIntake;
using DeweyTest::compactJson;
using DeweyTest::fixtureEvent;
using Outcome = Dewey::StripeWebhookIntake::Outcome;

namespace {

const QString kSecret = u"whsec_intake_current"_s;
const QString kPrevious = u"whsec_intake_previous"_s;

// The Stripe API client's part, scripted: requests are kept until the test answers them.
class ScriptedLineItems final : public Dewey::LineItemsSource
{
public:
    bool available = true;
    QStringList requested;
    QList<Callback> waiting;

    bool canFetch() const override { return available; }
    void fetchCheckoutLineItems(const QString& sessionId, Callback callback) override
    {
        requested.append(sessionId);
        waiting.append(std::move(callback));
    }
    void answer(bool ok, const QList<Dewey::SaleItem>& items = {})
    {
        Result result;
        result.ok = ok;
        result.items = items;
        result.error = ok ? QString() : u"timeout"_s;
        waiting.takeFirst()(result);
    }
};

} // namespace

class TestStripeWebhookIntake : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordsASignedSale();
    void redeliveryIsAcknowledgedAndChangesNothing();
    void acknowledgesWhatItDoesNotUse_data();
    void acknowledgesWhatItDoesNotUse();
    void refusesBadDeliveries_data();
    void refusesBadDeliveries();
    void acceptsThePreviousSecretDuringRotation();
    void withoutASecretStripeRetriesLater();
    void databaseFailureMakesStripeRetry();
    void toleranceComesFromSettings();
    void lineItemsAreFetchedAfterTheAnswer();
    void saleAlertsWithoutNamesWhenItemsFail();
    void noApiKeyMeansNoWaiting();
    void pendingSalesResumeAfterRestart();
    void catchUpFeedsTheSamePath();
    void settingsChangesApplyToTheNextEvent();
    void endToEndOverHttp();
    void concurrentDeliveriesAreAllCommittedBeforeTheirAnswer_data();
    void concurrentDeliveriesAreAllCommittedBeforeTheirAnswer();
    void catchUpPagesAreOneBatch();

private:
    void makeIntake(Dewey::LineItemsSource* lineItems = nullptr);
    StripeWebhookIntake::HttpReply deliver(const QJsonObject& event, const QString& secret = kSecret);
    int rows(const QString& table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeweyTest::ManualClock> m_clock;
    std::unique_ptr<Dewey::Database> m_database;
    std::unique_ptr<Dewey::Settings> m_settings;
    std::unique_ptr<Dewey::SecretStore> m_secrets;
    std::unique_ptr<SalesLedger> m_ledger;
    std::unique_ptr<StripeWebhookIntake> m_intake;
};

void TestStripeWebhookIntake::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Fixture events were created at 1700000100 (and a few later); the clock is just after.
    m_clock = std::make_unique<DeweyTest::ManualClock>(QDateTime::fromSecsSinceEpoch(1700000200).toUTC());
    m_database = std::make_unique<Dewey::Database>();
    QVERIFY(m_database->open(m_dir->filePath(u"dewey.sqlite"_s)).ok());
    m_settings = std::make_unique<Dewey::Settings>(m_dir->filePath(u"settings.ini"_s));
    m_secrets = std::make_unique<Dewey::SecretStore>(
        std::make_unique<Dewey::MemorySecretBackend>(), std::make_unique<Dewey::MemorySecretBackend>(),
        std::make_unique<Dewey::MemorySecretBackend>(), QProcessEnvironment(),
        Dewey::SecretStorageMode::SessionOnly);
    m_secrets->setValue(Dewey::SecretId::StripeWebhookSecret, kSecret);
    m_ledger = std::make_unique<SalesLedger>(*m_database, *m_clock);
    makeIntake();
}

void TestStripeWebhookIntake::cleanup()
{
    m_intake.reset();
    m_ledger.reset();
    m_secrets.reset();
    m_settings.reset();
    m_database.reset();
    m_dir.reset();
}

void TestStripeWebhookIntake::makeIntake(Dewey::LineItemsSource* lineItems)
{
    m_intake = std::make_unique<StripeWebhookIntake>(*m_ledger, *m_secrets, *m_settings, *m_clock, lineItems);
}

StripeWebhookIntake::HttpReply TestStripeWebhookIntake::deliver(const QJsonObject& event,
                                                                const QString& secret)
{
    // Stripe signs when it sends: the timestamp is the delivery time, not the event's.
    const QByteArray body = compactJson(event);
    const QByteArray header =
        StripeSignature::headerFor(m_clock->now().toSecsSinceEpoch(), body, secret.toUtf8());
    return m_intake->handleDelivery(header, body);
}

int TestStripeWebhookIntake::rows(const QString& table)
{
    QSqlQuery query(m_database->connection());
    return query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next() ? query.value(0).toInt() : -1;
}

void TestStripeWebhookIntake::recordsASignedSale()
{
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    QSignalSpy acknowledged(m_intake.get(), &StripeWebhookIntake::eventAcknowledged);
    const StripeWebhookIntake::HttpReply reply = deliver(fixtureEvent(u"checkout_paid"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, "recorded");
    // Durable before the answer: the row is there now, the alert comes later.
    QCOMPARE(rows(u"sales"_s), 1);
    QCOMPARE(recorded.count(), 0);
    QVERIFY(recorded.wait(5000));
    const Sale sale = recorded.first().first().value<Sale>();
    QCOMPARE(sale.eventId, u"evt_checkout_paid"_s);
    QCOMPARE(sale.buyerName, u"Alex"_s);
    QCOMPARE(sale.source, Dewey::EventSource::Webhook);
    QCOMPARE(acknowledged.count(), 1);
    QCOMPARE(acknowledged.first().at(1).value<Outcome>(), Outcome::Recorded);
}

void TestStripeWebhookIntake::redeliveryIsAcknowledgedAndChangesNothing()
{
    QCOMPARE(deliver(fixtureEvent(u"checkout_paid"_s)).status, 200);
    const QList<Sale> before = m_ledger->sales();
    for (int i = 0; i < 3; ++i) {
        m_clock->advanceSeconds(60); // Stripe's retries are signed anew
        const StripeWebhookIntake::HttpReply reply = deliver(fixtureEvent(u"checkout_paid"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, "duplicate");
    }
    // Its sibling events for the same purchase (opted in) are duplicates too.
    m_settings->setPaymentIntentSales(true);
    QCOMPARE(deliver(fixtureEvent(u"payment_intent_checkout"_s)).body, "duplicate");
    QCOMPARE(m_ledger->sales(), before);
}

void TestStripeWebhookIntake::acknowledgesWhatItDoesNotUse_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("unknown type") << "customer_created" << QByteArray("ignored");
    QTest::addRow("unpaid checkout") << "checkout_unpaid" << QByteArray("ignored");
    QTest::addRow("PaymentIntent, not opted in") << "payment_intent_direct" << QByteArray("ignored");
    QTest::addRow("thin event") << "thin" << QByteArray("unsupported");
    QTest::addRow("refund of an unknown sale") << "charge_refunded" << QByteArray("status changed");
}

void TestStripeWebhookIntake::acknowledgesWhatItDoesNotUse()
{
    QFETCH(QString, fixture);
    QFETCH(QByteArray, body);
    const StripeWebhookIntake::HttpReply reply = deliver(fixtureEvent(fixture));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, body);
    QCOMPARE(rows(u"sales"_s), 0);
}

void TestStripeWebhookIntake::refusesBadDeliveries_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");

    const QByteArray body = compactJson(fixtureEvent(u"checkout_paid"_s));
    const qint64 now = 1700000200;
    const QByteArray good = StripeSignature::headerFor(now, body, kSecret.toUtf8());
    QTest::addRow("no signature") << QByteArray() << body;
    QTest::addRow("garbage signature header") << QByteArray("hello") << body;
    QTest::addRow("wrong secret") << StripeSignature::headerFor(now, body, "whsec_other") << body;
    QTest::addRow("body changed after signing") << good << QByteArray(body).replace("6400", "6401");
    QTest::addRow("stale") << StripeSignature::headerFor(now - 301, body, kSecret.toUtf8()) << body;
    QTest::addRow("signed, but not JSON")
        << StripeSignature::headerFor(now, "not json", kSecret.toUtf8()) << QByteArray("not json");
    QTest::addRow("signed JSON array")
        << StripeSignature::headerFor(now, "[1,2]", kSecret.toUtf8()) << QByteArray("[1,2]");
    const QByteArray noId =
        compactJson(DeweyTest::withValue(fixtureEvent(u"checkout_paid"_s), u"id"_s, QJsonValue()));
    QTest::addRow("signed event without id")
        << StripeSignature::headerFor(now, noId, kSecret.toUtf8()) << noId;
}

void TestStripeWebhookIntake::refusesBadDeliveries()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QSignalSpy rejected(m_intake.get(), &StripeWebhookIntake::deliveryRejected);
    const StripeWebhookIntake::HttpReply reply = m_intake->handleDelivery(header, body);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.body.isEmpty());
    QVERIFY(reply.body.size() < 200);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rows(u"sales"_s), 0);
    QCOMPARE(rows(u"stripe_events"_s), 0);
}

void TestStripeWebhookIntake::acceptsThePreviousSecretDuringRotation()
{
    m_secrets->setValue(Dewey::SecretId::StripeWebhookSecretPrevious, kPrevious);
    QCOMPARE(deliver(fixtureEvent(u"checkout_paid"_s), kPrevious).status, 200);
    QCOMPARE(deliver(fixtureEvent(u"invoice_store"_s), kSecret).status, 200);
    QCOMPARE(rows(u"sales"_s), 2);
    m_secrets->setValue(Dewey::SecretId::StripeWebhookSecretPrevious, QString());
    QCOMPARE(deliver(fixtureEvent(u"invoice_renewal"_s), kPrevious).status, 400);
}

void TestStripeWebhookIntake::withoutASecretStripeRetriesLater()
{
    m_secrets->setValue(Dewey::SecretId::StripeWebhookSecret, QString());
    const StripeWebhookIntake::HttpReply reply = deliver(fixtureEvent(u"checkout_paid"_s));
    QCOMPARE(reply.status, 503);
    QCOMPARE(rows(u"stripe_events"_s), 0);
}

void TestStripeWebhookIntake::databaseFailureMakesStripeRetry()
{
    QSqlQuery drop(m_database->connection());
    QVERIFY(drop.exec(u"DROP TABLE sales"_s));
    const StripeWebhookIntake::HttpReply reply = deliver(fixtureEvent(u"checkout_paid"_s));
    QCOMPARE(reply.status, 500);
    QCOMPARE(rows(u"stripe_events"_s), 0);
}

void TestStripeWebhookIntake::toleranceComesFromSettings()
{
    const QByteArray body = compactJson(fixtureEvent(u"checkout_paid"_s));
    const QByteArray header =
        StripeSignature::headerFor(m_clock->now().toSecsSinceEpoch(), body, kSecret.toUtf8());
    m_clock->advanceSeconds(120);
    QVERIFY(m_settings->setSignatureToleranceSeconds(60));
    QCOMPARE(m_intake->handleDelivery(header, body).status, 400);
    QVERIFY(!m_settings->setSignatureToleranceSeconds(0));
    QVERIFY(m_settings->setSignatureToleranceSeconds(600));
    QCOMPARE(m_intake->handleDelivery(header, body).status, 200);
}

void TestStripeWebhookIntake::lineItemsAreFetchedAfterTheAnswer()
{
    ScriptedLineItems lineItems;
    makeIntake(&lineItems);
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    QSignalSpy idle(m_intake.get(), &StripeWebhookIntake::idle);

    QCOMPARE(deliver(fixtureEvent(u"checkout_paid"_s)).status, 200);
    // Nothing slow happens before the answer.
    QVERIFY(lineItems.requested.isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return !lineItems.requested.isEmpty(); }, 5000));
    QCOMPARE(lineItems.requested, QStringList{u"cs_test_a1"_s});
    QCOMPARE(m_intake->pendingLineItemFetches(), 1);
    QCOMPARE(recorded.count(), 0);

    lineItems.answer(true, {{u"Hoodie"_s, 2}, {u"Sticker"_s, 1}});
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(idle.count(), 1);
    const Sale sale = recorded.first().first().value<Sale>();
    QCOMPARE(sale.items, (QList<Dewey::SaleItem>{{u"Hoodie"_s, 2}, {u"Sticker"_s, 1}}));
    QCOMPARE(m_ledger->sale(sale.id)->items, sale.items);

    // Invoices carry their lines: no fetch.
    QCOMPARE(deliver(fixtureEvent(u"invoice_store"_s)).status, 200);
    QVERIFY(recorded.wait(5000));
    QCOMPARE(lineItems.requested.size(), 1);
}

void TestStripeWebhookIntake::saleAlertsWithoutNamesWhenItemsFail()
{
    ScriptedLineItems lineItems;
    makeIntake(&lineItems);
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    QCOMPARE(deliver(fixtureEvent(u"checkout_paid"_s)).status, 200);
    QVERIFY(QTest::qWaitFor([&] { return !lineItems.waiting.isEmpty(); }, 5000));
    lineItems.answer(false);
    QCOMPARE(recorded.count(), 1);
    const Sale sale = recorded.first().first().value<Sale>();
    QVERIFY(sale.items.isEmpty());
    QCOMPARE(sale.formattedAmount, u"$64.00"_s);
}

void TestStripeWebhookIntake::noApiKeyMeansNoWaiting()
{
    ScriptedLineItems lineItems;
    lineItems.available = false;
    makeIntake(&lineItems);
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    QCOMPARE(deliver(fixtureEvent(u"checkout_paid"_s)).status, 200);
    QVERIFY(recorded.wait(5000));
    QVERIFY(lineItems.requested.isEmpty());
    QVERIFY(m_ledger->pendingSales().isEmpty());
}

void TestStripeWebhookIntake::pendingSalesResumeAfterRestart()
{
    {
        ScriptedLineItems neverAnswers;
        makeIntake(&neverAnswers);
        QCOMPARE(deliver(fixtureEvent(u"checkout_paid"_s)).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return !neverAnswers.requested.isEmpty(); }, 5000));
        m_intake.reset(); // the app stops while the fetch is outstanding
    }
    QCOMPARE(m_ledger->pendingSales().size(), 1);

    ScriptedLineItems lineItems;
    makeIntake(&lineItems);
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    m_intake->resumePendingSales();
    QCOMPARE(lineItems.requested, QStringList{u"cs_test_a1"_s});
    lineItems.answer(true, {{u"Hoodie"_s, 1}});
    QCOMPARE(recorded.count(), 1);
    QVERIFY(m_ledger->pendingSales().isEmpty());
    m_intake->resumePendingSales();
    QCOMPARE(lineItems.requested.size(), 1);
}

void TestStripeWebhookIntake::catchUpFeedsTheSamePath()
{
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    const StripeWebhookIntake::IngestResult first =
        m_intake->ingestEvent(fixtureEvent(u"invoice_store"_s), Dewey::EventSource::CatchUp);
    QCOMPARE(first.outcome, Outcome::Recorded);
    QVERIFY(first.acknowledged());
    QVERIFY(recorded.wait(5000));
    QCOMPARE(recorded.first().first().value<Sale>().source, Dewey::EventSource::CatchUp);
    // The webhook for the same event arrives later (the tunnel came back): nothing new.
    QCOMPARE(deliver(fixtureEvent(u"invoice_store"_s)).body, "duplicate");
    QCOMPARE(m_intake->ingestEvent(fixtureEvent(u"invoice_store"_s), Dewey::EventSource::CatchUp).outcome,
             Outcome::Duplicate);
    QCOMPARE(m_intake->ingestEvent(QJsonObject(), Dewey::EventSource::CatchUp).outcome, Outcome::Invalid);
    QCOMPARE(rows(u"sales"_s), 1);
}

void TestStripeWebhookIntake::settingsChangesApplyToTheNextEvent()
{
    QCOMPARE(deliver(fixtureEvent(u"checkout_paid"_s)).status, 200);
    m_settings->setBuyerNameMode(Dewey::Settings::BuyerNameMode::Anonymous);
    m_settings->setBlockedWords({u"Berlin"_s});
    QCOMPARE(deliver(fixtureEvent(u"invoice_store"_s)).status, 200);
    const Sale sale = *m_ledger->saleForEvent(u"evt_invoice_store"_s);
    QCOMPARE(sale.buyerName, u"Someone"_s);
    QCOMPARE(sale.message, u"Greetings from ******"_s);
    QCOMPARE(m_ledger->saleForEvent(u"evt_checkout_paid"_s)->buyerName, u"Alex"_s);
}

void TestStripeWebhookIntake::endToEndOverHttp()
{
    Dewey::WebhookReceiver receiver;
    receiver.setHandler([this](const QHttpServerRequest& request, Dewey::WebhookResponder responder) {
        m_intake->handleRequest(request, std::move(responder));
    });
    QString error;
    QVERIFY2(receiver.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    QNetworkAccessManager network;
    const auto post = [&](const QByteArray& body, const QByteArray& signature) {
        QNetworkRequest request(QUrl(receiver.webhookUrl()));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
        request.setRawHeader("Stripe-Signature", signature);
        QNetworkReply* reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    const QByteArray body = compactJson(fixtureEvent(u"checkout_paid"_s));
    const QByteArray signature =
        StripeSignature::headerFor(m_clock->now().toSecsSinceEpoch(), body, kSecret.toUtf8());
    QCOMPARE(post(body, signature), 200);
    QCOMPARE(post(body, signature), 200);
    QCOMPARE(post(body, "t=1,v1=00"), 400);
    QCOMPARE(rows(u"sales"_s), 1);
}

void TestStripeWebhookIntake::concurrentDeliveriesAreAllCommittedBeforeTheirAnswer_data()
{
    QTest::addColumn<bool>("writerThread");
    QTest::addRow("committed between reads") << false;
    QTest::addRow("committed on the writer thread") << true;
}

void TestStripeWebhookIntake::concurrentDeliveriesAreAllCommittedBeforeTheirAnswer()
{
    QFETCH(bool, writerThread);
    Dewey::SalesLedgerWriter writer(m_database->path(), *m_clock);
    if (writerThread) {
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        m_intake->setWriter(&writer);
    }
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    Dewey::WebhookReceiver receiver;
    receiver.setHandler([this](const QHttpServerRequest& request, Dewey::WebhookResponder responder) {
        m_intake->handleRequest(request, std::move(responder));
    });
    QString error;
    QVERIFY2(receiver.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    // Twenty deliveries at once: distinct purchases, one event sent twice, one ignored type.
    QList<QByteArray> bodies;
    for (int i = 0; i < 18; ++i) {
        QJsonObject event =
            DeweyTest::withValue(fixtureEvent(u"checkout_paid"_s), u"id"_s, u"evt_many_%1"_s.arg(i));
        event = DeweyTest::withValue(event, u"data.object.id"_s, u"cs_many_%1"_s.arg(i));
        event = DeweyTest::withValue(event, u"data.object.payment_intent"_s, u"pi_many_%1"_s.arg(i));
        bodies.append(compactJson(event));
    }
    bodies.append(bodies.first());
    bodies.append(compactJson(fixtureEvent(u"customer_created"_s)));

    QNetworkAccessManager network;
    QList<QNetworkReply*> replies;
    for (const QByteArray& body : bodies) {
        QNetworkRequest request{QUrl(receiver.webhookUrl())};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Stripe-Signature", StripeSignature::headerFor(m_clock->now().toSecsSinceEpoch(),
                                                                            body, kSecret.toUtf8()));
        replies.append(network.post(request, body));
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(replies.cbegin(), replies.cend(),
                               [](QNetworkReply* r) { return r->isFinished(); });
        },
        30000));
    QMap<QByteArray, int> answers;
    for (QNetworkReply* reply : std::as_const(replies)) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        answers[reply->readAll().trimmed()] += 1;
        reply->deleteLater();
    }
    QCOMPARE(answers.value("recorded"), 18);
    QCOMPARE(answers.value("duplicate"), 1);
    QCOMPARE(answers.value("ignored"), 1);
    QCOMPARE(rows(u"sales"_s), 18);
    QCOMPARE(m_intake->waitingDeliveries(), 0);
    // Announced by the ledger everyone listens to, whichever connection wrote.
    QVERIFY(QTest::qWaitFor([&] { return recorded.count() == 18; }, 10000));
    m_intake->setWriter(nullptr);
}

void TestStripeWebhookIntake::catchUpPagesAreOneBatch()
{
    QSignalSpy acknowledged(m_intake.get(), &StripeWebhookIntake::eventAcknowledged);
    const QList<StripeWebhookIntake::IngestResult> results = m_intake->ingestEvents(
        {fixtureEvent(u"charge_refunded"_s), fixtureEvent(u"checkout_paid"_s),
         fixtureEvent(u"customer_created"_s), fixtureEvent(u"checkout_paid"_s), QJsonObject()},
        Dewey::EventSource::CatchUp);
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).outcome, Outcome::StatusChanged);
    QCOMPARE(results.at(1).outcome, Outcome::Recorded);
    QCOMPARE(results.at(2).outcome, Outcome::Ignored);
    QCOMPARE(results.at(3).outcome, Outcome::Duplicate);
    QCOMPARE(results.at(4).outcome, Outcome::Invalid);
    QCOMPARE(acknowledged.count(), 4);
    // The refund seen first (newest-first paging) applies to the sale recorded after it.
    QCOMPARE(m_ledger->sale(results.at(1).saleId)->status, Dewey::SaleStatus::Refunded);
}

QTEST_GUILESS_MAIN(TestStripeWebhookIntake)
#include "tst_intake_webhook.moc"
