#pragma once

#include <QHash>
#include <QString>

namespace Dewey {

// The files the overlay page may fetch besides its own: sounds and the custom CSS the streamer chose.
// Each file gets an opaque URL (/media/<key>), so a request can never name a path on disk; resources
// of the page (":/overlay/…") map to their static URL (/overlay/…).
class OverlayMedia
{
public:
    // The URL under which the page finds `file` ("" for an empty file name).
    QString urlFor(const QString& file);
    // The file registered under `key`; empty when unknown.
    QString fileFor(const QString& key) const { return m_files.value(key); }

private:
    QHash<QString, QString> m_files; // key → file
};

} // namespace Dewey
