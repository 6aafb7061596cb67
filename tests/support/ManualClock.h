#pragma once

#include "common/Clock.h"

namespace DeweyTest {

// A clock the test moves by hand, for everything that reads time through Dewey::IClock.
// advance() is time passing: the wall clock and the monotonic clock move together. set() moves only
// the wall clock, as when the system clock is changed.
class ManualClock final : public Dewey::IClock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000).toUTC())
        : m_now(std::move(start))
    {}

    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_monotonicMs += ms;
    }
    void advanceSeconds(qint64 seconds) { advance(seconds * 1000); }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};

} // namespace DeweyTest
