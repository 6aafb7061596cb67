#pragma once

#include "common/Clock.h"

namespace DeweyTest {

// A clock the test moves by hand.
class ManualClock final : public Dewey::IClock
{
public:
    explicit ManualClock(QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000).toUTC())
        : m_now(std::move(now))
    {}

    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    void setNow(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds)
    {
        m_now = m_now.addSecs(seconds);
        m_monotonicMs += seconds * 1000;
    }

private:
    QDateTime m_now;
    qint64 m_monotonicMs = 0;
};

} // namespace DeweyTest
