#pragma once

#include "alerts/AlertClient.h"

namespace Dewey {

class AlertCard;

// Connects an AlertCard to the alert queue: the queue's alerts play on the card, and skip and clear
// take it off. As an Overlay (the native window) the queue waits for its done like for an OBS page;
// as a Preview (the Alerts area) it receives the same alerts and is never waited for.
class AlertCardClient final : public AlertClient
{
    Q_OBJECT

public:
    AlertCardClient(AlertCard& card, Role role, const QString& description, QObject* parent = nullptr);

    Role role() const override { return m_role; }
    QString description() const override { return m_description; }
    void showAlert(const Alert& alert) override;
    void sendControl(AlertControl control, qint64 alertId) override;

private:
    AlertCard& m_card;
    Role m_role;
    QString m_description;
};

} // namespace Dewey
