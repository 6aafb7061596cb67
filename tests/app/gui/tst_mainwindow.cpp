#include "AboutDialog.h"
#include "AlertsPage.h"
#include "AppServices.h"
#include "CopyableField.h"
#include "DeweyPage.h"
#include "GuiServices.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "SecretField.h"
#include "SecretsSection.h"
#include "SettingsPage.h"
#include "SetupGuide.h"
#include "StatusBarController.h"
#include "StripeSection.h"
#include "ThemeController.h"
#include "TrayController.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertsModule.h"
#include "alerts/SalesHistoryModel.h"
#include "common/DeweyVersion.h"
#include "db/AppStateRepository.h"
#include "secrets/SecretStore.h"
#include "server/OverlayServer.h"
#include "server/WebhookReceiver.h"
#include "settings/Settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Dewey;
using DeweyTest::GuiServices;
using DeweyTest::ScriptedDialogs;

// Receives the URLs the window asks the desktop to open, instead of a real file manager.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hasThreeAreas();
    void switchesAreasFromKeyboard_data();
    void switchesAreasFromKeyboard();
    void switchesAreasFromNavigation();
    void alertsPageShowsRealOverlayUrl();
    void recentSalesStartEmpty();
    void statusBarShowsRealState();
    void statusBarFollowsOpenAiKeySavedInSettings();
    void statusBarFollowsServers();
    void deweyPageExplainsWhatItNeeds();
    void setupGuideOpensOnFirstRunOnly_data();
    void setupGuideOpensOnFirstRunOnly();
    void setupGuideReopensFromHelpMenu();
    void closingWithoutTrayQuits();
    void closingWithTrayHidesAndExplainsOnce();
    void switchingThemeChangesPalette();
    void trayPauseTogglePersists();
    void testAlertIsDisabledUntilHandled();
    void trayTestAlertQueuesOne();
    void aboutNamesVersions();
    void openDataFolderOpensIt();

private:
    MainWindow* makeWindow(MainWindow::Options options = {});

    std::unique_ptr<GuiServices> m_gui;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dialogs = std::make_unique<ScriptedDialogs>();
    m_gui = std::make_unique<GuiServices>();
    QVERIFY2(m_gui->error().isEmpty(), qPrintable(m_gui->error()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_gui.reset();
    m_dialogs.reset();
}

MainWindow* TestMainWindow::makeWindow(MainWindow::Options options)
{
    if (!options.systemTrayAvailable)
        options.systemTrayAvailable = false;
    m_window = std::make_unique<MainWindow>(m_gui->services(), m_gui->autostart(), *m_dialogs, options);
    return m_window.get();
}

void TestMainWindow::hasThreeAreas()
{
    MainWindow* window = makeWindow();
    for (const char* name : {"deweyPage", "alertsPage", "settingsPage"})
        QVERIFY2(window->findChild<QWidget*>(QString::fromLatin1(name)), name);
    QCOMPARE(window->navigation()->count(), 3);
    QCOMPARE(window->navigation()->item(0)->text(), QStringLiteral("Dewey"));
    QCOMPARE(window->navigation()->item(1)->text(), QStringLiteral("Alerts"));
    QCOMPARE(window->navigation()->item(2)->text(), QStringLiteral("Settings"));
    for (int row = 0; row < 3; ++row)
        QVERIFY(!window->navigation()->item(row)->icon().isNull());
    QCOMPARE(window->currentArea(), MainWindow::Area::Dewey);
}

void TestMainWindow::switchesAreasFromKeyboard_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("page");
    QTest::addRow("Ctrl+2 opens Alerts") << int(Qt::Key_2) << QStringLiteral("alertsPage");
    QTest::addRow("Ctrl+3 opens Settings") << int(Qt::Key_3) << QStringLiteral("settingsPage");
    QTest::addRow("Ctrl+1 opens Dewey") << int(Qt::Key_1) << QStringLiteral("deweyPage");
}

void TestMainWindow::switchesAreasFromKeyboard()
{
    QFETCH(int, key);
    QFETCH(QString, page);
    m_gui->services().settings().setFirstRunCompleted(true);
    MainWindow* window = makeWindow();
    // Start elsewhere, so the shortcut has something to change.
    window->showArea(page == QStringLiteral("deweyPage") ? MainWindow::Area::Settings
                                                         : MainWindow::Area::Dewey);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));

    QTest::keyClick(window, Qt::Key(key), Qt::ControlModifier);

    auto* shown = window->findChild<QWidget*>(page);
    QVERIFY(shown);
    QTRY_VERIFY(shown->isVisible());
    for (const char* other : {"deweyPage", "alertsPage", "settingsPage"}) {
        if (page != QLatin1String(other))
            QVERIFY(!window->findChild<QWidget*>(QString::fromLatin1(other))->isVisible());
    }
}

void TestMainWindow::switchesAreasFromNavigation()
{
    m_gui->services().settings().setFirstRunCompleted(true);
    MainWindow* window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QListWidget* navigation = window->navigation();
    const QRect alertsRow = navigation->visualItemRect(navigation->item(1));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, alertsRow.center());
    QCOMPARE(window->currentArea(), MainWindow::Area::Alerts);
    QVERIFY(window->alertsPage()->isVisible());
    QVERIFY(!window->deweyPage()->isVisible());

    window->areaAction(MainWindow::Area::Settings)->trigger();
    QCOMPARE(navigation->currentRow(), 2);
    QVERIFY(window->settingsPage()->isVisible());
}

void TestMainWindow::alertsPageShowsRealOverlayUrl()
{
    AppServices& services = m_gui->services();
    MainWindow* window = makeWindow();
    CopyableField* field = window->alertsPage()->overlayUrlField();

    const QString url = field->text();
    QCOMPARE(url, services.overlayServer().overlayUrl());
    QVERIFY(
        url.startsWith(QStringLiteral("http://127.0.0.1:%1/overlay?").arg(services.overlayServer().port())));
    QVERIFY(url.endsWith(QStringLiteral("token=") + services.settings().overlayToken()));
    QVERIFY(field->lineEdit()->isReadOnly());
    QCOMPARE(window->alertsPage()->webhookUrlField()->text(), services.webhookReceiver().webhookUrl());
    QVERIFY(
        window->alertsPage()->overlayStateText().contains(QString::number(services.overlayServer().port())));

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(field->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
}

void TestMainWindow::recentSalesStartEmpty()
{
    MainWindow* window = makeWindow();
    AlertsPage* page = window->alertsPage();
    SalesHistoryModel* model = page->salesModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->columnCount(), int(SalesHistoryModel::ColumnCount));
    QVERIFY(page->salesEmptyStateShown());
    // Live rows from the ledger: tst_sales_history and tst_alerts_page.
}

void TestMainWindow::statusBarShowsRealState()
{
    AppServices& services = m_gui->services();
    MainWindow* window = makeWindow();
    StatusBarController* status = window->statusBarController();

    QCOMPARE(status->overlayText(),
             QStringLiteral("Overlay: 127.0.0.1:%1 · 0 connected").arg(services.overlayServer().port()));
    QCOMPARE(status->webhookText(),
             QStringLiteral("Webhooks: listening on %1").arg(services.webhookReceiver().port()));
    QCOMPARE(status->openAiText(), QStringLiteral("OpenAI: key not set"));
    QVERIFY(status->pausedText().isEmpty());
    // No tunnel chosen: the status bar says sales arrive by catch-up only.
    QCOMPARE(status->tunnelText(), QStringLiteral("Tunnel: off (catch-up only)"));

    status->setTunnelState(QStringLiteral("cloudflared connected"));
    QCOMPARE(status->tunnelText(), QStringLiteral("Tunnel: cloudflared connected"));
    status->setOpenAiError(QStringLiteral("401 invalid key"));
    QCOMPARE(status->openAiText(), QStringLiteral("OpenAI: error: 401 invalid key"));
    status->setOpenAiError({});
    QCOMPARE(status->openAiText(), QStringLiteral("OpenAI: key not set"));

    for (const char* part :
         {"overlayStatus", "webhookStatus", "openAiStatus", "tunnelStatus", "pausedStatus"}) {
        auto* label = window->statusBar()->findChild<QWidget*>(QString::fromLatin1(part));
        QVERIFY2(label && !label->toolTip().isEmpty(), part);
    }
}

void TestMainWindow::statusBarFollowsOpenAiKeySavedInSettings()
{
    AppServices& services = m_gui->services();
    MainWindow* window = makeWindow();
    window->showArea(MainWindow::Area::Settings);
    SecretField* field = window->settingsPage()->secrets()->field(SecretId::OpenAiApiKey);
    QVERIFY(field);
    QVERIFY(!field->saveButton()->isEnabled());

    QTest::keyClicks(field->edit(), QStringLiteral("sk-test-123"));
    QVERIFY(field->saveButton()->isEnabled());
    QSignalSpy saved(&services.secrets(), &SecretStore::saved);
    QTest::mouseClick(field->saveButton(), Qt::LeftButton);

    QVERIFY(saved.wait(10000) || !saved.isEmpty());
    QCOMPARE(services.secrets().value(SecretId::OpenAiApiKey), QStringLiteral("sk-test-123"));
    QCOMPARE(window->statusBarController()->openAiText(), QStringLiteral("OpenAI: key set"));
    QVERIFY2(field->edit()->text().isEmpty(), "the key must not stay on screen after saving");
    QVERIFY(field->statusText().startsWith(QStringLiteral("Set")));
}

void TestMainWindow::statusBarFollowsServers()
{
    AppServices& services = m_gui->services();
    MainWindow* window = makeWindow();

    services.overlayServer().close();
    QCOMPARE(window->statusBarController()->overlayText(), QStringLiteral("Overlay: not running"));
    QVERIFY(window->alertsPage()->overlayUrlField()->text().isEmpty());
    QVERIFY(!window->alertsPage()->overlayUrlField()->copyButton()->isEnabled());

    services.webhookReceiver().close();
    QCOMPARE(window->statusBarController()->webhookText(), QStringLiteral("Webhooks: not running"));
}

void TestMainWindow::deweyPageExplainsWhatItNeeds()
{
    MainWindow* window = makeWindow();
    DeweyPage* page = window->deweyPage();
    QVERIFY(page->conversation());
    QVERIFY(page->emptyStateText().contains(QStringLiteral("OpenAI API key")));
    QVERIFY2(!page->input()->isEnabled(), "no input that silently goes nowhere");

    m_gui->services().secrets().setValue(SecretId::OpenAiApiKey, QStringLiteral("sk-abc"));
    QVERIFY(page->emptyStateText().contains(QStringLiteral("is set")));
}

void TestMainWindow::setupGuideOpensOnFirstRunOnly_data()
{
    QTest::addColumn<QString>("howClosed");
    QTest::addRow("skipped") << QStringLiteral("skip");
    QTest::addRow("finished") << QStringLiteral("finish");
    QTest::addRow("closed with Escape") << QStringLiteral("escape");
}

void TestMainWindow::setupGuideOpensOnFirstRunOnly()
{
    QFETCH(QString, howClosed);
    AppServices& services = m_gui->services();
    QVERIFY(!services.settings().firstRunCompleted());

    MainWindow* window = makeWindow();
    window->show();
    QTRY_VERIFY(window->setupGuide() && window->setupGuide()->isVisible());
    SetupGuide* guide = window->setupGuide();
    QCOMPARE(guide->stepCount(), 3);
    QCOMPARE(guide->currentStep(), 0);
    QCOMPARE(guide->overlayUrlField()->text(), services.overlayServer().overlayUrl());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(guide->overlayUrlField()->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), services.overlayServer().overlayUrl());

    if (howClosed == QStringLiteral("skip")) {
        QTest::mouseClick(guide->skipButton(), Qt::LeftButton);
    } else if (howClosed == QStringLiteral("finish")) {
        QTest::mouseClick(guide->nextButton(), Qt::LeftButton);
        QCOMPARE(guide->currentStep(), 1);
        QTest::mouseClick(guide->nextButton(), Qt::LeftButton);
        QCOMPARE(guide->currentStep(), 2);
        QVERIFY(!guide->nextButton()->isVisible());
        QVERIFY(guide->finishButton()->isVisible());
        QTest::mouseClick(guide->finishButton(), Qt::LeftButton);
    } else {
        QTest::keyClick(guide, Qt::Key_Escape);
    }
    QTRY_VERIFY(!window->setupGuide());
    QVERIFY(services.settings().firstRunCompleted());

    m_window.reset();
    MainWindow* again = makeWindow();
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again));
    QCoreApplication::processEvents();
    QVERIFY2(!again->setupGuide(), "the guide must not come back uninvited");
}

void TestMainWindow::setupGuideReopensFromHelpMenu()
{
    m_gui->services().settings().setFirstRunCompleted(true);
    MainWindow* window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();
    QVERIFY(!window->setupGuide());

    window->setupGuideAction()->trigger();
    QVERIFY(window->setupGuide());
    QTRY_VERIFY(window->setupGuide()->isVisible());

    // The Stripe step leads to Settings → Stripe, where the tunnel is chosen and Stripe connected;
    // the guide stays open beside it.
    SetupGuide* guide = window->setupGuide();
    guide->goToStep(1);
    QVERIFY(guide->stripeSettingsButton()->isVisible());
    QCOMPARE(window->currentArea(), MainWindow::Area::Dewey);
    QTest::mouseClick(guide->stripeSettingsButton(), Qt::LeftButton);
    QCOMPARE(window->currentArea(), MainWindow::Area::Settings);
    QCOMPARE(window->focusWidget(), window->settingsPage()->stripe()->kindCombo());
    QVERIFY(guide->isVisible());

    // The OpenAI key can be saved from the guide, too.
    guide->goToStep(2);
    QTest::keyClicks(guide->openAiField()->edit(), QStringLiteral("sk-from-guide"));
    QTest::mouseClick(guide->openAiField()->saveButton(), Qt::LeftButton);
    QCOMPARE(m_gui->services().secrets().value(SecretId::OpenAiApiKey), QStringLiteral("sk-from-guide"));
    QCOMPARE(window->statusBarController()->openAiText(), QStringLiteral("OpenAI: key set"));
}

void TestMainWindow::closingWithoutTrayQuits()
{
    m_gui->services().settings().setFirstRunCompleted(true);
    MainWindow* window = makeWindow({false});
    QVERIFY(!window->trayController()->isAvailable());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy quit(window, &MainWindow::quitRequested);

    QVERIFY(window->close());

    QCOMPARE(quit.count(), 1);
    QVERIFY(!window->isVisible());
    QVERIFY(m_dialogs->informations.isEmpty());
}

void TestMainWindow::closingWithTrayHidesAndExplainsOnce()
{
    Settings& settings = m_gui->services().settings();
    settings.setFirstRunCompleted(true);
    QVERIFY(!settings.trayHintShown());
    MainWindow* window = makeWindow({true});
    QVERIFY(window->trayController()->isAvailable());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy quit(window, &MainWindow::quitRequested);

    QVERIFY2(!window->close(), "closing must only hide the window while the tray is there");
    QVERIFY(!window->isVisible());
    QCOMPARE(quit.count(), 0);
    QVERIFY(settings.trayHintShown());
    // Offscreen has no tray balloons, so the hint comes as a dialog.
    if (!QSystemTrayIcon::supportsMessages()) {
        QCOMPARE(m_dialogs->informations.size(), 1);
        QVERIFY(m_dialogs->informations.first().text.contains(QStringLiteral("tray")));
    }

    // The tray brings the window back; closing again says nothing more.
    window->trayController()->showHideAction()->trigger();
    QTRY_VERIFY(window->isVisible());
    window->close();
    QVERIFY(!window->isVisible());
    QVERIFY(m_dialogs->informations.size() <= 1);

    window->trayController()->quitAction()->trigger();
    QCOMPARE(quit.count(), 1);
}

void TestMainWindow::switchingThemeChangesPalette()
{
    Settings& settings = m_gui->services().settings();
    MainWindow* window = makeWindow();
    auto* combo = window->findChild<QComboBox*>(QStringLiteral("themeCombo"));
    QVERIFY(combo);
    const QColor darkWindow = ThemeController::darkPalette().color(QPalette::Window);

    combo->setCurrentIndex(combo->findText(QStringLiteral("Dark")));
    QCOMPARE(settings.theme(), Settings::Theme::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Window), darkWindow);

    combo->setCurrentIndex(combo->findText(QStringLiteral("System")));
    QCOMPARE(settings.theme(), Settings::Theme::System);
    QVERIFY(QApplication::palette().color(QPalette::Window) != darkWindow);

    // A change made elsewhere (another window, the settings file) shows up in the combo box, too.
    settings.setTheme(Settings::Theme::Dark);
    QCOMPARE(combo->currentText(), QStringLiteral("Dark"));
    QCOMPARE(QApplication::palette().color(QPalette::Window), darkWindow);
}

void TestMainWindow::trayPauseTogglePersists()
{
    AppServices& services = m_gui->services();
    AlertQueue& queue = services.alerts().queue();
    MainWindow* window = makeWindow();
    QAction* pause = window->trayController()->pauseAction();
    QSignalSpy changed(&queue, &AlertQueue::pausedChanged);
    QCOMPARE(pause->text(), QStringLiteral("Pause alerts"));

    pause->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    QVERIFY(queue.isPaused());
    QCOMPARE(services.appState().value(AlertQueue::pausedStateKey()), QStringLiteral("1"));
    QCOMPARE(pause->text(), QStringLiteral("Resume alerts"));
    QCOMPARE(window->statusBarController()->pausedText(), QStringLiteral("Alerts paused"));
    QCOMPARE(window->alertsPage()->pauseButton()->text(), QStringLiteral("Resume alerts"));

    // Resuming from the Alerts area works without a tray.
    QTest::mouseClick(window->alertsPage()->pauseButton(), Qt::LeftButton);
    QVERIFY(!queue.isPaused());
    QCOMPARE(services.appState().value(AlertQueue::pausedStateKey()), QStringLiteral("0"));
    QCOMPARE(pause->text(), QStringLiteral("Pause alerts"));
    QVERIFY(window->statusBarController()->pausedText().isEmpty());

    // Paused elsewhere (dewey-cli alerts pause): the window follows.
    queue.setPaused(true);
    QCOMPARE(pause->text(), QStringLiteral("Resume alerts"));
    QCOMPARE(window->statusBarController()->pausedText(), QStringLiteral("Alerts paused"));
}

void TestMainWindow::testAlertIsDisabledUntilHandled()
{
    QWidget window;
    TrayController tray(window, m_gui->services().alerts().queue(), false);
    QAction* testAlert = tray.testAlertAction();
    QSignalSpy requested(&tray, &TrayController::testAlertRequested);
    QVERIFY(!testAlert->isEnabled());
    QVERIFY(!testAlert->toolTip().isEmpty());

    testAlert->trigger();
    QCOMPARE(requested.count(), 0);

    tray.setTestAlertAvailable(true);
    QVERIFY(testAlert->isEnabled());
    testAlert->trigger();
    QCOMPARE(requested.count(), 1);
}

void TestMainWindow::trayTestAlertQueuesOne()
{
    AlertQueue& queue = m_gui->services().alerts().queue();
    MainWindow* window = makeWindow();
    QAction* testAlert = window->trayController()->testAlertAction();
    QVERIFY(testAlert->isEnabled());
    QSignalSpy queued(&queue, &AlertQueue::alertQueued);
    QCOMPARE(window->alertsPage()->queueText(), QStringLiteral("Alert queue: empty."));

    testAlert->trigger();

    QCOMPARE(queued.count(), 1);
    // No overlay is connected in this test, so it waits, and the Alerts area says why.
    QCOMPARE(queue.pendingCount(), 1);
    QCOMPARE(window->alertsPage()->queueText(),
             QStringLiteral("Alert queue: 1 waiting. They play when an overlay connects."));
    QVERIFY(m_dialogs->informations.isEmpty());
}

void TestMainWindow::aboutNamesVersions()
{
    MainWindow* window = makeWindow();
    window->aboutAction()->trigger();
    QVERIFY(window->aboutDialog());
    QVERIFY(window->aboutDialog()->isVisible());
    const QString text = window->aboutDialog()->text();
    QVERIFY(text.contains(QString::fromLatin1(kVersion)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
}

void TestMainWindow::openDataFolderOpensIt()
{
    MainWindow* window = makeWindow();
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    window->openDataFolderAction()->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

    QCOMPARE(recorder.urls.size(), 1);
    QCOMPARE(recorder.urls.first(), QUrl::fromLocalFile(m_gui->services().dataDirectory().path()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
