#pragma once

#include "ManualClock.h"
#include "TempDatabase.h"

#include <QTest>
#include <QTimeZone>

namespace NotesTest {

// Notes tests start on 2 March 2026, noon UTC.
inline QDateTime clockStart()
{
    return QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::utc());
}

using DeweyTest::TempDatabase;

} // namespace NotesTest
