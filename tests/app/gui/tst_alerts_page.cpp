#include "AlertTestDoubles.h"
#include "AlertsPage.h"
#include "AppServices.h"
#include "CopyableField.h"
#include "GuiServices.h"
#include "ScriptedDialogs.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertsModule.h"
#include "alerts/LiveAlertPreview.h"
#include "alerts/SalesHistoryModel.h"
#include "alerts/SalesHistoryPanel.h"
#include "alerts/TierEditor.h"
#include "db/AppStateRepository.h"
#include "server/OverlayServer.h"
#include "settings/Settings.h"
#include "stripe/SalesLedger.h"
#include "window/AlertCard.h"

#include <QAbstractAnimation>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Dewey;
using DeweyTest::FakeClient;
using DeweyTest::GuiServices;
using DeweyTest::ScriptedDialogs;

// The Alerts area against the real services: the queue panel's buttons, the overlay URL, the preview
// and the live sales history.
class TestAlertsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pauseFromThePanelPersists();
    void testSkipAndClear();
    void regenerateAsksFirst();
    void previewFollowsTiersAndQueue();
    void saleAppearsInTheHistory();
    void previewIsASecondClientNotAnOverlay();
    void previewPlaysTheTestAlertUntilSkipped();
    void previewNeverHoldsTheQueue();

private:
    AlertsPage& page();

    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<GuiServices> m_gui;
    std::unique_ptr<AlertsPage> m_page;
};

void TestAlertsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAlertsPage::init()
{
    m_dialogs = std::make_unique<ScriptedDialogs>();
    m_gui = std::make_unique<GuiServices>();
    QVERIFY2(m_gui->error().isEmpty(), qPrintable(m_gui->error()));
    m_page = std::make_unique<AlertsPage>(m_gui->services(), *m_dialogs);
}

void TestAlertsPage::cleanup()
{
    m_page.reset();
    m_gui.reset();
    m_dialogs.reset();
}

AlertsPage& TestAlertsPage::page()
{
    return *m_page;
}

void TestAlertsPage::pauseFromThePanelPersists()
{
    AppServices& services = m_gui->services();
    AlertQueue& queue = services.alerts().queue();
    QCOMPARE(page().pauseButton()->text(), QStringLiteral("Pause alerts"));

    QTest::mouseClick(page().pauseButton(), Qt::LeftButton);
    QVERIFY(queue.isPaused());
    QCOMPARE(services.appState().value(AlertQueue::pausedStateKey()), QStringLiteral("1"));
    QCOMPARE(page().pauseButton()->text(), QStringLiteral("Resume alerts"));

    // A test alert waits while paused, and the panel says why.
    QTest::mouseClick(page().testAlertButton(), Qt::LeftButton);
    QCOMPARE(queue.pendingCount(), 1);
    QCOMPARE(page().queueText(), QStringLiteral("Alert queue: 1 waiting. They play when you resume alerts."));

    // Resuming from the panel is stored too (the queue reads this key back on the next start).
    QTest::mouseClick(page().pauseButton(), Qt::LeftButton);
    QVERIFY(!queue.isPaused());
    QCOMPARE(services.appState().value(AlertQueue::pausedStateKey()), QStringLiteral("0"));
}

void TestAlertsPage::testSkipAndClear()
{
    AlertQueue& queue = m_gui->services().alerts().queue();
    QCOMPARE(page().nowShowingText(), QStringLiteral("Nothing on screen."));
    QVERIFY(!page().skipButton()->isEnabled());
    QVERIFY(!page().clearButton()->isEnabled());

    QSignalSpy queued(&queue, &AlertQueue::alertQueued);
    QTest::mouseClick(page().testAlertButton(), Qt::LeftButton);
    QTest::mouseClick(page().testAlertButton(), Qt::LeftButton);
    QCOMPARE(queued.count(), 2);
    // No overlay is connected in this test: both wait.
    QCOMPARE(queue.pendingCount(), 2);
    QVERIFY(page().clearButton()->isEnabled());
    QCOMPARE(page().queueText(),
             QStringLiteral("Alert queue: 2 waiting. They play when an overlay connects."));

    QTest::mouseClick(page().clearButton(), Qt::LeftButton);
    QCOMPARE(queue.pendingCount(), 0);
    QCOMPARE(page().queueText(), QStringLiteral("Alert queue: empty."));
    QVERIFY(!page().clearButton()->isEnabled());
}

void TestAlertsPage::regenerateAsksFirst()
{
    Settings& settings = m_gui->services().settings();
    const QString before = page().overlayUrlField()->text();
    QVERIFY(!before.isEmpty());
    QCOMPARE(before, m_gui->services().overlayServer().overlayUrl());

    m_dialogs->answerNextConfirmation(false);
    QTest::mouseClick(page().regenerateTokenButton(), Qt::LeftButton);
    QCOMPARE(m_dialogs->confirmations.size(), 1);
    QCOMPARE(page().overlayUrlField()->text(), before);

    const QString token = settings.overlayToken();
    m_dialogs->answerNextConfirmation(true);
    QTest::mouseClick(page().regenerateTokenButton(), Qt::LeftButton);
    QVERIFY(settings.overlayToken() != token);
    QVERIFY(page().overlayUrlField()->text() != before);
    QVERIFY(page().overlayUrlField()->text().contains(settings.overlayToken()));
}

void TestAlertsPage::previewFollowsTiersAndQueue()
{
    AlertsModule& alerts = m_gui->services().alerts();
    QCOMPARE(page().preview()->title(), alerts.composer().testAlert().title);

    // A tier saved in the editor changes the preview at once.
    TierEditor* editor = page().tierEditor();
    editor->addTier();
    editor->titleEdit()->setText(QStringLiteral("{buyer} made my day"));
    QVERIFY(editor->save());
    QCOMPARE(page().preview()->title(), QStringLiteral("Alex made my day"));

    // With an alert waiting, the preview shows that one.
    Sale sale = AlertComposer::sampleSale();
    sale.eventId = QStringLiteral("evt_preview");
    sale.buyerName = QStringLiteral("Noor");
    QVERIFY(alerts.queue().enqueueSale(sale) != 0);
    QCOMPARE(page().preview()->title(), QStringLiteral("Noor made my day"));
}

void TestAlertsPage::saleAppearsInTheHistory()
{
    SalesLedger& ledger = m_gui->services().salesLedger();
    SalesHistoryModel* model = page().salesModel();
    QCOMPARE(model->columnCount(), int(SalesHistoryModel::ColumnCount));
    QVERIFY(page().salesEmptyStateShown());

    Sale sale = AlertComposer::sampleSale();
    sale.eventId = QStringLiteral("evt_live_row");
    sale.objectId = QStringLiteral("cs_live_row");
    sale.created = QDateTime::currentDateTimeUtc().addSecs(1);
    sale.buyerName = QStringLiteral("Iris");
    PurchaseKeys keys;
    keys.objectId = sale.objectId;
    QCOMPARE(ledger.recordSale(sale, keys, QStringLiteral("checkout.session.completed"), false).status,
             SalesLedger::WriteStatus::Written);
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(!page().salesEmptyStateShown());
    QCOMPARE(model->index(0, SalesHistoryModel::BuyerColumn).data().toString(), QStringLiteral("Iris"));
    QTRY_COMPARE(model->alertStatusAt(0), SalesHistoryModel::AlertStatus::Pending);
}

namespace {

// Generous: these wait for conditions, not for time to pass.
constexpr int kDeadlineMs = 20000;

// Nothing ticks: no timer or animation of the preview runs.
bool previewIsQuiet(const LiveAlertPreview& preview)
{
    const QList<QTimer*> timers = preview.findChildren<QTimer*>();
    for (const QTimer* timer : timers) {
        if (timer->isActive())
            return false;
    }
    const QList<QAbstractAnimation*> animations = preview.findChildren<QAbstractAnimation*>();
    for (const QAbstractAnimation* animation : animations) {
        if (animation->state() != QAbstractAnimation::Stopped)
            return false;
    }
    return !animations.isEmpty();
}

} // namespace

void TestAlertsPage::previewIsASecondClientNotAnOverlay()
{
    AlertQueue& queue = m_gui->services().alerts().queue();
    LiveAlertPreview* preview = page().preview();
    QCOMPARE(preview->client().role(), AlertClient::Role::Preview);
    QCOMPARE(queue.clientCount(), 1);
    QCOMPARE(queue.overlayCount(), 0); // the streamer's preview is no audience
    QVERIFY2(page().overlayStateText().contains(QStringLiteral("No overlay is connected yet.")),
             qPrintable(page().overlayStateText()));

    // Idle: the next alert, still, and nothing ticking.
    QVERIFY(!preview->isLive());
    QVERIFY(preview->statusText().startsWith(QStringLiteral("Live preview — alerts appear here")));
    QVERIFY(previewIsQuiet(*preview));

    // A test alert waits for an overlay; the preview alone does not make it play.
    QTest::mouseClick(page().testAlertButton(), Qt::LeftButton);
    QCOMPARE(queue.pendingCount(), 1);
    QVERIFY(!preview->isLive());
    QVERIFY(previewIsQuiet(*preview));

    // Pause shows in the preview's idle state too.
    QTest::mouseClick(page().pauseButton(), Qt::LeftButton);
    QVERIFY(preview->statusText().startsWith(QStringLiteral("Live preview — alerts are paused.")));

    // The page detaches its preview when it goes.
    m_page.reset();
    QCOMPARE(queue.clientCount(), 0);
}

void TestAlertsPage::previewPlaysTheTestAlertUntilSkipped()
{
    AlertQueue& queue = m_gui->services().alerts().queue();
    FakeClient overlay;
    queue.addClient(&overlay);
    QCOMPARE(queue.overlayCount(), 1);
    LiveAlertPreview* preview = page().preview();
    const Alert sample = m_gui->services().alerts().composer().testAlert();

    QTest::mouseClick(page().testAlertButton(), Qt::LeftButton);
    QCOMPARE(overlay.alerts.size(), 1);
    const qint64 id = overlay.lastId();
    QVERIFY(preview->isLive());
    QCOMPARE(preview->card()->currentAlertId(), id);
    QCOMPARE(preview->title(), overlay.alerts.first().title);
    QCOMPARE(preview->text(), overlay.alerts.first().text);
    QCOMPARE(preview->title(), sample.title);
    QVERIFY(!preview->text().isEmpty());
    QVERIFY(preview->statusText().startsWith(QStringLiteral("Live preview — on screen now")));
    QCOMPARE(page().nowShowingText(), QStringLiteral("Now showing: %1").arg(sample.title));

    QTest::mouseClick(page().skipButton(), Qt::LeftButton);
    QVERIFY(!queue.current());
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isLive(), kDeadlineMs);
    QVERIFY(preview->statusText().startsWith(QStringLiteral("Live preview — alerts appear here")));
    QCOMPARE(preview->card()->currentAlertId(), qint64(0));
    QCOMPARE(preview->title(), sample.title); // the dimmed "up next" card again
    QVERIFY(previewIsQuiet(*preview));
    queue.removeClient(&overlay);
}

void TestAlertsPage::previewNeverHoldsTheQueue()
{
    AlertQueue& queue = m_gui->services().alerts().queue();
    AlertQueue::Options options = queue.options();
    options.gapMs = 1;
    queue.setOptions(options);
    FakeClient overlay;
    queue.addClient(&overlay);
    LiveAlertPreview* preview = page().preview();
    QSignalSpy finished(&queue, &AlertQueue::alertFinished);
    QSignalSpy started(&queue, &AlertQueue::alertStarted);

    QTest::mouseClick(page().testAlertButton(), Qt::LeftButton);
    QTest::mouseClick(page().testAlertButton(), Qt::LeftButton);
    QCOMPARE(started.count(), 1);
    const qint64 first = overlay.lastId();
    QCOMPARE(preview->card()->currentAlertId(), first);

    // The only overlay is done; the preview is still playing the alert, and nobody waits for it.
    overlay.reportDone(first);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), first);
    QCOMPARE(finished.first().at(1).value<AlertQueue::FinishReason>(), AlertQueue::FinishReason::Done);
    QVERIFY(preview->isLive());

    // After the gap the next one goes out, to the overlay and the preview alike.
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, kDeadlineMs);
    const qint64 second = overlay.lastId();
    QVERIFY(second != first);
    QCOMPARE(preview->card()->currentAlertId(), second);
    QCOMPARE(preview->title(), overlay.alerts.last().title);
    queue.removeClient(&overlay);
}

QTEST_MAIN(TestAlertsPage)
#include "tst_alerts_page.moc"
