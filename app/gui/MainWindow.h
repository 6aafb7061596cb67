#pragma once

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QListWidget;
class QStackedWidget;

namespace Dewey {

class AboutDialog;
class AlertsPage;
class Autostart;
class AppServices;
class DeweyPage;
class Dialogs;
class GeneralSection;
class SaleNotifier;
class SettingsPage;
class SetupGuide;
class StatusBarController;
class ThemeController;
class TrayController;

// The main window: a navigation column with the three areas (Dewey, Alerts, Settings), the status
// bar, the tray icon and the menus. It shows the services it is given; it never creates them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area
    {
        Dewey,
        Alerts,
        Settings
    };
    Q_ENUM(Area)

    struct Options
    {
        // Unset asks Qt. Without a tray, closing the window quits: there would be no way back to it.
        std::optional<bool> systemTrayAvailable;
    };

    // `autostart` is the system's start-at-login entry, shown in Settings → General.
    MainWindow(AppServices& services, Autostart& autostart, Dialogs& dialogs, Options options = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the window, unless the streamer wants Dewey to start in the tray and there is a tray to
    // start in. True when the window was shown.
    bool showAtStart(bool inTray);

    void showArea(Area area);
    // Settings, scrolled to `section`, with the keyboard in `focus` (a control of that section).
    void showSettingsSection(QWidget* section, QWidget* focus);
    Area currentArea() const;

    // Opens the setup guide (or raises it when already open); it is modeless within this window.
    void openSetupGuide();
    SetupGuide* setupGuide() const { return m_setupGuide; }

    DeweyPage* deweyPage() const { return m_deweyPage; }
    AlertsPage* alertsPage() const { return m_alertsPage; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    StatusBarController* statusBarController() const { return m_statusBar; }
    TrayController* trayController() const { return m_tray; }
    ThemeController* themeController() const { return m_theme; }
    GeneralSection* generalSection() const { return m_generalSection; }
    SaleNotifier* saleNotifier() const { return m_saleNotifier; }
    // The About dialog while it is open (it is not modal), else null.
    AboutDialog* aboutDialog() const;
    QListWidget* navigation() const { return m_navigation; }
    QAction* areaAction(Area area) const;
    QAction* quitAction() const { return m_quitAction; }
    QAction* setupGuideAction() const { return m_setupGuideAction; }
    QAction* aboutAction() const { return m_aboutAction; }
    QAction* openDataFolderAction() const { return m_openDataFolderAction; }

signals:
    // The streamer asked to quit (menu, tray, or closing the window without a tray). main() quits the
    // application; the window does not end the process itself.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createNavigation();
    void createMenus();
    void sendTestAlert();
    void openDataFolder();
    void showAbout();
    void rememberGeometry();
    void restoreGeometryFromState();

    AppServices& m_services;
    Dialogs& m_dialogs;
    ThemeController* m_theme;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    DeweyPage* m_deweyPage = nullptr;
    AlertsPage* m_alertsPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    StatusBarController* m_statusBar = nullptr;
    TrayController* m_tray = nullptr;
    GeneralSection* m_generalSection = nullptr;
    SaleNotifier* m_saleNotifier = nullptr;
    QPointer<AboutDialog> m_about;
    QPointer<SetupGuide> m_setupGuide;
    QAction* m_areaActions[3] = {};
    QAction* m_quitAction = nullptr;
    QAction* m_setupGuideAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_openDataFolderAction = nullptr;
    bool m_shownOnce = false;
};

} // namespace Dewey
