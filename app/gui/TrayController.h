#pragma once

#include <QObject>
#include <QSystemTrayIcon>

class QAction;
class QMenu;
class QWidget;

namespace Dewey {

class AlertQueue;
class Settings;

// The tray icon: Dewey keeps receiving sales while its window is closed, and the tray is the way
// back to it. Without a system tray (some Linux desktops, offscreen) the icon is never shown and
// isAvailable() says so, so the window knows closing it must quit.
class TrayController : public QObject
{
    Q_OBJECT

public:
    TrayController(QWidget& window, AlertQueue& queue, bool systemTrayAvailable, QObject* parent = nullptr);
    ~TrayController() override;

    bool isAvailable() const { return m_available; }

    // Shows a balloon message; false when the platform cannot show one (the caller then uses a dialog).
    bool showMessage(const QString& title, const QString& message);

    // Adds the checkable "Show overlay window" action, which follows and sets "overlayWindow/enabled"
    // (the OverlayWindowController follows that setting).
    void addOverlayWindowToggle(Settings& settings);

    // The action stays disabled, saying why, until something handles testAlertRequested().
    void setTestAlertAvailable(bool available);

    QMenu* menu() const { return m_menu; }
    QAction* showHideAction() const { return m_showHide; }
    QAction* pauseAction() const { return m_pause; }
    QAction* testAlertAction() const { return m_testAlert; }
    QAction* quitAction() const { return m_quit; }
    // Null until addOverlayWindowToggle().
    QAction* overlayWindowAction() const { return m_overlayWindow; }

signals:
    void testAlertRequested();
    void quitRequested();

private:
    void toggleWindow();
    void updateShowHide();
    void updatePause();

    QWidget& m_window;
    AlertQueue& m_queue;
    bool m_available;
    QMenu* m_menu;
    QSystemTrayIcon* m_icon;
    QAction* m_showHide;
    QAction* m_pause;
    QAction* m_testAlert;
    QAction* m_quit;
    QAction* m_overlayWindow = nullptr;
};

} // namespace Dewey
