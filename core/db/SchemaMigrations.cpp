#include "db/SchemaMigrations.h"

namespace Dewey {

// Reserved numbers, so features written in parallel do not collide:
//   1  app_state (runtime state: alerts paused, newest Stripe event seen, …)
//   2  sales ledger
//   3  alert queue
//   4  notes
// Take the next free number after these for anything else, and keep the list in order.
const QList<Migration>& schemaMigrations()
{
    static const QList<Migration> migrations = {
        {1,
         QStringLiteral("Create app_state"),
         {QStringLiteral("CREATE TABLE app_state ("
                         " key TEXT PRIMARY KEY,"
                         " value TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL"
                         ")")}},
    };
    return migrations;
}

} // namespace Dewey
