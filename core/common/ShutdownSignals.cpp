#include "common/ShutdownSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace Dewey {

#ifdef Q_OS_UNIX
namespace {
// The self-pipe: a signal handler may only do async-signal-safe work, so it writes one byte and
// the event loop does the rest.
int g_signalSockets[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalSockets[0], &byte, 1);
}
} // namespace

ShutdownSignals::ShutdownSignals(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) != 0)
        return;
    m_notifier = new QSocketNotifier(g_signalSockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalSockets[1], &byte, 1);
        emit shutdownRequested();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
}

ShutdownSignals::~ShutdownSignals()
{
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    delete m_notifier;
    for (int& fd : g_signalSockets) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}
#elif defined(Q_OS_WIN)
namespace {
BOOL WINAPI onConsoleEvent(DWORD)
{
    // Runs on a thread of its own: a queued call is the thread-safe way back to the event loop.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return TRUE;
}
} // namespace

ShutdownSignals::ShutdownSignals(QObject* parent)
    : QObject(parent)
{
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
            &ShutdownSignals::shutdownRequested);
}

ShutdownSignals::~ShutdownSignals()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
}
#else
ShutdownSignals::ShutdownSignals(QObject* parent)
    : QObject(parent)
{}

ShutdownSignals::~ShutdownSignals() = default;
#endif

} // namespace Dewey
