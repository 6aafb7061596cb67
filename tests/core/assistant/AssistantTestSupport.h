#pragma once

#include "ManualClock.h"
#include "TempDatabase.h"

#include <QTest>
#include <QTimeZone>

namespace AssistantTest {

// A generous deadline for waits on slow machines; never a timing assertion.
inline constexpr int kWaitMs = 30000;

// Assistant tests start on 3 June 2025, noon UTC.
inline QDateTime clockStart()
{
    return QDateTime(QDate(2025, 6, 3), QTime(12, 0), QTimeZone::utc());
}

using DeweyTest::TempDatabase;

} // namespace AssistantTest
