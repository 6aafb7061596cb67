#pragma once

#include "log/RotatingLogFile.h"
#include "log/SecretRedactor.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace Dewey {

// Routes every Qt log message (qCInfo(lcDb) etc.) through the secret redactor to stderr and to a
// size-capped rotating file, as "2026-11-27T12:34:56.789Z warning dewey.db: message" lines, while an
// instance lives. The previous message handler comes back when it is destroyed. Create one early in
// main() and keep it to the end.
class Logging
{
public:
    struct Options
    {
        QString directory; // empty: no log file
        bool toStderr = true;
        qint64 maxBytes = 1024 * 1024;
        int keepFiles = 3;
        // Which messages are written is the categories' business: ours default to info and up, and
        // QT_LOGGING_RULES (say "dewey.*.debug=true") widens that. This only raises the floor.
        QtMsgType minimumLevel = QtDebugMsg;
    };

    explicit Logging(Options options);
    ~Logging();

    Logging(const Logging&) = delete;
    Logging& operator=(const Logging&) = delete;

    SecretRedactor& redactor() { return m_redactor; }
    // The current log file, empty when there is none.
    QString filePath() const;

    // One formatted line, without the newline.
    static QString formatLine(const QDateTime& timeUtc, QtMsgType type, const char* category,
                              const QString& message);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message);
    void write(QtMsgType type, const QMessageLogContext& context, const QString& message);

    Options m_options;
    SecretRedactor m_redactor;
    std::unique_ptr<RotatingLogFile> m_file;
    QtMessageHandler m_previousHandler = nullptr;
    Logging* m_previousInstance = nullptr;
};

} // namespace Dewey
