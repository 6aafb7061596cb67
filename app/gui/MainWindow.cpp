#include "MainWindow.h"

#include "AboutDialog.h"
#include "AlertsPage.h"
#include "AppServices.h"
#include "AssistantSection.h"
#include "DeweyPage.h"
#include "Dialogs.h"
#include "GeneralSection.h"
#include "SaleNotifier.h"
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
#include "assistant/Assistant.h"
#include "common/DeweyVersion.h"
#include "db/AppStateRepository.h"
#include "log/LogCategories.h"
#include "notes/NotesModule.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "stripe/tunnel/TunnelSupervisor.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUrl>

namespace Dewey {

namespace {

const QString kGeometryKey = QStringLiteral("gui/mainWindowGeometry");

int areaIndex(MainWindow::Area area)
{
    return static_cast<int>(area);
}

} // namespace

MainWindow::MainWindow(AppServices& services, Autostart& autostart, Dialogs& dialogs, Options options,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_dialogs(dialogs)
    , m_theme(new ThemeController(services.settings(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dewey"));

    AlertQueue& queue = services.alerts().queue();
    m_deweyPage =
        new DeweyPage(services.assistant(), services.notes().repository(), services.secrets(), dialogs);
    m_alertsPage = new AlertsPage(services, dialogs);
    m_settingsPage = new SettingsPage(services.settings(), services.secrets(), dialogs);
    m_settingsPage->addAssistantSection(
        new AssistantSection(services.settings(), services.secrets(), services.assistant()));
    m_settingsPage->addStripeSection(
        new StripeSection({services.settings(), services.secrets(), services.tunnel(),
                           services.endpointRegistrar(), services.catchUp()},
                          dialogs));
    createNavigation();

    m_statusBar = new StatusBarController(*statusBar(), services.overlayServer(), services.webhookReceiver(),
                                          services.secrets(), queue, services.assistant().client(), this);
    m_tray = new TrayController(
        *this, queue, options.systemTrayAvailable.value_or(QSystemTrayIcon::isSystemTrayAvailable()), this);
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quitRequested);
    connect(m_tray, &TrayController::testAlertRequested, this, &MainWindow::sendTestAlert);
    m_tray->setTestAlertAvailable(true);
    m_saleNotifier = new SaleNotifier(services.salesLedger(), services.settings(), *this, *m_tray, this);
    m_generalSection = new GeneralSection(services.settings(), autostart, dialogs);
    m_settingsPage->addGeneralSection(m_generalSection);
    m_tray->addOverlayWindowToggle(services.settings());
    connect(m_deweyPage, &DeweyPage::settingsRequested, this, [this] {
        // Without a key, the key is what is missing; with one, the model or server is what to fix.
        SecretField* keyField = m_settingsPage->secrets()->field(SecretId::OpenAiApiKey);
        if (m_services.secrets().hasValue(SecretId::OpenAiApiKey) || !keyField)
            showSettingsSection(m_settingsPage->assistant(), m_settingsPage->assistant()->modelField());
        else
            showSettingsSection(keyField, keyField);
    });

    // The tunnel part of the status bar follows the supervisor's own state.
    auto showTunnel = [this] { m_statusBar->setTunnelState(m_services.tunnel().statusText()); };
    connect(&services.tunnel(), &TunnelSupervisor::stateChanged, m_statusBar, showTunnel);
    showTunnel();
    createMenus();
    resize(1040, 720);
    restoreGeometryFromState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setFixedWidth(168);

    struct Item
    {
        QString icon;
        QString label;
        QString toolTip;
    };
    const Item items[] = {
        {QStringLiteral(":/icons/area-dewey.svg"), tr("Dewey"),
         tr("Chat with Dewey about your notes (Ctrl+1)")},
        {QStringLiteral(":/icons/area-alerts.svg"), tr("Alerts"),
         tr("Overlay for OBS, webhooks and recent sales (Ctrl+2)")},
        {QStringLiteral(":/icons/area-settings.svg"), tr("Settings"),
         tr("Appearance, servers and secrets (Ctrl+3)")},
    };
    for (const Item& item : items) {
        auto* entry = new QListWidgetItem(QIcon(item.icon), item.label, m_navigation);
        entry->setToolTip(item.toolTip);
        entry->setSizeHint(QSize(0, 40));
    }

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_deweyPage);
    m_pages->addWidget(m_alertsPage);
    m_pages->addWidget(m_settingsPage);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(areaIndex(Area::Dewey));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_quitAction = file->addAction(tr("&Quit Dewey"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Dewey"), tr("&Alerts"), tr("&Settings")};
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (int i = 0; i < 3; ++i) {
        QAction* action = view->addAction(names[i]);
        action->setShortcut(QKeySequence(Qt::CTRL | keys[i]));
        connect(action, &QAction::triggered, this, [this, i] { showArea(static_cast<Area>(i)); });
        m_areaActions[i] = action;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_setupGuideAction = help->addAction(tr("&Setup guide…"));
    connect(m_setupGuideAction, &QAction::triggered, this, &MainWindow::openSetupGuide);
    m_openDataFolderAction = help->addAction(tr("Open &data folder"));
    connect(m_openDataFolderAction, &QAction::triggered, this, &MainWindow::openDataFolder);
    help->addSeparator();
    m_aboutAction = help->addAction(tr("&About Dewey"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(areaIndex(area));
}

void MainWindow::showSettingsSection(QWidget* section, QWidget* focus)
{
    showArea(Area::Settings);
    // The sections share one scrolling column: bring the wanted one into view.
    if (auto* scroll = m_settingsPage->findChild<QScrollArea*>())
        scroll->ensureWidgetVisible(section);
    activateWindow();
    focus->setFocus(Qt::OtherFocusReason);
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_pages->currentIndex());
}

QAction* MainWindow::areaAction(Area area) const
{
    return m_areaActions[areaIndex(area)];
}

void MainWindow::openSetupGuide()
{
    if (!m_setupGuide) {
        m_setupGuide = new SetupGuide(m_services.settings(), m_services.secrets(), m_services.overlayServer(),
                                      m_dialogs, this);
        m_setupGuide->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_setupGuide, &SetupGuide::stripeSettingsRequested, this, [this] {
            showSettingsSection(m_settingsPage->stripe(), m_settingsPage->stripe()->kindCombo());
        });
    }
    m_setupGuide->show();
    m_setupGuide->raise();
    m_setupGuide->activateWindow();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // After the window is on screen, so the guide opens over it rather than before it.
    if (!m_services.settings().firstRunCompleted())
        QTimer::singleShot(0, this, &MainWindow::openSetupGuide);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    rememberGeometry();
    if (!m_tray->isAvailable()) {
        event->accept();
        emit quitRequested();
        return;
    }
    // Sales keep arriving while the window is closed: closing only hides it.
    event->ignore();
    hide();
    Settings& settings = m_services.settings();
    if (settings.trayHintShown())
        return;
    const QString title = tr("Dewey is still running");
    const QString text = tr("Dewey keeps showing sale alerts while its window is closed. Open it again from "
                            "the tray icon; quit from the tray menu.");
    if (!m_tray->showMessage(title, text))
        m_dialogs.inform(nullptr, title, text);
    settings.setTrayHintShown(true);
}

void MainWindow::sendTestAlert()
{
    QString error;
    if (m_services.alerts().queue().sendTestAlert(&error) != 0)
        return;
    qCWarning(lcGui) << "Test alert not queued:" << error;
    m_dialogs.inform(this, tr("Test alert"), tr("Dewey could not queue the test alert: %1").arg(error));
}

void MainWindow::openDataFolder()
{
    const QString path = m_services.dataDirectory().path();
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return;
    qCWarning(lcGui) << "Could not open the data folder" << path;
    m_dialogs.inform(this, tr("Data folder"),
                     tr("Dewey could not open a file manager. The data folder is:\n%1")
                         .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(this);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_about, &AboutDialog::openDataFolderRequested, this, &MainWindow::openDataFolder);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

AboutDialog* MainWindow::aboutDialog() const
{
    return m_about;
}

bool MainWindow::showAtStart(bool inTray)
{
    if (inTray && m_tray->isAvailable()) {
        qCInfo(lcGui) << "Started in the tray, without the window";
        return false;
    }
    show();
    return true;
}

void MainWindow::rememberGeometry()
{
    m_services.appState().setValue(kGeometryKey, QString::fromLatin1(saveGeometry().toBase64()));
}

void MainWindow::restoreGeometryFromState()
{
    const QString stored = m_services.appState().value(kGeometryKey);
    if (!stored.isEmpty())
        restoreGeometry(QByteArray::fromBase64(stored.toLatin1()));
}

} // namespace Dewey
