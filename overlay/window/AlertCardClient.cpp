#include "window/AlertCardClient.h"

#include "window/AlertCard.h"

namespace Dewey {

AlertCardClient::AlertCardClient(AlertCard& card, Role role, const QString& description, QObject* parent)
    : AlertClient(parent)
    , m_card(card)
    , m_role(role)
    , m_description(description)
{
    connect(&m_card, &AlertCard::alertShown, this, &AlertClient::shown);
    connect(&m_card, &AlertCard::alertDone, this, &AlertClient::done);
}

void AlertCardClient::showAlert(const Alert& alert)
{
    m_card.present(alert);
}

void AlertCardClient::sendControl(AlertControl control, qint64 alertId)
{
    switch (control) {
    case AlertControl::Skip:
        if (alertId == 0 || alertId == m_card.currentAlertId())
            m_card.dismiss();
        break;
    case AlertControl::Clear:
        m_card.dismiss();
        break;
    case AlertControl::Pause:  // the card on screen plays to its end; the queue holds the rest
    case AlertControl::Resume: // the queue sends the next alert itself
    case AlertControl::Reload: // nothing to load: the card draws itself
        break;
    }
}

} // namespace Dewey
