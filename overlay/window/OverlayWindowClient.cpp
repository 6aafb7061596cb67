#include "window/OverlayWindowClient.h"

#include "window/OverlayWindow.h"

namespace Dewey {

OverlayWindowClient::OverlayWindowClient(OverlayWindow& window, QObject* parent)
    : AlertClient(parent)
    , m_window(window)
{
    connect(&m_window, &OverlayWindow::alertShown, this, &AlertClient::shown);
    connect(&m_window, &OverlayWindow::alertDone, this, &AlertClient::done);
}

QString OverlayWindowClient::description() const
{
    return tr("native overlay window");
}

void OverlayWindowClient::showAlert(const Alert& alert)
{
    m_window.present(alert);
}

void OverlayWindowClient::sendControl(AlertControl control, qint64 alertId)
{
    switch (control) {
    case AlertControl::Skip:
        if (alertId == 0 || alertId == m_window.currentAlertId())
            m_window.dismiss();
        break;
    case AlertControl::Clear:
        m_window.dismiss();
        break;
    case AlertControl::Pause:  // the card on screen plays to its end; the queue holds the rest
    case AlertControl::Resume: // the queue sends the next alert itself
    case AlertControl::Reload: // nothing to load: the window draws itself
        break;
    }
}

} // namespace Dewey
