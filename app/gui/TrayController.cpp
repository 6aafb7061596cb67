#include "TrayController.h"

#include "alerts/AlertQueue.h"
#include "log/LogCategories.h"
#include "settings/Settings.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSignalBlocker>
#include <QWidget>

namespace Dewey {

TrayController::TrayController(QWidget& window, AlertQueue& queue, bool systemTrayAvailable, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_queue(queue)
    , m_available(systemTrayAvailable)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(this))
{
    m_menu->setToolTipsVisible(true);
    m_showHide = m_menu->addAction(tr("Show Dewey"));
    m_menu->addSeparator();
    m_pause = m_menu->addAction(tr("Pause alerts"));
    m_testAlert = m_menu->addAction(tr("Send test alert"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit Dewey"));
    setTestAlertAvailable(false);

    connect(m_showHide, &QAction::triggered, this, &TrayController::toggleWindow);
    connect(m_pause, &QAction::triggered, this, [this] { m_queue.setPaused(!m_queue.isPaused()); });
    connect(m_testAlert, &QAction::triggered, this, &TrayController::testAlertRequested);
    connect(m_quit, &QAction::triggered, this, &TrayController::quitRequested);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayController::updateShowHide);
    connect(&m_queue, &AlertQueue::pausedChanged, this, &TrayController::updatePause);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            toggleWindow();
    });

    m_icon->setContextMenu(m_menu);
    updatePause();
    updateShowHide();
    if (m_available)
        m_icon->show();
    else
        qCInfo(lcGui) << "No system tray: closing the window will quit Dewey";
}

TrayController::~TrayController()
{
    // QSystemTrayIcon does not own its context menu.
    delete m_menu;
}

bool TrayController::showMessage(const QString& title, const QString& message)
{
    if (!m_available || !QSystemTrayIcon::supportsMessages())
        return false;
    m_icon->showMessage(title, message, QIcon(QStringLiteral(":/icons/dewey.svg")));
    return true;
}

void TrayController::addOverlayWindowToggle(Settings& settings)
{
    if (m_overlayWindow)
        return;
    m_overlayWindow = new QAction(tr("Show overlay window"), m_menu);
    m_overlayWindow->setCheckable(true);
    m_overlayWindow->setToolTip(tr("An always-on-top window on your desktop that shows the alerts too"));
    m_overlayWindow->setChecked(settings.overlayWindowEnabled());
    m_menu->insertAction(m_quit, m_overlayWindow);
    m_menu->insertSeparator(m_quit);
    connect(m_overlayWindow, &QAction::toggled, this,
            [&settings](bool checked) { settings.setOverlayWindowEnabled(checked); });
    connect(&settings, &Settings::changed, this, [this, &settings](const QString& key) {
        if (key == SettingsKey::OverlayWindowEnabled) {
            const QSignalBlocker blocker(m_overlayWindow);
            m_overlayWindow->setChecked(settings.overlayWindowEnabled());
        }
    });
}

void TrayController::setTestAlertAvailable(bool available)
{
    m_testAlert->setEnabled(available);
    m_testAlert->setToolTip(available ? tr("Shows a made-up sale on the overlay, to check OBS shows it")
                                      : tr("Test alerts become available once the alert queue is running"));
}

void TrayController::toggleWindow()
{
    if (m_window.isVisible() && !m_window.isMinimized()) {
        m_window.hide();
    } else {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    }
    updateShowHide();
}

void TrayController::updateShowHide()
{
    const bool shown = m_window.isVisible() && !m_window.isMinimized();
    m_showHide->setText(shown ? tr("Hide Dewey") : tr("Show Dewey"));
}

void TrayController::updatePause()
{
    const bool paused = m_queue.isPaused();
    m_pause->setText(paused ? tr("Resume alerts") : tr("Pause alerts"));
    m_icon->setIcon(
        QIcon(paused ? QStringLiteral(":/icons/tray-paused.svg") : QStringLiteral(":/icons/tray.svg")));
    m_icon->setToolTip(paused ? tr("Dewey — alerts paused") : tr("Dewey"));
}

} // namespace Dewey
