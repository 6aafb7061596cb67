#include "log/Logging.h"

#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cstdio>

namespace Dewey {

namespace {

// qInstallMessageHandler() takes a plain function, so the active instance has to be reachable from a
// static: this pointer (guarded by the mutex, since any thread may log) is the only one.
QMutex s_mutex;
Logging* s_active = nullptr;

// A message logged while a message is being written (a QFile warning, say) must not deadlock on the
// mutex this thread already holds; it goes straight to stderr instead.
thread_local bool t_insideHandler = false;

int severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 2;
}

QLatin1String levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1String("debug");
    case QtInfoMsg:
        return QLatin1String("info");
    case QtWarningMsg:
        return QLatin1String("warning");
    case QtCriticalMsg:
        return QLatin1String("critical");
    case QtFatalMsg:
        return QLatin1String("fatal");
    }
    return QLatin1String("warning");
}

void writeToStderr(const QString& line)
{
    const QByteArray bytes = line.toLocal8Bit();
    std::fprintf(stderr, "%s\n", bytes.constData());
    std::fflush(stderr);
}

} // namespace

Logging::Logging(Options options)
    : m_options(std::move(options))
{
    if (!m_options.directory.isEmpty())
        m_file = std::make_unique<RotatingLogFile>(m_options.directory, QStringLiteral("dewey.log"),
                                                   m_options.maxBytes, m_options.keepFiles);
    QMutexLocker lock(&s_mutex);
    m_previousInstance = s_active;
    s_active = this;
    m_previousHandler = qInstallMessageHandler(&Logging::handleMessage);
}

Logging::~Logging()
{
    QMutexLocker lock(&s_mutex);
    qInstallMessageHandler(m_previousHandler);
    s_active = m_previousInstance;
}

QString Logging::filePath() const
{
    return m_file ? m_file->filePath() : QString();
}

QString Logging::formatLine(const QDateTime& timeUtc, QtMsgType type, const char* category,
                            const QString& message)
{
    return timeUtc.toString(Qt::ISODateWithMs) + QLatin1Char(' ') + levelName(type) + QLatin1Char(' ') +
           QLatin1String(category ? category : "default") + QLatin1String(": ") + message;
}

void Logging::handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (t_insideHandler) {
        writeToStderr(formatLine(QDateTime::currentDateTimeUtc(), type, context.category, message));
        return;
    }
    t_insideHandler = true;
    {
        QMutexLocker lock(&s_mutex);
        if (s_active)
            s_active->write(type, context, message);
        else
            writeToStderr(formatLine(QDateTime::currentDateTimeUtc(), type, context.category, message));
    }
    t_insideHandler = false;
}

void Logging::write(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    int floor = severity(m_options.minimumLevel);
    // Qt enables plain qDebug() (the "default" category) unless a rule says otherwise: that is
    // libraries' developer chatter, not something the streamer asked for.
    if (!context.category || qstrcmp(context.category, "default") == 0)
        floor = std::max(floor, severity(QtInfoMsg));
    if (severity(type) < floor)
        return;
    const QString line =
        formatLine(QDateTime::currentDateTimeUtc(), type, context.category, m_redactor.redact(message));
    bool toStderr = m_options.toStderr;
    if (m_file) {
        m_file->writeLine(line);
        // Without its file, the log must still go somewhere.
        toStderr = toStderr || !m_file->isWritable();
    }
    if (toStderr)
        writeToStderr(line);
}

} // namespace Dewey
