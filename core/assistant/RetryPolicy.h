#pragma once

#include <QtGlobal>

namespace Dewey {

// When and how long to wait before asking again after a retryable failure (429, 5xx, a lost
// connection before any of the answer arrived). Exponential backoff with jitter, as the official
// SDKs do, unless the server said how long to wait.
struct RetryPolicy
{
    int maxRetries = 2;
    qint64 initialDelayMs = 500;
    qint64 maxDelayMs = 8000;
    // A server asking for a longer wait than this is not waited for: the streamer gets the error and a
    // Retry button instead of a spinner that runs for minutes.
    qint64 maxServerDelayMs = 60000;

    // The wait before retry number `retry` (1-based). serverDelayMs < 0: the server said nothing.
    // jitter in [0, 1) spreads clients apart (0 gives the full backoff). -1: do not retry.
    qint64 delayBeforeRetry(int retry, qint64 serverDelayMs, double jitter) const;
};

} // namespace Dewey
