#include "window/OverlayWindowController.h"

#include "alerts/AlertQueue.h"
#include "log/LogCategories.h"
#include "settings/Settings.h"
#include "window/AlertCardClient.h"
#include "window/OverlayWindow.h"
#include "window/OverlayWindowTheme.h"

namespace Dewey {

OverlayWindowController::OverlayWindowController(AlertQueue& queue, Settings& settings, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_settings(settings)
{
    connect(&m_settings, &Settings::changed, this, &OverlayWindowController::onSettingChanged);
    if (m_settings.overlayWindowEnabled())
        attach();
}

OverlayWindowController::~OverlayWindowController()
{
    detach();
}

void OverlayWindowController::setEnabled(bool enabled)
{
    m_settings.setOverlayWindowEnabled(enabled);
}

void OverlayWindowController::onSettingChanged(const QString& key)
{
    if (key == SettingsKey::OverlayWindowEnabled) {
        if (m_settings.overlayWindowEnabled())
            attach();
        else
            detach();
    } else if (key == SettingsKey::OverlayWindowScreen || key == SettingsKey::OverlayWindowCorner ||
               key == SettingsKey::OverlayTheme || key == SettingsKey::OverlayWindowClickThrough) {
        applyLook();
    }
}

void OverlayWindowController::attach()
{
    if (m_window)
        return;
    m_window = std::make_unique<OverlayWindow>();
    m_client = std::make_unique<AlertCardClient>(m_window->card(), AlertClient::Role::Overlay,
                                                 tr("native overlay window"));
    applyLook();
    m_queue.addClient(m_client.get());
    qCInfo(lcOverlay) << "native overlay window on";
    emit enabledChanged(true);
}

void OverlayWindowController::detach()
{
    if (!m_window)
        return;
    // Off the queue first, so it never waits for a window that is gone.
    m_queue.removeClient(m_client.get());
    m_client.reset();
    m_window.reset();
    qCInfo(lcOverlay) << "native overlay window off";
    emit enabledChanged(false);
}

void OverlayWindowController::applyLook()
{
    if (!m_window)
        return;
    m_window->setTheme(OverlayWindowTheme::named(m_settings.overlayTheme()));
    m_window->setPlacement(m_settings.overlayWindowScreen(), m_settings.overlayWindowCorner());
    m_window->setClickThrough(m_settings.overlayWindowClickThrough());
}

} // namespace Dewey
