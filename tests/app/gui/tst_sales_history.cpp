#include "ScriptedDialogs.h"
#include "alerts/AlertQueue.h"
#include "alerts/SalesHistoryModel.h"
#include "alerts/SalesHistoryPanel.h"
#include "stripe/CurrencyFormatter.h"
#include "tst_alerts_fixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Dewey;
using DeweyTest::AlertsFixture;

// The sales history of the Alerts area on a real ledger: live rows, paging, alert states, totals per
// period and replay.
class TestSalesHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordedSaleAppearsWithoutRefresh();
    void pagesThroughTenThousandSales();
    void statusFollowsTheAlert();
    void totalsPerCurrencyPerPeriod_data();
    void totalsPerCurrencyPerPeriod();
    void todayMovesOnAtMidnight();
    void replayQueuesTheSelectedSale();
    void testModeSalesCarryABadge();
    void exportAsksWhereAndWritesThePeriod();

private:
    QDateTime now() const { return m_fixture->clock.now(); }

    std::unique_ptr<AlertsFixture> m_fixture;
    DeweyTest::ScriptedDialogs m_dialogs;
};

void TestSalesHistory::init()
{
    m_fixture = std::make_unique<AlertsFixture>();
}

void TestSalesHistory::cleanup()
{
    m_fixture.reset();
}

void TestSalesHistory::recordedSaleAppearsWithoutRefresh()
{
    SalesHistoryPanel panel(*m_fixture->ledger, *m_fixture->alerts, *m_fixture->appState, m_fixture->clock,
                            m_dialogs);
    panel.setPeriod(SalesHistoryPanel::Period::All);
    SalesHistoryModel* model = panel.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QVERIFY(panel.emptyStateShown());

    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("first"), now().addSecs(-60))));
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(!panel.emptyStateShown());
    QCOMPARE(model->index(0, SalesHistoryModel::BuyerColumn).data().toString(), QStringLiteral("Alex"));
    QCOMPARE(model->index(0, SalesHistoryModel::ItemsColumn).data().toString(), QStringLiteral("Hoodie ×2"));

    // Newest first, inserted in place: no reload.
    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("second"), now(), 1200,
                                                  QStringLiteral("jpy"), QStringLiteral("Sam"))));
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, SalesHistoryModel::BuyerColumn).data().toString(), QStringLiteral("Sam"));
    QCOMPARE(model->index(1, SalesHistoryModel::BuyerColumn).data().toString(), QStringLiteral("Alex"));
    QCOMPARE(reset.count(), 0);
}

void TestSalesHistory::pagesThroughTenThousandSales()
{
    constexpr int kSales = 10000;
    QList<SalesLedger::Write> writes;
    for (int i = 0; i < kSales; ++i) {
        // Pairs created in the same second, so paging must break ties by row.
        const Sale sale =
            AlertsFixture::sale(QStringLiteral("bulk_%1").arg(i), now().addSecs(-kSales + i / 2));
        writes.append(SalesLedger::Write::newSale(sale, AlertsFixture::keys(sale),
                                                  QStringLiteral("checkout.session.completed"), false));
    }
    const QList<SalesLedger::WriteResult> results = m_fixture->ledger->write(writes);
    QCOMPARE(results.size(), kSales);
    QCOMPARE(results.last().status, SalesLedger::WriteStatus::Written);

    SalesHistoryModel model(*m_fixture->ledger, m_fixture->alerts->repository(), m_fixture->alerts->queue());
    // Only one page is read up front.
    QCOMPARE(model.rowCount(), SalesHistoryModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), kSales);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Sale sale = *model.saleAt(row);
        QVERIFY2(!seen.contains(sale.id), "a sale appears twice");
        seen.insert(sale.id);
        if (row > 0) {
            const Sale newer = *model.saleAt(row - 1);
            QVERIFY(newer.created > sale.created || (newer.created == sale.created && newer.id > sale.id));
        }
    }
    // The announcements of the bulk write arrive after the model read them: nothing doubles.
    QCoreApplication::processEvents();
    QCOMPARE(model.rowCount(), kSales);
}

void TestSalesHistory::statusFollowsTheAlert()
{
    SalesHistoryModel model(*m_fixture->ledger, m_fixture->alerts->repository(), m_fixture->alerts->queue());
    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("waits"), now())));
    QTRY_COMPARE(model.rowCount(), 1);
    // No overlay is connected: the alert waits.
    QTRY_COMPARE(model.alertStatusAt(0), SalesHistoryModel::AlertStatus::Pending);
    QCOMPARE(model.index(0, SalesHistoryModel::StatusColumn).data().toString(), QStringLiteral("Pending"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_fixture->alerts->queue().clear();
    QCOMPARE(model.alertStatusAt(0), SalesHistoryModel::AlertStatus::Skipped);
    QCOMPARE(model.index(0, SalesHistoryModel::StatusColumn).data().toString(), QStringLiteral("Skipped"));
    QVERIFY(changed.count() >= 1);

    // A model opened later reads the same state from the database.
    SalesHistoryModel reopened(*m_fixture->ledger, m_fixture->alerts->repository(),
                               m_fixture->alerts->queue());
    QCOMPARE(reopened.alertStatusAt(0), SalesHistoryModel::AlertStatus::Skipped);
}

void TestSalesHistory::totalsPerCurrencyPerPeriod_data()
{
    QTest::addColumn<SalesHistoryPanel::Period>("period");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("notShown");
    const CurrencyFormatter formatter;
    const QString usdAll = formatter.format(1000 + 700, QStringLiteral("usd"));
    const QString usdToday = formatter.format(700, QStringLiteral("usd"));
    const QString eur = formatter.format(500, QStringLiteral("eur"));
    const QString jpy = formatter.format(1200, QStringLiteral("jpy"));
    QTest::addRow("all") << SalesHistoryPanel::Period::All << 4 << QStringList{usdAll, eur, jpy}
                         << QStringList{};
    QTest::addRow("today") << SalesHistoryPanel::Period::Today << 3 << QStringList{usdToday, eur, jpy}
                           << QStringList{usdAll};
    QTest::addRow("session") << SalesHistoryPanel::Period::Session << 2 << QStringList{usdToday, jpy}
                             << QStringList{usdAll, eur};
}

void TestSalesHistory::totalsPerCurrencyPerPeriod()
{
    QFETCH(SalesHistoryPanel::Period, period);
    QFETCH(int, count);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, notShown);

    // The clock stands at 20:00 UTC: "yesterday" and "today" hold in every time zone.
    const QDateTime end = now();
    QVERIFY(
        m_fixture->record(AlertsFixture::sale(QStringLiteral("yesterday"), end.addSecs(-30 * 3600), 1000)));
    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("before_stream"), end.addSecs(-3 * 3600),
                                                  500, QStringLiteral("eur"))));
    // A refunded sale counts in no total.
    const Sale refunded = AlertsFixture::sale(QStringLiteral("refunded"), end.addSecs(-30 * 60), 9900);
    QVERIFY(m_fixture->record(refunded));
    QCOMPARE(m_fixture->ledger
                 ->recordStatusEvent(QStringLiteral("evt_refund"), QStringLiteral("charge.refunded"), end,
                                     AlertsFixture::keys(refunded), SaleStatus::Refunded,
                                     EventSource::Webhook)
                 .status,
             SalesLedger::WriteStatus::Written);

    m_fixture->clock.set(end.addSecs(-2 * 3600));
    SalesHistoryPanel panel(*m_fixture->ledger, *m_fixture->alerts, *m_fixture->appState, m_fixture->clock,
                            m_dialogs);
    panel.startNewSession();
    m_fixture->clock.set(end);
    panel.setPeriod(period);
    // Sales that arrive while the panel is open count at once.
    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("on_stream"), end.addSecs(-3600), 700)));
    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("on_stream_jp"), end.addSecs(-1800), 1200,
                                                  QStringLiteral("jpy"))));
    QTRY_VERIFY(panel.totalsText().startsWith(QStringLiteral("Sales: %1").arg(count)));
    for (const QString& amount : shown)
        QVERIFY2(panel.totalsText().contains(amount),
                 qPrintable(panel.totalsText() + QStringLiteral(" ≠ ") + amount));
    for (const QString& amount : notShown)
        QVERIFY2(!panel.totalsText().contains(amount), qPrintable(panel.totalsText()));
    // The table shows the same period (refunded sales included, marked).
    QCOMPARE(panel.model()->rowCount(), count + 1);

    // The session survives a restart.
    SalesHistoryPanel again(*m_fixture->ledger, *m_fixture->alerts, *m_fixture->appState, m_fixture->clock,
                            m_dialogs);
    QCOMPARE(again.sessionStart(), end.addSecs(-2 * 3600));
}

void TestSalesHistory::todayMovesOnAtMidnight()
{
    SalesHistoryPanel panel(*m_fixture->ledger, *m_fixture->alerts, *m_fixture->appState, m_fixture->clock,
                            m_dialogs);
    panel.setPeriod(SalesHistoryPanel::Period::Today);
    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("evening"), now())));
    QTRY_COMPARE(panel.model()->rowCount(), 1);

    // Past midnight (TZ=UTC), the next sale starts a new day: yesterday's leaves the table and totals.
    const QDateTime afterMidnight =
        QDateTime(now().date().addDays(1), QTime(0, 30), QTimeZone::utc()).toUTC();
    m_fixture->clock.set(afterMidnight);
    QVERIFY(m_fixture->record(
        AlertsFixture::sale(QStringLiteral("after_midnight"), afterMidnight, 1200, QStringLiteral("jpy"))));
    QTRY_COMPARE(panel.model()->index(0, 0).data(SalesHistoryModel::EventIdRole).toString(),
                 QStringLiteral("evt_after_midnight"));
    QCOMPARE(panel.model()->rowCount(), 1);
    QVERIFY(panel.totalsText().startsWith(QStringLiteral("Sales: 1")));
    QVERIFY(panel.totalsText().contains(CurrencyFormatter().format(1200, QStringLiteral("jpy"))));
}

void TestSalesHistory::replayQueuesTheSelectedSale()
{
    SalesHistoryPanel panel(*m_fixture->ledger, *m_fixture->alerts, *m_fixture->appState, m_fixture->clock,
                            m_dialogs);
    panel.setPeriod(SalesHistoryPanel::Period::All);
    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("replay_me"), now(), 6400,
                                                  QStringLiteral("usd"), QStringLiteral("Robin"))));
    QTRY_COMPARE(panel.model()->rowCount(), 1);
    QVERIFY(!panel.replayButton()->isEnabled());
    QVERIFY(!panel.replaySelected());

    panel.view()->selectRow(0);
    QVERIFY(panel.replayButton()->isEnabled());
    QSignalSpy queued(&m_fixture->alerts->queue(), &AlertQueue::alertQueued);
    QTest::mouseClick(panel.replayButton(), Qt::LeftButton);
    QCOMPARE(queued.count(), 1);
    const Alert alert = queued.first().first().value<Alert>();
    QVERIFY(alert.replay);
    QCOMPARE(alert.eventId, QStringLiteral("evt_replay_me"));
    QCOMPARE(alert.buyer, QStringLiteral("Robin"));
    QVERIFY(panel.feedback().contains(QStringLiteral("Robin")));
}

void TestSalesHistory::testModeSalesCarryABadge()
{
    SalesHistoryModel model(*m_fixture->ledger, m_fixture->alerts->repository(), m_fixture->alerts->queue());
    Sale live = AlertsFixture::sale(QStringLiteral("live"), now().addSecs(-10));
    live.livemode = true;
    QVERIFY(m_fixture->record(live));
    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("test"), now())));
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SalesHistoryModel::ModeColumn).data().toString(), QStringLiteral("Test"));
    QVERIFY(!model.index(0, SalesHistoryModel::ModeColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model.index(1, SalesHistoryModel::ModeColumn).data().toString().isEmpty());
}

void TestSalesHistory::exportAsksWhereAndWritesThePeriod()
{
    SalesHistoryPanel panel(*m_fixture->ledger, *m_fixture->alerts, *m_fixture->appState, m_fixture->clock,
                            m_dialogs);
    panel.setPeriod(SalesHistoryPanel::Period::All);
    QVERIFY(
        m_fixture->record(AlertsFixture::sale(QStringLiteral("exported"), now(), 6400, QStringLiteral("usd"),
                                              QStringLiteral("=HYPERLINK(\"x\")"))));
    QTRY_COMPARE(panel.model()->rowCount(), 1);

    // Cancelled: nothing written.
    QTest::mouseClick(panel.exportButton(), Qt::LeftButton);
    QCOMPARE(m_dialogs.fileTitles.size(), 1);
    QVERIFY(panel.feedback().isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sales.csv"));
    m_dialogs.answerNextFile(path);
    QTest::mouseClick(panel.exportButton(), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    QVERIFY(panel.feedback().contains(path));
}

QTEST_MAIN(TestSalesHistory)
#include "tst_sales_history.moc"
