#pragma once

#include <QSqlError>
#include <QString>

namespace Dewey {

// SQLite's own message ("no such table: x") when there is one: Qt's driver text ("Unable to execute
// statement") tells the streamer nothing.
inline QString sqliteErrorText(const QSqlError& error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace Dewey
