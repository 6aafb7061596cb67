#include "AlertTestDoubles.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertRepository.h"
#include "db/AppStateRepository.h"
#include "db/Database.h"

#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dewey;
using DeweyTest::FakeClient;
using DeweyTest::ManualClock;
using DeweyTest::ManualTimer;

namespace {

Sale makeSale(const QString& eventId, const QString& buyer, qint64 amountMinor = 6400)
{
    Sale sale;
    sale.eventId = eventId;
    sale.buyerName = buyer;
    sale.items = {SaleItem{QStringLiteral("Hoodie"), 2}};
    sale.amountMinor = amountMinor;
    sale.currency = QStringLiteral("usd");
    sale.formattedAmount = QStringLiteral("$%1.00").arg(amountMinor / 100);
    return sale;
}

} // namespace

// The queue is what viewers experience: one alert at a time, in order, never stuck, never twice,
// and nothing lost while OBS is closed or Dewey restarts.
class TestAlertQueue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void alertsPlayOneAtATimeInArrivalOrder();
    void nextAlertWaitsForEveryOverlay();
    void durationPlusGraceEndsAStuckAlert();
    void tierDurationSetsTheDeadline();
    void closedClientNeverHangsTheQueue();
    void previewIsNotWaitedFor();
    void alertsWaitForAnOverlay();
    void pendingAlertsSurviveARestart();
    void shownAlertIsNotShownAgainAfterRestart();
    void oldAlertsAreDropped();
    void pauseHoldsAlertsAndSurvivesRestart();
    void pauseLetsTheCurrentAlertFinish();
    void skipTakesTheCurrentAlertOff();
    void clearDropsPendingAlerts();
    void eachSaleAlertsOnceButCanBeReplayed();
    void refundedSaleDoesNotAlert();
    void staleReportsAreIgnored();
    void testAlertGoesThroughTheQueue();
    void alertSentAtOnceIsStoredAsShown();
    void saleAlreadyAlertedIsNotSentAgain();
    void alertStillPlaysWhenItCannotBeStored();

private:
    // A fresh queue over the same database, as after an app restart.
    void restart();
    AlertQueue& queue() { return *m_queue; }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{DeweyTest::alertsClockStart()};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppStateRepository> m_appState;
    std::unique_ptr<AlertRepository> m_repository;
    std::unique_ptr<AlertComposer> m_composer;
    std::unique_ptr<AlertQueue> m_queue;
    ManualTimer* m_timer = nullptr;
};

void TestAlertQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    restart();
}

void TestAlertQueue::cleanup()
{
    m_queue.reset();
    m_composer.reset();
    m_repository.reset();
    m_appState.reset();
    m_database.reset();
    m_dir.reset();
}

void TestAlertQueue::restart()
{
    m_queue.reset();
    m_repository.reset();
    m_appState.reset();
    m_database = std::make_unique<Database>();
    const Database::OpenResult opened = m_database->open(m_dir->filePath(QStringLiteral("dewey.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    m_appState = std::make_unique<AppStateRepository>(*m_database, m_clock);
    m_repository = std::make_unique<AlertRepository>(*m_database, m_clock);
    m_composer = std::make_unique<AlertComposer>(m_clock);
    auto timer = std::make_unique<ManualTimer>();
    m_timer = timer.get();
    m_queue =
        std::make_unique<AlertQueue>(*m_repository, *m_appState, *m_composer, m_clock, std::move(timer));
    QString error;
    QVERIFY2(m_queue->load(&error), qPrintable(error));
}

void TestAlertQueue::alertsPlayOneAtATimeInArrivalOrder()
{
    FakeClient overlay;
    queue().addClient(&overlay);
    QSignalSpy finished(&queue(), &AlertQueue::alertFinished);
    QVERIFY(queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex"))) > 0);
    QVERIFY(queue().enqueueSale(makeSale(QStringLiteral("evt_b"), QStringLiteral("Blake"))) > 0);
    QVERIFY(queue().enqueueSale(makeSale(QStringLiteral("evt_c"), QStringLiteral("Casey"))) > 0);

    QCOMPARE(overlay.alerts.size(), 1);
    QCOMPARE(overlay.alerts.at(0).buyer, QStringLiteral("Alex"));
    QCOMPARE(queue().pendingCount(), 2);

    for (const QString& next : {QStringLiteral("Blake"), QStringLiteral("Casey")}) {
        overlay.reportDone(overlay.lastId());
        // The gap: nothing new on screen until it has passed.
        QCOMPARE(m_timer->intervalMs(), queue().options().gapMs);
        QVERIFY(!queue().current());
        m_timer->fire();
        QCOMPARE(overlay.alerts.last().buyer, next);
    }
    overlay.reportDone(overlay.lastId());
    QCOMPARE(finished.count(), 3);
    QCOMPARE(finished.at(0).at(1).value<AlertQueue::FinishReason>(), AlertQueue::FinishReason::Done);
    QCOMPARE(queue().pendingCount(), 0);
}

void TestAlertQueue::nextAlertWaitsForEveryOverlay()
{
    FakeClient obs;
    FakeClient secondPc;
    queue().addClient(&obs);
    queue().addClient(&secondPc);
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    queue().enqueueSale(makeSale(QStringLiteral("evt_b"), QStringLiteral("Blake")));
    QCOMPARE(obs.alerts.size(), 1);
    QCOMPARE(secondPc.alerts.size(), 1);

    QSignalSpy finished(&queue(), &AlertQueue::alertFinished);
    obs.reportDone(obs.lastId());
    QCOMPARE(finished.count(), 0);
    QVERIFY(queue().current());
    secondPc.reportDone(secondPc.lastId());
    QCOMPARE(finished.count(), 1);
    m_timer->fire();
    QCOMPARE(obs.alerts.size(), 2);
    QCOMPARE(secondPc.alerts.size(), 2);
}

void TestAlertQueue::durationPlusGraceEndsAStuckAlert()
{
    FakeClient stuck;
    queue().addClient(&stuck);
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    queue().enqueueSale(makeSale(QStringLiteral("evt_b"), QStringLiteral("Blake")));
    QCOMPARE(m_timer->intervalMs(), 8000 + queue().options().graceMs);

    QSignalSpy finished(&queue(), &AlertQueue::alertFinished);
    m_timer->fire(); // the client never said done
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).value<AlertQueue::FinishReason>(), AlertQueue::FinishReason::TimedOut);
    m_timer->fire(); // the gap
    QCOMPARE(stuck.alerts.size(), 2);
    QCOMPARE(stuck.alerts.last().buyer, QStringLiteral("Blake"));
}

void TestAlertQueue::tierDurationSetsTheDeadline()
{
    AlertTier slow;
    slow.name = QStringLiteral("Big");
    slow.minAmountMinor = 10000;
    slow.durationMs = 15000;
    m_composer->setTiers({slow});
    AlertQueue::Options options;
    options.graceMs = 2000;
    options.gapMs = 500;
    queue().setOptions(options);

    FakeClient overlay;
    queue().addClient(&overlay);
    queue().enqueueSale(makeSale(QStringLiteral("evt_big"), QStringLiteral("Alex"), 20000));
    QCOMPARE(overlay.alerts.last().durationMs, 15000);
    QCOMPARE(m_timer->intervalMs(), 17000);
    overlay.reportDone(overlay.lastId());
    QCOMPARE(m_timer->intervalMs(), 500);

    m_timer->fire();
    queue().enqueueSale(makeSale(QStringLiteral("evt_small"), QStringLiteral("Blake"), 500));
    QCOMPARE(overlay.alerts.last().durationMs, 8000);
    QCOMPARE(m_timer->intervalMs(), 10000);
}

void TestAlertQueue::closedClientNeverHangsTheQueue()
{
    FakeClient obs;
    auto* browser = new FakeClient;
    queue().addClient(&obs);
    queue().addClient(browser);
    QCOMPARE(queue().overlayCount(), 2);
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));

    QSignalSpy finished(&queue(), &AlertQueue::alertFinished);
    obs.reportDone(obs.lastId());
    delete browser; // closed mid-alert, without a word
    QCOMPARE(finished.count(), 1);
    QCOMPARE(queue().overlayCount(), 1);

    // The last overlay leaving ends the alert too, and the next one waits for an overlay.
    m_timer->fire();
    auto* only = new FakeClient;
    queue().addClient(only);
    queue().removeClient(&obs);
    queue().enqueueSale(makeSale(QStringLiteral("evt_b"), QStringLiteral("Blake")));
    QCOMPARE(only->alerts.size(), 1);
    delete only;
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(1).value<AlertQueue::FinishReason>(), AlertQueue::FinishReason::NoAudience);
}

void TestAlertQueue::previewIsNotWaitedFor()
{
    FakeClient preview(AlertClient::Role::Preview);
    queue().addClient(&preview);
    QCOMPARE(queue().overlayCount(), 0);
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    // A preview alone is not an audience: the alert waits for OBS.
    QCOMPARE(preview.alerts.size(), 0);

    FakeClient overlay;
    queue().addClient(&overlay);
    QCOMPARE(preview.alerts.size(), 1);
    QCOMPARE(overlay.alerts.size(), 1);
    QSignalSpy finished(&queue(), &AlertQueue::alertFinished);
    overlay.reportDone(overlay.lastId());
    QCOMPARE(finished.count(), 1);
}

void TestAlertQueue::alertsWaitForAnOverlay()
{
    QSignalSpy started(&queue(), &AlertQueue::alertStarted);
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    QCOMPARE(started.count(), 0);
    QCOMPARE(queue().pendingCount(), 1);

    FakeClient overlay;
    queue().addClient(&overlay);
    QCOMPARE(started.count(), 1);
    QCOMPARE(overlay.alerts.size(), 1);
    QCOMPARE(queue().pendingCount(), 0);
}

void TestAlertQueue::pendingAlertsSurviveARestart()
{
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    queue().enqueueSale(makeSale(QStringLiteral("evt_b"), QStringLiteral("Blake")));
    restart();
    QCOMPARE(queue().pendingCount(), 2);

    FakeClient overlay;
    queue().addClient(&overlay);
    QCOMPARE(overlay.titles(), QStringList{QStringLiteral("Alex just bought Hoodie ×2 — $64.00")});
    overlay.reportDone(overlay.lastId());
    m_timer->fire();
    QCOMPARE(overlay.alerts.last().buyer, QStringLiteral("Blake"));
}

void TestAlertQueue::shownAlertIsNotShownAgainAfterRestart()
{
    FakeClient overlay;
    queue().addClient(&overlay);
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    queue().enqueueSale(makeSale(QStringLiteral("evt_b"), QStringLiteral("Blake")));
    QCOMPARE(overlay.alerts.size(), 1);
    // The app dies while Alex's alert is on screen.
    queue().removeClient(&overlay);
    restart();
    QCOMPARE(queue().pendingCount(), 1);

    FakeClient again;
    queue().addClient(&again);
    QCOMPARE(again.alerts.size(), 1);
    QCOMPARE(again.alerts.first().buyer, QStringLiteral("Blake"));
}

void TestAlertQueue::oldAlertsAreDropped()
{
    AlertQueue::Options options;
    options.maxPendingAgeMs = 30 * 60 * 1000;
    queue().setOptions(options);
    QVERIFY(queue().sendTestAlert() > 0);
    m_clock.advance(10 * 60 * 1000);
    QVERIFY(queue().sendTestAlert() > 0);

    // OBS opens 25 minutes after the second alert: the first is 35 minutes old, too late to show.
    m_clock.advance(25 * 60 * 1000);
    FakeClient overlay;
    queue().addClient(&overlay);
    QCOMPARE(overlay.alerts.size(), 1);
    QCOMPARE(queue().pendingCount(), 0);

    // A sale that is already too old when it arrives (caught up after a long break) never queues.
    Sale old = makeSale(QStringLiteral("evt_old"), QStringLiteral("Alex"));
    old.created = m_clock.now().addSecs(-3600);
    QString error;
    QCOMPARE(queue().enqueueSale(old, &error), 0);
    QVERIFY(!error.isEmpty());

    // After a restart, alerts that waited too long are dropped as they load.
    queue().removeClient(&overlay);
    QVERIFY(queue().sendTestAlert() > 0);
    m_clock.advance(31 * 60 * 1000);
    restart();
    QCOMPARE(queue().pendingCount(), 0);
}

void TestAlertQueue::pauseHoldsAlertsAndSurvivesRestart()
{
    QSignalSpy pausedChanged(&queue(), &AlertQueue::pausedChanged);
    QVERIFY(queue().setPaused(true));
    QCOMPARE(pausedChanged.count(), 1);
    // The tray's pause toggle reads the same key.
    QCOMPARE(m_appState->value(AlertQueue::pausedStateKey()), QStringLiteral("1"));
    QCOMPARE(AlertQueue::pausedStateKey(), QStringLiteral("alerts/paused"));

    restart();
    QVERIFY(queue().isPaused());
    FakeClient overlay;
    queue().addClient(&overlay);
    // A client that connects while paused is told so.
    QCOMPARE(overlay.controls.size(), 1);
    QCOMPARE(overlay.controls.first().first, AlertControl::Pause);
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    QCOMPARE(overlay.alerts.size(), 0);

    QVERIFY(queue().setPaused(false));
    QCOMPARE(overlay.controls.last().first, AlertControl::Resume);
    QCOMPARE(overlay.alerts.size(), 1);
    restart();
    QVERIFY(!queue().isPaused());
}

void TestAlertQueue::pauseLetsTheCurrentAlertFinish()
{
    FakeClient overlay;
    queue().addClient(&overlay);
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    queue().enqueueSale(makeSale(QStringLiteral("evt_b"), QStringLiteral("Blake")));
    QVERIFY(queue().setPaused(true));
    QVERIFY(queue().current()); // not cut off mid-animation
    overlay.reportDone(overlay.lastId());
    m_timer->fire();
    QCOMPARE(overlay.alerts.size(), 1);
    QCOMPARE(queue().pendingCount(), 1);
}

void TestAlertQueue::skipTakesTheCurrentAlertOff()
{
    FakeClient overlay;
    queue().addClient(&overlay);
    QVERIFY(!queue().skip());
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    queue().enqueueSale(makeSale(QStringLiteral("evt_b"), QStringLiteral("Blake")));
    const qint64 first = overlay.lastId();

    QSignalSpy finished(&queue(), &AlertQueue::alertFinished);
    QVERIFY(queue().skip());
    QCOMPARE(overlay.controls.last(), qMakePair(AlertControl::Skip, first));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).value<AlertQueue::FinishReason>(), AlertQueue::FinishReason::Skipped);
    overlay.reportDone(first); // the page confirms after its exit animation: changes nothing
    m_timer->fire();
    QCOMPARE(overlay.alerts.last().buyer, QStringLiteral("Blake"));
}

void TestAlertQueue::clearDropsPendingAlerts()
{
    FakeClient overlay;
    queue().addClient(&overlay);
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    queue().enqueueSale(makeSale(QStringLiteral("evt_b"), QStringLiteral("Blake")));
    queue().enqueueSale(makeSale(QStringLiteral("evt_c"), QStringLiteral("Casey")));
    QSignalSpy pending(&queue(), &AlertQueue::pendingCountChanged);
    QCOMPARE(queue().clear(), 2);
    QCOMPARE(overlay.controls.last().first, AlertControl::Clear);
    QVERIFY(!queue().current());
    QCOMPARE(pending.last().first().toInt(), 0);
    m_timer->fire();
    QCOMPARE(overlay.alerts.size(), 1);

    queue().removeClient(&overlay);
    restart();
    QCOMPARE(queue().pendingCount(), 0);
}

void TestAlertQueue::eachSaleAlertsOnceButCanBeReplayed()
{
    const Sale sale = makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex"));
    QVERIFY(queue().enqueueSale(sale) > 0);
    QString error;
    QCOMPARE(queue().enqueueSale(sale, &error), 0);
    QVERIFY(!error.isEmpty());
    restart();
    QCOMPARE(queue().enqueueSale(sale), 0);
    QCOMPARE(queue().pendingCount(), 1);

    QVERIFY(queue().replaySale(sale) > 0);
    QVERIFY(queue().replaySale(sale) > 0);
    QCOMPARE(queue().pendingCount(), 3);
    FakeClient overlay;
    queue().addClient(&overlay);
    QVERIFY(!overlay.alerts.first().replay);
    overlay.reportDone(overlay.lastId());
    m_timer->fire();
    QVERIFY(overlay.alerts.last().replay);
    QCOMPARE(overlay.alerts.last().eventId, QStringLiteral("evt_a"));
}

void TestAlertQueue::refundedSaleDoesNotAlert()
{
    Sale sale = makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex"));
    sale.status = SaleStatus::Refunded;
    QCOMPARE(queue().enqueueSale(sale), 0);
    QCOMPARE(queue().pendingCount(), 0);
}

void TestAlertQueue::staleReportsAreIgnored()
{
    FakeClient overlay;
    FakeClient preview(AlertClient::Role::Preview);
    queue().addClient(&overlay);
    queue().addClient(&preview);
    queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    QSignalSpy finished(&queue(), &AlertQueue::alertFinished);
    QSignalSpy shown(&queue(), &AlertQueue::alertShown);
    overlay.reportDone(overlay.lastId() + 100);
    preview.reportDone(overlay.lastId());
    QCOMPARE(finished.count(), 0);
    overlay.reportShown(overlay.lastId());
    overlay.reportShown(overlay.lastId());
    QCOMPARE(shown.count(), 1);
    overlay.reportDone(overlay.lastId());
    overlay.reportDone(overlay.lastId());
    QCOMPARE(finished.count(), 1);
}

void TestAlertQueue::testAlertGoesThroughTheQueue()
{
    FakeClient overlay;
    queue().addClient(&overlay);
    QVERIFY(queue().sendTestAlert() > 0);
    QVERIFY(queue().sendTestAlert() > 0);
    QCOMPARE(overlay.alerts.size(), 1);
    QCOMPARE(overlay.alerts.first().kind, AlertKind::Test);
    QCOMPARE(queue().pendingCount(), 1);
}

void TestAlertQueue::alertSentAtOnceIsStoredAsShown()
{
    FakeClient overlay;
    queue().addClient(&overlay);
    const qint64 first = queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex")));
    QVERIFY(first > 0);
    QCOMPARE(overlay.alerts.size(), 1);
    // The id on the wire is the stored alert's: reports and replays find it.
    QCOMPARE(overlay.lastId(), first);
    QCOMPARE(m_repository->state(first), AlertRepository::State::Shown);

    // After a restart, new alerts never reuse an id an overlay may still echo.
    restart();
    FakeClient again;
    queue().addClient(&again);
    const qint64 second = queue().sendTestAlert();
    QVERIFY(second > first);
    QCOMPARE(again.lastId(), second);
    QCOMPARE(m_repository->state(second), AlertRepository::State::Shown);
}

void TestAlertQueue::saleAlreadyAlertedIsNotSentAgain()
{
    const Sale sale = makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex"));
    QVERIFY(queue().enqueueSale(sale) > 0);
    FakeClient overlay;
    queue().addClient(&overlay);
    QCOMPARE(overlay.alerts.size(), 1);
    overlay.reportDone(overlay.lastId());
    m_timer->fire();

    // The queue is idle with an overlay listening: a second announcement of the same sale (after a
    // restart too) is refused before anything reaches the stream.
    QString error;
    QCOMPARE(queue().enqueueSale(sale, &error), 0);
    QVERIFY(!error.isEmpty());
    restart();
    FakeClient later;
    queue().addClient(&later);
    QCOMPARE(queue().enqueueSale(sale), 0);
    QCOMPARE(overlay.alerts.size(), 1);
    QVERIFY(later.alerts.isEmpty());
}

void TestAlertQueue::alertStillPlaysWhenItCannotBeStored()
{
    FakeClient overlay;
    queue().addClient(&overlay);
    QVERIFY(queue().enqueueSale(makeSale(QStringLiteral("evt_a"), QStringLiteral("Alex"))) > 0);
    overlay.reportDone(overlay.lastId());
    m_timer->fire();

    // Now the database can be read but takes no writes, as on a full disk.
    QSignalSpy problems(&queue(), &AlertQueue::problem);
    QSqlQuery(m_database->connection()).exec(QStringLiteral("PRAGMA query_only = ON"));
    const qint64 unstored = queue().enqueueSale(makeSale(QStringLiteral("evt_b"), QStringLiteral("Blake")));
    QVERIFY(unstored > 0);
    QCOMPARE(overlay.alerts.size(), 2);
    QCOMPARE(overlay.alerts.last().buyer, QStringLiteral("Blake"));
    QCOMPARE(problems.count(), 1);
    QVERIFY(!m_repository->state(unstored));

    // Its id is never handed out again, also after a restart with nothing written since: an overlay
    // page that stayed open remembers it as finished and would ignore a new alert carrying it.
    restart();
    FakeClient later;
    queue().addClient(&later);
    const qint64 next = queue().sendTestAlert();
    QVERIFY(next > unstored);
    QCOMPARE(later.lastId(), next);
    // Nor by an alert that has to wait (stored before it is sent).
    const qint64 waiting = queue().enqueueSale(makeSale(QStringLiteral("evt_c"), QStringLiteral("Casey")));
    QVERIFY(waiting > next);
    QCOMPARE(queue().pendingCount(), 1);
}

QTEST_GUILESS_MAIN(TestAlertQueue)
#include "tst_alertqueue.moc"
