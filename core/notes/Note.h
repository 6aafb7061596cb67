#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Dewey {

// One fact the streamer told Dewey. Times are UTC; updatedAt equals createdAt until the first edit.
struct Note
{
    qint64 id = 0;
    QString text;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isValid() const { return id > 0; }
};

// A note on its way in from an import file; an invalid createdAt means "now".
struct NoteDraft
{
    QString text;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::Note)
