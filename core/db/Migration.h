#pragma once

#include <QString>
#include <QStringList>

namespace Dewey {

// One step of the schema. Versions are numbered 1..N without gaps; a database's PRAGMA user_version
// is the number of the last step applied to it. Each statement is executed on its own (SQLite runs
// one statement per call), and all statements of a step commit or roll back together.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

} // namespace Dewey
