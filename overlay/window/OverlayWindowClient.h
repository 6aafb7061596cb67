#pragma once

#include "alerts/AlertClient.h"

namespace Dewey {

class OverlayWindow;

// Connects the native overlay window to the alert queue as one more overlay: the queue sends it
// alerts and waits for its done, exactly as for an OBS page.
class OverlayWindowClient final : public AlertClient
{
    Q_OBJECT

public:
    explicit OverlayWindowClient(OverlayWindow& window, QObject* parent = nullptr);

    Role role() const override { return Role::Overlay; }
    QString description() const override;
    void showAlert(const Alert& alert) override;
    void sendControl(AlertControl control, qint64 alertId) override;

private:
    OverlayWindow& m_window;
};

} // namespace Dewey
