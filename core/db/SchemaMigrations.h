#pragma once

#include "db/Migration.h"

#include <QList>

namespace Dewey {

// The schema of Dewey's database, oldest step first. Released steps are never edited: a change to
// the schema is always a new step appended at the end.
const QList<Migration>& schemaMigrations();

} // namespace Dewey
