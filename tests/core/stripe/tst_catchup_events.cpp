#include "EventFixtures.h"
#include "ManualClock.h"
#include "StripeTestServer.h"
#include "db/AppStateRepository.h"
#include "db/Database.h"
#include "secrets/MemorySecretBackend.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "stripe/CatchUp.h"
#include "stripe/SalesLedger.h"
#include "stripe/StripeApiClient.h"
#include "stripe/StripeEventMapper.h"
#include "stripe/StripeSignature.h"
#include "stripe/StripeWebhookIntake.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using Dewey::CatchUp;
using Dewey::EventSource;
using DeweyTest::fixtureEvent;
using DeweyTest::withValue;
using FailureKind = DeweyTest::StripeTestServer::FailureKind;

namespace {

const QString kWebhookSecret = u"whsec_catchup_test"_s;
constexpr qint64 kNow = 1700000200; // just after the fixture events

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

// A paid Checkout Session for its own purchase number n, created at `created`.
QJsonObject checkoutEvent(int n, qint64 created)
{
    QJsonObject event = fixtureEvent(u"checkout_paid"_s);
    event = withValue(event, u"id"_s, u"evt_cu_%1"_s.arg(n, 4, 10, QLatin1Char('0')));
    event = withValue(event, u"created"_s, created);
    event = withValue(event, u"data.object.id"_s, u"cs_cu_%1"_s.arg(n));
    event = withValue(event, u"data.object.payment_intent"_s, u"pi_cu_%1"_s.arg(n));
    return event;
}

} // namespace

// Catch-up against the local Stripe API server, through the real intake and ledger: what it asks
// for, paging, the order events are recorded in, overlap with webhooks, and what it says when the
// gap is older than Stripe keeps events.
class TestCatchUpEvents : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstRunStartsNowAndRemembersWhereItGot();
    void asksOnlyForTheEventsDeweyActsOn();
    void pagesThroughEverythingAndRecordsOldestFirst();
    void anEventDeliveredBothWaysIsRecordedOnce();
    void aWebhookAfterCatchUpIsADuplicate();
    void aRefundListedWithItsSaleAppliesAfterIt();
    void startsFromTheNewestLedgerEventWithoutACursor();
    void aGapBeyondThirtyDaysIsReported();
    void aShortGapIsNotReported();
    void aFailedRunKeepsTheCursorAndTheNextRunCatchesUp();
    void withoutAKeyItSaysSoAndAsksNothing();
    void usesStripesClockForTheCursor();
    void theTunnelComingBackTriggersARun();
    void aRequestDuringARunRunsAgainAfterIt();
    void caughtUpSalesGetTheirLineItems();

private:
    void makeCatchUp(Dewey::LineItemsSource* lineItems = nullptr);
    CatchUp::Report run();
    QStringList recordedEventIds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeweyTest::ManualClock> m_clock;
    std::unique_ptr<DeweyTest::StripeTestServer> m_server;
    std::unique_ptr<Dewey::Database> m_database;
    std::unique_ptr<Dewey::AppStateRepository> m_appState;
    std::unique_ptr<Dewey::Settings> m_settings;
    std::unique_ptr<Dewey::SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Dewey::StripeApiClient> m_api;
    std::unique_ptr<Dewey::SalesLedger> m_ledger;
    std::unique_ptr<Dewey::StripeWebhookIntake> m_intake;
    std::unique_ptr<CatchUp> m_catchUp;
};

void TestCatchUpEvents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<DeweyTest::ManualClock>(at(kNow));
    m_server = std::make_unique<DeweyTest::StripeTestServer>();
    QVERIFY(m_server->listen());
    m_server->setNow(at(kNow));
    m_database = std::make_unique<Dewey::Database>();
    QVERIFY(m_database->open(m_dir->filePath(u"dewey.sqlite"_s)).ok());
    m_appState = std::make_unique<Dewey::AppStateRepository>(*m_database, *m_clock);
    m_settings = std::make_unique<Dewey::Settings>(m_dir->filePath(u"settings.ini"_s));
    m_secrets = std::make_unique<Dewey::SecretStore>(
        std::make_unique<Dewey::MemorySecretBackend>(), std::make_unique<Dewey::MemorySecretBackend>(),
        std::make_unique<Dewey::MemorySecretBackend>(), QProcessEnvironment(),
        Dewey::SecretStorageMode::SessionOnly);
    m_secrets->setValue(Dewey::SecretId::StripeSecretKey, m_server->secretKey());
    m_secrets->setValue(Dewey::SecretId::StripeWebhookSecret, kWebhookSecret);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<Dewey::StripeApiClient>(*m_network, *m_secrets);
    m_api->setBaseUrl(m_server->baseUrl());
    Dewey::StripeApiClient::Options options;
    options.retry.initialDelayMs = 5;
    options.retry.maxDelayMs = 20;
    m_api->setOptions(options);
    m_ledger = std::make_unique<Dewey::SalesLedger>(*m_database, *m_clock);
    makeCatchUp();
}

void TestCatchUpEvents::makeCatchUp(Dewey::LineItemsSource* lineItems)
{
    m_catchUp.reset();
    m_intake =
        std::make_unique<Dewey::StripeWebhookIntake>(*m_ledger, *m_secrets, *m_settings, *m_clock, lineItems);
    m_catchUp = std::make_unique<CatchUp>(*m_api, *m_intake, *m_ledger, *m_appState, *m_settings, *m_secrets,
                                          *m_clock);
}

void TestCatchUpEvents::cleanup()
{
    m_catchUp.reset();
    m_intake.reset();
    m_ledger.reset();
    m_api.reset();
    m_network.reset();
    m_secrets.reset();
    m_settings.reset();
    m_appState.reset();
    m_database.reset();
    m_server.reset();
    m_clock.reset();
    m_dir.reset();
}

CatchUp::Report TestCatchUpEvents::run()
{
    QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
    m_catchUp->runNow();
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    return finished.constLast().at(0).value<CatchUp::Report>();
}

QStringList TestCatchUpEvents::recordedEventIds() const
{
    // sales() lists newest first; the ledger's row ids give the order of recording.
    QList<Dewey::Sale> sales = m_ledger->sales();
    std::sort(sales.begin(), sales.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    QStringList ids;
    for (const Dewey::Sale& sale : std::as_const(sales))
        ids << sale.eventId;
    return ids;
}

void TestCatchUpEvents::firstRunStartsNowAndRemembersWhereItGot()
{
    // A new install does not import the store's history: only what happened just now.
    m_server->addEvent(checkoutEvent(1, kNow - 3600));
    m_server->addEvent(checkoutEvent(2, kNow - 60));
    const CatchUp::Report report = run();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.from, at(kNow - m_catchUp->options().overlapSeconds));
    QCOMPARE(report.listed, 1);
    QCOMPARE(report.recorded, 1);
    QCOMPARE(recordedEventIds(), QStringList{u"evt_cu_0002"_s});
    QCOMPARE(m_catchUp->cursor(), at(kNow - m_catchUp->options().overlapSeconds));
    QCOMPARE(m_ledger->sales().constFirst().source, EventSource::CatchUp);
}

void TestCatchUpEvents::asksOnlyForTheEventsDeweyActsOn()
{
    m_settings->setPaymentIntentSales(true);
    QVERIFY(run().ok);
    const auto requests = m_server->requests("GET", u"/v1/events"_s);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.constFirst().arrayParam(u"types"_s), Dewey::StripeEventMapper::handledEventTypes(true));
    QCOMPARE(requests.constFirst().param(u"limit"_s), u"100"_s);
    QCOMPARE(requests.constFirst().param(u"created[gt]"_s),
             QString::number(kNow - m_catchUp->options().overlapSeconds));
}

void TestCatchUpEvents::pagesThroughEverythingAndRecordsOldestFirst()
{
    QVERIFY(m_appState->setValue(CatchUp::cursorStateKey(), QString::number(kNow - 86400)));
    QStringList expected;
    for (int n = 1; n <= 250; ++n) {
        m_server->addEvent(checkoutEvent(n, kNow - 86000 + n * 60));
        expected << u"evt_cu_%1"_s.arg(n, 4, 10, QLatin1Char('0'));
    }
    const CatchUp::Report report = run();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.listed, 250);
    QCOMPARE(report.recorded, 250);
    QCOMPARE(recordedEventIds(), expected);

    const auto requests = m_server->requests("GET", u"/v1/events"_s);
    QCOMPARE(requests.size(), 3);
    QVERIFY(!requests.at(0).hasParam(u"starting_after"_s));
    // Stripe lists newest first: page two starts after the 100th newest.
    QCOMPARE(requests.at(1).param(u"starting_after"_s), u"evt_cu_0151"_s);
    QCOMPARE(requests.at(2).param(u"starting_after"_s), u"evt_cu_0051"_s);
}

void TestCatchUpEvents::anEventDeliveredBothWaysIsRecordedOnce()
{
    const QJsonObject event = checkoutEvent(7, kNow - 30);
    const QByteArray body = DeweyTest::compactJson(event);
    const QByteArray header = Dewey::StripeSignature::headerFor(kNow, body, kWebhookSecret.toUtf8());
    QCOMPARE(m_intake->handleDelivery(header, body).status, 200);
    m_server->addEvent(event);
    m_server->addEvent(checkoutEvent(8, kNow - 20));

    const CatchUp::Report report = run();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.listed, 2);
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(report.recorded, 1);
    QCOMPARE(recordedEventIds(), (QStringList{u"evt_cu_0007"_s, u"evt_cu_0008"_s}));
    QCOMPARE(m_ledger->saleForEvent(u"evt_cu_0007"_s)->source, EventSource::Webhook);

    // The next run lists them again (overlap): still one sale each.
    QCOMPARE(run().recorded, 0);
    QCOMPARE(m_ledger->sales().size(), 2);
}

void TestCatchUpEvents::aWebhookAfterCatchUpIsADuplicate()
{
    const QJsonObject event = checkoutEvent(9, kNow - 30);
    m_server->addEvent(event);
    QCOMPARE(run().recorded, 1);
    // Stripe delivers it once the tunnel is back: acknowledged, nothing new.
    const QByteArray body = DeweyTest::compactJson(event);
    const QByteArray header = Dewey::StripeSignature::headerFor(kNow, body, kWebhookSecret.toUtf8());
    const auto reply = m_intake->handleDelivery(header, body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_ledger->sales().size(), 1);
    QCOMPARE(m_ledger->sales().constFirst().source, EventSource::CatchUp);
}

void TestCatchUpEvents::aRefundListedWithItsSaleAppliesAfterIt()
{
    QVERIFY(m_appState->setValue(CatchUp::cursorStateKey(), QString::number(1700000000)));
    m_clock->set(at(1700010000));
    m_server->setNow(at(1700010000));
    m_server->addEvent(fixtureEvent(u"checkout_paid"_s));   // 1700000100
    m_server->addEvent(fixtureEvent(u"charge_refunded"_s)); // 1700009000, same PaymentIntent
    const CatchUp::Report report = run();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.recorded, 1);
    QCOMPARE(report.statusChanges, 1);
    QCOMPARE(m_ledger->sales().size(), 1);
    QCOMPARE(m_ledger->sales().constFirst().status, Dewey::SaleStatus::Refunded);
}

void TestCatchUpEvents::startsFromTheNewestLedgerEventWithoutACursor()
{
    // Webhooks recorded sales before the key was added: catch-up starts at the newest, with overlap.
    const QJsonObject event = checkoutEvent(1, kNow - 7200);
    const QByteArray body = DeweyTest::compactJson(event);
    QCOMPARE(
        m_intake->handleDelivery(Dewey::StripeSignature::headerFor(kNow, body, kWebhookSecret.toUtf8()), body)
            .status,
        200);
    m_server->addEvent(checkoutEvent(2, kNow - 3600));
    const CatchUp::Report report = run();
    QCOMPARE(report.from, at(kNow - 7200 - m_catchUp->options().overlapSeconds));
    QCOMPARE(report.recorded, 1);
}

void TestCatchUpEvents::aGapBeyondThirtyDaysIsReported()
{
    const qint64 fortyDaysAgo = kNow - 40 * 86400;
    QVERIFY(m_appState->setValue(CatchUp::cursorStateKey(), QString::number(fortyDaysAgo)));
    m_server->addEvent(checkoutEvent(1, kNow - 10 * 86400));
    const CatchUp::Report report = run();
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.gapBeyondRetention);
    QVERIFY2(report.gapMessage.contains(u"30 days"_s), qPrintable(report.gapMessage));
    QVERIFY2(report.gapMessage.contains(u"Stripe dashboard"_s), qPrintable(report.gapMessage));
    QCOMPARE(report.recorded, 1); // what Stripe still has is caught up all the same
    QVERIFY(m_catchUp->summary().contains(report.gapMessage));
}

void TestCatchUpEvents::aShortGapIsNotReported()
{
    QVERIFY(m_appState->setValue(CatchUp::cursorStateKey(), QString::number(kNow - 29 * 86400)));
    const CatchUp::Report report = run();
    QVERIFY(report.ok);
    QVERIFY(!report.gapBeyondRetention);
    QVERIFY(report.gapMessage.isEmpty());
}

void TestCatchUpEvents::aFailedRunKeepsTheCursorAndTheNextRunCatchesUp()
{
    const qint64 cursor = kNow - 3600;
    QVERIFY(m_appState->setValue(CatchUp::cursorStateKey(), QString::number(cursor)));
    for (int n = 1; n <= 150; ++n)
        m_server->addEvent(checkoutEvent(n, kNow - 3000 + n));
    // The second page fails every time this run asks (the failure is scripted as that request arrives).
    int pages = 0;
    connect(m_server.get(), &DeweyTest::StripeTestServer::requestReceived, this,
            [&](const DeweyTest::StripeRecordedRequest& request) {
                if (request.path == u"/v1/events"_s && ++pages == 2)
                    m_server->failNext("GET", u"/v1/events"_s, {FailureKind::Status, 500, {}, {}, -1}, 3);
            });
    const CatchUp::Report failed = run();
    disconnect(m_server.get(), nullptr, this, nullptr);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(u"500"_s), qPrintable(failed.error));
    QCOMPARE(m_ledger->sales().size(), 0); // nothing half-done
    QCOMPARE(m_catchUp->cursor(), at(cursor));

    const CatchUp::Report next = run();
    QVERIFY2(next.ok, qPrintable(next.error));
    QCOMPARE(next.recorded, 150);
}

void TestCatchUpEvents::withoutAKeyItSaysSoAndAsksNothing()
{
    m_secrets->setValue(Dewey::SecretId::StripeSecretKey, QString());
    // Normal before the streamer connects Stripe: said quietly, not as a warning every few minutes.
    QTest::failOnWarning(QRegularExpression(u"catch-up"_s));
    const CatchUp::Report report = run();
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(u"secret key"_s), qPrintable(report.error));
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!m_catchUp->cursor().isValid());
}

void TestCatchUpEvents::usesStripesClockForTheCursor()
{
    // This computer's clock is an hour fast; Stripe's is right. The cursor must follow Stripe's.
    m_clock->set(at(kNow + 3600));
    QVERIFY(run().ok);
    QCOMPARE(m_catchUp->cursor(), at(kNow - m_catchUp->options().overlapSeconds));
}

void TestCatchUpEvents::theTunnelComingBackTriggersARun()
{
    QSignalSpy started(m_catchUp.get(), &CatchUp::started);
    QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
    m_catchUp->start(); // the run at start
    QCOMPARE(started.size(), 1);
    QVERIFY(finished.wait(30000));

    m_catchUp->setTunnelUp(true); // first time up: nothing was missed that the start run did not see
    QCOMPARE(started.size(), 1);
    m_catchUp->setTunnelUp(false);
    QCOMPARE(started.size(), 1);
    m_catchUp->setTunnelUp(true); // back after being down
    QCOMPARE(started.size(), 2);
    QVERIFY(finished.wait(30000));
}

void TestCatchUpEvents::aRequestDuringARunRunsAgainAfterIt()
{
    QSignalSpy finished(m_catchUp.get(), &CatchUp::finished);
    m_catchUp->start();
    QVERIFY(m_catchUp->isRunning());
    m_catchUp->runNow();
    m_catchUp->runNow(); // asking twice still means one more run
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_catchUp->isRunning(), 30000);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(m_server->requests("GET", u"/v1/events"_s).size(), 2);
}

void TestCatchUpEvents::caughtUpSalesGetTheirLineItems()
{
    makeCatchUp(m_api.get());
    m_server->addEvent(checkoutEvent(3, kNow - 30));
    m_server->setLineItems(u"cs_cu_3"_s, {DeweyTest::stripeLineItem(u"li_1"_s, u"Hoodie"_s, 2)});
    QSignalSpy announced(m_ledger.get(), &Dewey::SalesLedger::saleRecorded);
    QCOMPARE(run().recorded, 1);
    QTRY_COMPARE_WITH_TIMEOUT(announced.size(), 1, 30000);
    const auto sale = announced.constFirst().at(0).value<Dewey::Sale>();
    QCOMPARE(sale.items, (QList<Dewey::SaleItem>{{u"Hoodie"_s, 2}}));
    QCOMPARE(sale.source, EventSource::CatchUp);
}

QTEST_GUILESS_MAIN(TestCatchUpEvents)
#include "tst_catchup_events.moc"
