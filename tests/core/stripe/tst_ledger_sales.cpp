#include "EventFixtures.h"
#include "ManualClock.h"
#include "db/Database.h"
#include "stripe/SalesLedger.h"
#include "stripe/StripeEventMapper.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using Dewey::SalesLedger;
using Dewey::SaleStatus;
using Dewey::StripeEventMapper;
using WriteStatus = Dewey::SalesLedger::WriteStatus;
using DeweyTest::fixtureEvent;

namespace {

StripeEventMapper::Options mapperOptions()
{
    StripeEventMapper::Options options;
    options.paymentIntentSales = true;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return options;
}

// What the intake does with one event, without the HTTP and line-item parts.
SalesLedger::WriteResult ingest(SalesLedger& ledger, const QJsonObject& event, bool itemsPending = false)
{
    const StripeEventMapper::Mapping mapping = StripeEventMapper(mapperOptions()).map(event);
    if (mapping.action == StripeEventMapper::Action::StatusChange) {
        return ledger.recordStatusEvent(mapping.eventId, mapping.eventType, mapping.created, mapping.keys,
                                        mapping.status, Dewey::EventSource::Webhook);
    }
    if (mapping.action != StripeEventMapper::Action::NewSale)
        qFatal("fixture is not a sale: %s", qPrintable(mapping.reason));
    return ledger.recordSale(mapping.sale, mapping.keys, mapping.eventType, itemsPending);
}

SalesLedger::WriteResult ingest(SalesLedger& ledger, const QString& fixture, bool itemsPending = false)
{
    return ingest(ledger, fixtureEvent(fixture), itemsPending);
}

int count(Dewey::Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestSalesLedger : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordsASaleAndAnnouncesIt();
    void redeliveryChangesNothing();
    void siblingEventsMakeOneSale_data();
    void siblingEventsMakeOneSale();
    void renewalsAreNewSales();
    void refundsAndDisputesMarkTheSale();
    void statusEventBeforeItsSaleIsApplied();
    void pendingItemsDelayTheAnnouncement();
    void listsNewestFirstAndSince();
    void pagesByKeyWithoutGapsOrRepeats();
    void totalsLeaveOutRefunds();
    void survivesReopening();
    void failedWriteRecordsNothing();
    void concurrentDeliveriesRecordOnce();
    void batchIsOneTransactionInOrder();
    void failedBatchRecordsNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dewey::Database> m_database;
    std::unique_ptr<DeweyTest::ManualClock> m_clock;
    std::unique_ptr<SalesLedger> m_ledger;
};

void TestSalesLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Dewey::Database>();
    const Dewey::Database::OpenResult opened = m_database->open(m_dir->filePath(u"dewey.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    m_clock = std::make_unique<DeweyTest::ManualClock>();
    m_ledger = std::make_unique<SalesLedger>(*m_database, *m_clock);
}

void TestSalesLedger::cleanup()
{
    m_ledger.reset();
    m_database.reset();
    m_dir.reset();
}

void TestSalesLedger::recordsASaleAndAnnouncesIt()
{
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    const SalesLedger::WriteResult result = ingest(*m_ledger, u"checkout_paid"_s);
    QCOMPARE(result.status, WriteStatus::Written);
    QVERIFY(result.sale.id > 0);
    // Announced from the event loop, after the caller has answered Stripe.
    QCOMPARE(recorded.count(), 0);
    QVERIFY(recorded.wait(5000));
    QCOMPARE(recorded.count(), 1);

    const Dewey::Sale sale = recorded.first().first().value<Dewey::Sale>();
    QCOMPARE(sale.id, result.sale.id);
    QCOMPARE(sale.eventId, u"evt_checkout_paid"_s);
    QCOMPARE(sale.objectId, u"cs_test_a1"_s);
    QCOMPARE(sale.buyerName, u"Alex"_s);
    QCOMPARE(sale.amountMinor, 6400);
    QCOMPARE(sale.currency, u"usd"_s);
    QCOMPARE(sale.formattedAmount, u"$64.00"_s);
    QCOMPARE(sale.message, u"Love the stream!"_s);
    QCOMPARE(sale.status, SaleStatus::Recorded);
    QCOMPARE(sale.created, QDateTime::fromSecsSinceEpoch(1700000100).toUTC());

    // What is stored reads back the same.
    QCOMPARE(m_ledger->sale(sale.id), std::optional<Dewey::Sale>(sale));
    QCOMPARE(m_ledger->saleForEvent(u"evt_checkout_paid"_s), std::optional<Dewey::Sale>(sale));
    QVERIFY(m_ledger->containsEvent(u"evt_checkout_paid"_s));
    QCOMPARE(m_ledger->newestEventCreated(), sale.created);
    QVERIFY(m_ledger->pendingSales().isEmpty());
}

void TestSalesLedger::redeliveryChangesNothing()
{
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    QCOMPARE(ingest(*m_ledger, u"checkout_paid"_s).status, WriteStatus::Written);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(ingest(*m_ledger, u"checkout_paid"_s).status, WriteStatus::DuplicateEvent);
    QCOMPARE(count(*m_database, u"sales"_s), 1);
    QCOMPARE(count(*m_database, u"stripe_events"_s), 1);
    QVERIFY(recorded.wait(5000));
    QCoreApplication::sendPostedEvents(); // delivers any (wrong) extra announcement
    QCOMPARE(recorded.count(), 1);
}

void TestSalesLedger::siblingEventsMakeOneSale_data()
{
    QTest::addColumn<QStringList>("fixtures");
    QTest::addColumn<QString>("objectId");

    QTest::addRow("checkout, then its PaymentIntent and charge")
        << QStringList{u"checkout_paid"_s, u"payment_intent_checkout"_s, u"charge_checkout"_s}
        << "cs_test_a1";
    QTest::addRow("PaymentIntent first, then checkout")
        << QStringList{u"payment_intent_checkout"_s, u"checkout_paid"_s, u"charge_checkout"_s} << "pi_3A1";
    QTest::addRow("subscription checkout, then its first invoice")
        << QStringList{u"checkout_subscription"_s, u"invoice_subscription_create"_s} << "cs_test_sub";
    QTest::addRow("first invoice, then the subscription checkout")
        << QStringList{u"invoice_subscription_create"_s, u"checkout_subscription"_s} << "in_sub1";
}

void TestSalesLedger::siblingEventsMakeOneSale()
{
    QFETCH(QStringList, fixtures);
    QFETCH(QString, objectId);
    QCOMPARE(ingest(*m_ledger, fixtures.first()).status, WriteStatus::Written);
    for (const QString& fixture : fixtures.mid(1))
        QCOMPARE(ingest(*m_ledger, fixture).status, WriteStatus::DuplicatePurchase);
    QCOMPARE(count(*m_database, u"sales"_s), 1);
    QCOMPARE(count(*m_database, u"stripe_events"_s), fixtures.size());
    QCOMPARE(m_ledger->sales().first().objectId, objectId);
    // Every sibling event points at the one sale.
    for (const QString& fixture : fixtures)
        QCOMPARE(
            m_ledger->saleForEvent(fixtureEvent(fixture).value(QLatin1String("id")).toString())->objectId,
            objectId);
}

void TestSalesLedger::renewalsAreNewSales()
{
    QCOMPARE(ingest(*m_ledger, u"checkout_subscription"_s).status, WriteStatus::Written);
    QCOMPARE(ingest(*m_ledger, u"invoice_subscription_create"_s).status, WriteStatus::DuplicatePurchase);
    QCOMPARE(ingest(*m_ledger, u"invoice_renewal"_s).status, WriteStatus::Written);
    QCOMPARE(count(*m_database, u"sales"_s), 2);
}

void TestSalesLedger::refundsAndDisputesMarkTheSale()
{
    const qint64 id = ingest(*m_ledger, u"checkout_paid"_s).sale.id;
    QSignalSpy changed(m_ledger.get(), &SalesLedger::saleChanged);

    SalesLedger::WriteResult result = ingest(*m_ledger, u"dispute_created"_s);
    QCOMPARE(result.status, WriteStatus::Written);
    QCOMPARE(result.sale.id, id);
    QCOMPARE(m_ledger->sale(id)->status, SaleStatus::Disputed);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last().first().value<Dewey::Sale>().status, SaleStatus::Disputed);

    QCOMPARE(ingest(*m_ledger, u"dispute_won"_s).status, WriteStatus::Written);
    QCOMPARE(m_ledger->sale(id)->status, SaleStatus::Recorded);

    QCOMPARE(ingest(*m_ledger, u"charge_refunded"_s).status, WriteStatus::Written);
    QCOMPARE(m_ledger->sale(id)->status, SaleStatus::Refunded);
    QCOMPARE(ingest(*m_ledger, u"charge_refunded"_s).status, WriteStatus::DuplicateEvent);
    QCOMPARE(count(*m_database, u"sales"_s), 1);
}

void TestSalesLedger::statusEventBeforeItsSaleIsApplied()
{
    // Catch-up lists events newest first: the refund may be seen before the purchase.
    QCOMPARE(ingest(*m_ledger, u"charge_refunded"_s).status, WriteStatus::NoMatchingSale);
    QCOMPARE(count(*m_database, u"sales"_s), 0);
    const SalesLedger::WriteResult result = ingest(*m_ledger, u"checkout_paid"_s);
    QCOMPARE(result.status, WriteStatus::Written);
    QCOMPARE(result.sale.status, SaleStatus::Refunded);
    QCOMPARE(m_ledger->sale(result.sale.id)->status, SaleStatus::Refunded);
    QCOMPARE(m_ledger->saleForEvent(u"evt_charge_refunded"_s)->id, result.sale.id);
}

void TestSalesLedger::pendingItemsDelayTheAnnouncement()
{
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    const qint64 id = ingest(*m_ledger, u"checkout_paid"_s, true).sale.id;
    QCoreApplication::sendPostedEvents();
    QCOMPARE(recorded.count(), 0);
    QCOMPARE(m_ledger->pendingSales().size(), 1);
    QCOMPARE(m_ledger->pendingSales().first().id, id);

    QVERIFY(m_ledger->completeSale(id, {{u"Hoodie"_s, 2}}));
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(recorded.first().first().value<Dewey::Sale>().items, (QList<Dewey::SaleItem>{{u"Hoodie"_s, 2}}));
    QCOMPARE(m_ledger->sale(id)->items, (QList<Dewey::SaleItem>{{u"Hoodie"_s, 2}}));
    QVERIFY(m_ledger->pendingSales().isEmpty());

    // A late second answer does not alert again.
    QVERIFY(m_ledger->completeSale(id, {}));
    QCOMPARE(recorded.count(), 1);
}

void TestSalesLedger::listsNewestFirstAndSince()
{
    for (const QString& fixture :
         {u"invoice_renewal"_s, u"checkout_paid"_s, u"invoice_store"_s, u"checkout_async_succeeded"_s}) {
        QCOMPARE(ingest(*m_ledger, fixture).status, WriteStatus::Written);
    }
    const QList<Dewey::Sale> all = m_ledger->sales();
    QCOMPARE(all.size(), 4);
    QStringList order;
    for (const Dewey::Sale& sale : all)
        order.append(sale.eventId);
    // created: renewal 1702600000, async 1700000400, checkout and store invoice 1700000100 (newer id first).
    QCOMPARE(order, (QStringList{u"evt_invoice_renewal"_s, u"evt_checkout_async_ok"_s, u"evt_invoice_store"_s,
                                 u"evt_checkout_paid"_s}));
    QCOMPARE(m_ledger->sales({}, 2).size(), 2);
    const QList<Dewey::Sale> recent = m_ledger->sales(QDateTime::fromSecsSinceEpoch(1700000400).toUTC());
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.last().eventId, u"evt_checkout_async_ok"_s);
    QVERIFY(m_ledger->sales(QDateTime::fromSecsSinceEpoch(1800000000).toUTC()).isEmpty());
    QCOMPARE(m_ledger->newestEventCreated(), QDateTime::fromSecsSinceEpoch(1702600000).toUTC());
}

void TestSalesLedger::pagesByKeyWithoutGapsOrRepeats()
{
    for (const QString& fixture :
         {u"invoice_renewal"_s, u"checkout_paid"_s, u"invoice_store"_s, u"checkout_async_succeeded"_s}) {
        QCOMPARE(ingest(*m_ledger, fixture).status, WriteStatus::Written);
    }
    // Pages of one: the two sales created in the same second still come one after the other.
    QStringList order;
    std::optional<SalesLedger::PageCursor> cursor;
    for (int page = 0; page < 6; ++page) {
        const QList<Dewey::Sale> sales = m_ledger->salesPage({}, cursor, 1);
        if (sales.isEmpty())
            break;
        QCOMPARE(sales.size(), 1);
        order.append(sales.first().eventId);
        cursor = SalesLedger::PageCursor{sales.first().created, sales.first().id};
    }
    QCOMPARE(order, (QStringList{u"evt_invoice_renewal"_s, u"evt_checkout_async_ok"_s, u"evt_invoice_store"_s,
                                 u"evt_checkout_paid"_s}));
    // With a lower bound, the page stops at it.
    const QList<Dewey::Sale> recent =
        m_ledger->salesPage(QDateTime::fromSecsSinceEpoch(1700000400).toUTC(), std::nullopt, 10);
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.last().eventId, u"evt_checkout_async_ok"_s);
}

void TestSalesLedger::totalsLeaveOutRefunds()
{
    for (const QString& fixture :
         {u"checkout_paid"_s, u"checkout_async_succeeded"_s, u"invoice_store"_s, u"invoice_renewal"_s}) {
        QCOMPARE(ingest(*m_ledger, fixture).status, WriteStatus::Written);
    }
    const QDateTime from = QDateTime::fromSecsSinceEpoch(1700000000).toUTC();
    const QDateTime to = QDateTime::fromSecsSinceEpoch(1700001000).toUTC();
    SalesLedger::Totals totals = m_ledger->totals(from, to);
    QCOMPARE(totals.count, 3);
    QCOMPARE(totals.amountMinor.value(u"usd"_s), 12800);
    QCOMPARE(totals.amountMinor.value(u"eur"_s), 4200);

    QCOMPARE(ingest(*m_ledger, u"charge_refunded"_s).status, WriteStatus::Written);
    totals = m_ledger->totals(from, to);
    QCOMPARE(totals.count, 2);
    QCOMPARE(totals.amountMinor.value(u"usd"_s), 6400);
}

void TestSalesLedger::survivesReopening()
{
    const qint64 id = ingest(*m_ledger, u"invoice_store"_s).sale.id;
    const Dewey::Sale before = *m_ledger->sale(id);
    m_ledger.reset();
    m_database->close();
    QVERIFY(m_database->open(m_dir->filePath(u"dewey.sqlite"_s)).ok());
    m_ledger = std::make_unique<SalesLedger>(*m_database, *m_clock);
    QCOMPARE(m_ledger->sale(id), std::optional<Dewey::Sale>(before));
    QCOMPARE(before.livemode, true);
    QCOMPARE(ingest(*m_ledger, u"invoice_store"_s).status, WriteStatus::DuplicateEvent);
}

void TestSalesLedger::failedWriteRecordsNothing()
{
    QSqlQuery drop(m_database->connection());
    QVERIFY(drop.exec(u"DROP TABLE sales"_s));
    const SalesLedger::WriteResult result = ingest(*m_ledger, u"checkout_paid"_s);
    QCOMPARE(result.status, WriteStatus::Failed);
    QVERIFY(result.error.contains(u"sales"_s));
    // The event is not marked as seen: Stripe's retry must be able to record it later.
    QCOMPARE(count(*m_database, u"stripe_events"_s), 0);

    m_database->close();
    QCOMPARE(ingest(*m_ledger, u"invoice_store"_s).status, WriteStatus::Failed);
}

void TestSalesLedger::concurrentDeliveriesRecordOnce()
{
    // Several connections (threads) receive the same burst at once, as when Stripe retries while
    // the first delivery is still being written, and catch-up overlaps with webhooks.
    const QStringList fixtures{
        u"checkout_paid"_s,         u"payment_intent_checkout"_s,     u"charge_checkout"_s,
        u"checkout_subscription"_s, u"invoice_subscription_create"_s, u"invoice_store"_s,
        u"invoice_renewal"_s,       u"checkout_async_succeeded"_s};
    QList<QJsonObject> events;
    for (const QString& fixture : fixtures)
        events.append(fixtureEvent(fixture));
    const QString path = m_dir->filePath(u"dewey.sqlite"_s);
    constexpr int kThreads = 4;
    std::atomic<int> written{0};
    std::atomic<int> failed{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&, t] {
            Dewey::Database database;
            if (!database.open(path).ok()) {
                ++failed;
                return;
            }
            DeweyTest::ManualClock clock;
            SalesLedger ledger(database, clock);
            for (int round = 0; round < 5; ++round) {
                for (qsizetype i = 0; i < events.size(); ++i) {
                    const QJsonObject& event = events.at((i + t) % events.size());
                    const WriteStatus status = ingest(ledger, event).status;
                    if (status == WriteStatus::Written)
                        ++written;
                    else if (status == WriteStatus::Failed)
                        ++failed;
                }
            }
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        QVERIFY(thread->wait(60000));

    QCOMPARE(failed.load(), 0);
    // checkout + its PI + charge: 1; subscription checkout + first invoice: 1; store invoice,
    // renewal, async checkout: 1 each.
    QCOMPARE(written.load(), 5);
    QCOMPARE(count(*m_database, u"sales"_s), 5);
    QCOMPARE(count(*m_database, u"stripe_events"_s), int(fixtures.size()));
}

void TestSalesLedger::batchIsOneTransactionInOrder()
{
    const StripeEventMapper mapper(mapperOptions());
    const auto saleWrite = [&](const QString& fixture) {
        const StripeEventMapper::Mapping m = mapper.map(fixtureEvent(fixture));
        return SalesLedger::Write::newSale(m.sale, m.keys, m.eventType, false);
    };
    const StripeEventMapper::Mapping refund = mapper.map(fixtureEvent(u"charge_refunded"_s));
    QSignalSpy recorded(m_ledger.get(), &SalesLedger::saleRecorded);
    const QList<SalesLedger::WriteResult> results = m_ledger->write({
        saleWrite(u"checkout_paid"_s),
        saleWrite(u"checkout_paid"_s), // Stripe's retry arriving in the same batch
        SalesLedger::Write::statusChange(refund.eventId, refund.eventType, refund.created, refund.keys,
                                         refund.status, Dewey::EventSource::Webhook),
        saleWrite(u"payment_intent_checkout"_s), // a sibling of the first
        saleWrite(u"invoice_store"_s),
    });
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).status, WriteStatus::Written);
    QCOMPARE(results.at(1).status, WriteStatus::DuplicateEvent);
    QCOMPARE(results.at(2).status, WriteStatus::Written);
    QCOMPARE(results.at(2).sale.status, SaleStatus::Refunded);
    QCOMPARE(results.at(3).status, WriteStatus::DuplicatePurchase);
    QCOMPARE(results.at(4).status, WriteStatus::Written);
    QCOMPARE(count(*m_database, u"sales"_s), 2);
    QCOMPARE(count(*m_database, u"stripe_events"_s), 4);
    QVERIFY(QTest::qWaitFor([&] { return recorded.count() == 2; }, 5000));
}

void TestSalesLedger::failedBatchRecordsNothing()
{
    const StripeEventMapper mapper(mapperOptions());
    const StripeEventMapper::Mapping good = mapper.map(fixtureEvent(u"checkout_paid"_s));
    StripeEventMapper::Mapping broken = mapper.map(fixtureEvent(u"invoice_store"_s));
    broken.sale.currency = QString(); // NOT NULL in the table: the database refuses this row
    const QList<SalesLedger::WriteResult> results = m_ledger->write({
        SalesLedger::Write::newSale(good.sale, good.keys, good.eventType, false),
        SalesLedger::Write::newSale(broken.sale, broken.keys, broken.eventType, false),
    });
    QCOMPARE(results.size(), 2);
    for (const SalesLedger::WriteResult& result : results) {
        QCOMPARE(result.status, WriteStatus::Failed);
        QVERIFY(!result.error.isEmpty());
    }
    QCOMPARE(count(*m_database, u"sales"_s), 0);
    QCOMPARE(count(*m_database, u"stripe_events"_s), 0);
    // The ledger is usable again at once.
    QCOMPARE(ingest(*m_ledger, u"checkout_paid"_s).status, WriteStatus::Written);
}

QTEST_GUILESS_MAIN(TestSalesLedger)
#include "tst_ledger_sales.moc"
