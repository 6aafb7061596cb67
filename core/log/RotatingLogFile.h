#pragma once

#include <QFile>
#include <QString>

namespace Dewey {

// A log file that never grows past maxBytes: when the next line would not fit, dewey.log becomes
// dewey.log.1, dewey.log.1 becomes dewey.log.2, and so on, and the oldest is dropped, so at most
// keepFiles files exist. A folder that cannot be written (full disk, read-only, no rights) is reported
// once on stderr; after that lines are dropped quietly and the caller keeps logging to stderr.
// Not thread-safe: the owner serialises calls.
class RotatingLogFile
{
public:
    explicit RotatingLogFile(QString directory, QString baseName = QStringLiteral("dewey.log"),
                             qint64 maxBytes = 1024 * 1024, int keepFiles = 3);

    // Appends `line` and a newline. A line longer than maxBytes is cut to fit.
    void writeLine(const QString& line);

    // False once the file could not be opened or written.
    bool isWritable() const { return !m_failed; }
    QString filePath() const;

private:
    bool ensureOpen();
    void rotate();
    QString rotatedPath(int index) const;
    void fail(const QString& reason);

    QString m_directory;
    QString m_baseName;
    qint64 m_maxBytes;
    int m_keepFiles;
    QFile m_file;
    qint64 m_size = 0;
    bool m_failed = false;
};

} // namespace Dewey
