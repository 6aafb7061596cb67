#include "AlertsPage.h"
#include "AppServices.h"
#include "CopyableField.h"
#include "GuiServices.h"
#include "ScriptedDialogs.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertPreview.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertsModule.h"
#include "alerts/SalesHistoryModel.h"
#include "alerts/SalesHistoryPanel.h"
#include "alerts/TierEditor.h"
#include "db/AppStateRepository.h"
#include "server/OverlayServer.h"
#include "settings/Settings.h"
#include "stripe/SalesLedger.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Dewey;
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

QTEST_MAIN(TestAlertsPage)
#include "tst_alerts_page.moc"
