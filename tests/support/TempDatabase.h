#pragma once

#include "db/Database.h"

#include <QDebug>
#include <QTemporaryDir>

namespace DeweyTest {

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

} // namespace DeweyTest
