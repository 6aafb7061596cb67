#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <algorithm>

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

// Puts search results (anything with a `score`, higher is better, and a `note`) best first; equal
// scores list the newer note first, as it is the likelier to be current.
template <typename Result>
void sortBestFirst(QList<Result>& results)
{
    std::stable_sort(results.begin(), results.end(), [](const Result& a, const Result& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.note.updatedAt > b.note.updatedAt;
    });
}

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::Note)
