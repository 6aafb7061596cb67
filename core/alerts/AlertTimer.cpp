#include "alerts/AlertTimer.h"

namespace Dewey {

QtAlertTimer::QtAlertTimer(QObject* parent)
    : AlertTimer(parent)
{
    m_timer.setSingleShot(true);
    // Durations of seconds do not need the coarse timer's 5% slack removed, but a gap of 0 ms must
    // still go through the event loop, which QTimer guarantees.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AlertTimer::timeout);
}

} // namespace Dewey
