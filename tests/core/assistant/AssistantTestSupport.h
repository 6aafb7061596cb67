#pragma once

#include "common/Clock.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace AssistantTest {

// A generous deadline for waits on slow machines; never a timing assertion.
inline constexpr int kWaitMs = 30000;

// A clock the test sets by hand.
class ManualClock final : public Dewey::IClock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2025, 6, 3), QTime(12, 0), QTimeZone::utc()))
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_ms; }
    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_ms += ms;
    }
    void set(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
    qint64 m_ms = 0;
};

// A real database with Dewey's full schema in a temporary folder.
struct TempDatabase
{
    QTemporaryDir dir;
    Dewey::Database database;

    bool open()
    {
        if (!dir.isValid())
            return false;
        const Dewey::Database::OpenResult result =
            database.open(dir.filePath(QStringLiteral("dewey.sqlite")));
        if (!result.ok())
            qWarning() << result.error;
        return result.ok();
    }
};

} // namespace AssistantTest
