#pragma once

#include <QDateTime>

namespace Dewey {

// Time as a seam: signature tolerance, alert durations and catch-up windows read the clock through
// this interface so tests can move time by hand instead of sleeping.
class IClock
{
public:
    virtual ~IClock() = default;
    virtual QDateTime now() const = 0;
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public IClock
{
public:
    QDateTime now() const override;
    qint64 monotonicMs() const override;
};

} // namespace Dewey
