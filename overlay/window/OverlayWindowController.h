#pragma once

#include <QObject>

#include <memory>

namespace Dewey {

class AlertQueue;
class OverlayWindow;
class AlertCardClient;
class Settings;

// Keeps the native overlay window in step with the streamer's settings: while "overlayWindow/enabled"
// is on, the window exists and is a client of the alert queue, on the chosen screen and corner, in the
// overlay theme's colours, click-through or not ("overlayWindow/clickThrough"). The tray and the Settings
// page only change the setting (or call setEnabled()); the controller follows. Create it after the queue and
// destroy it before.
class OverlayWindowController : public QObject
{
    Q_OBJECT

public:
    OverlayWindowController(AlertQueue& queue, Settings& settings, QObject* parent = nullptr);
    ~OverlayWindowController() override;

    bool isEnabled() const { return m_window != nullptr; }
    // Stores the choice; the window appears or goes through the settings change.
    void setEnabled(bool enabled);
    // The window while enabled, else null (for tests and the Alerts area).
    OverlayWindow* window() const { return m_window.get(); }

signals:
    void enabledChanged(bool enabled);

private:
    void onSettingChanged(const QString& key);
    void attach();
    void detach();
    void applyLook();

    AlertQueue& m_queue;
    Settings& m_settings;
    std::unique_ptr<OverlayWindow> m_window;
    std::unique_ptr<AlertCardClient> m_client;
};

} // namespace Dewey
