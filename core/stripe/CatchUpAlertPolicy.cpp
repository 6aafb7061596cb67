#include "stripe/CatchUpAlertPolicy.h"

#include "common/Clock.h"
#include "settings/Settings.h"

namespace Dewey {

CatchUpAlertPolicy::CatchUpAlertPolicy(const Settings& settings, const IClock& clock)
    : m_settings(settings)
    , m_clock(clock)
{}

bool CatchUpAlertPolicy::shouldAlert(const Sale& sale) const
{
    return shouldAlert(sale, m_clock.now(), m_settings.catchUpAlertMaxAgeMinutes());
}

bool CatchUpAlertPolicy::shouldAlert(const Sale& sale, const QDateTime& now, int maxAgeMinutes)
{
    if (sale.source != EventSource::CatchUp)
        return true;
    if (maxAgeMinutes <= 0 || !sale.created.isValid())
        return false;
    // A purchase "from the future" (a clock a little off) is as fresh as it gets.
    return sale.created.secsTo(now) < qint64(maxAgeMinutes) * 60;
}

} // namespace Dewey
