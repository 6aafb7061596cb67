#include "assistant/RetryPolicy.h"

#include <algorithm>

namespace Dewey {

qint64 RetryPolicy::delayBeforeRetry(int retry, qint64 serverDelayMs, double jitter) const
{
    if (retry < 1 || retry > maxRetries)
        return -1;
    if (serverDelayMs >= 0)
        return serverDelayMs <= maxServerDelayMs ? serverDelayMs : -1;
    qint64 delay = initialDelayMs;
    for (int i = 1; i < retry && delay < maxDelayMs; ++i)
        delay *= 2;
    delay = std::min(delay, maxDelayMs);
    // Up to a quarter shorter, so clients that failed together do not come back together.
    return qint64(double(delay) * (1.0 - 0.25 * std::clamp(jitter, 0.0, 1.0)));
}

} // namespace Dewey
