#pragma once

#include "stripe/Sale.h"

#include <QDateTime>

namespace Dewey {

class IClock;
class Settings;

// Whether a recorded sale should alert on stream. Webhook sales always do. A sale found by catch-up
// may be hours old (Dewey was closed): by default it alerts only when it is younger than 10 minutes
// (Settings → Stripe), and is otherwise recorded silently, so a stream does not open with a burst of
// yesterday's purchases. The alert queue asks this before queueing a sale.
class CatchUpAlertPolicy
{
public:
    CatchUpAlertPolicy(const Settings& settings, const IClock& clock);

    bool shouldAlert(const Sale& sale) const;

    // maxAgeMinutes 0: caught-up sales never alert.
    static bool shouldAlert(const Sale& sale, const QDateTime& now, int maxAgeMinutes);

private:
    const Settings& m_settings;
    const IClock& m_clock;
};

} // namespace Dewey
