#pragma once

#include "stripe/tunnel/Tunnel.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace Dewey {

class TunnelProcessLauncher;

// A tunnel that is a child process (Stripe CLI, cloudflared, ngrok, a custom command): finds and
// starts the program, reads its output line by line from both streams, gives up when it does not
// become ready in time, and ends it with terminate() then kill(). Subclasses say what to run and
// what a line means.
class ProcessTunnel : public Tunnel
{
    Q_OBJECT

public:
    struct Options
    {
        int startupTimeoutMs = 30000; // from start to ready
        int stopGraceMs = 3000;       // from terminate() to kill()
    };

    ProcessTunnel(const TunnelProcessLauncher& launcher, QObject* parent = nullptr);
    ~ProcessTunnel() override;

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }

    void start(quint16 webhookPort) override;
    void stop() override;
    void stopNow() override;
    bool isActive() const override;
    // The child's process id while it runs; 0 otherwise.
    qint64 processId() const;

protected:
    struct Command
    {
        QString program;        // a name looked up on the PATH ("cloudflared"), or a path
        QString configuredPath; // the streamer's choice of program file; empty: look it up
        QStringList arguments;
        QProcessEnvironment environment; // added to the launcher's environment
    };

    // What to run; std::nullopt with *error when the settings cannot make a command.
    virtual std::optional<Command> command(quint16 webhookPort, QString* error) = 0;
    // One line of output (either stream).
    virtual TunnelLineVerdict readLine(const QString& line) = 0;
    // What to tell the streamer when the program cannot be found.
    virtual QString notFoundMessage(const QString& program) const;
    // The process started (ngrok begins asking its local API here).
    virtual void processStarted() {}
    // The process is gone (ngrok stops asking).
    virtual void processEnded() {}

    // For subclasses that learn readiness elsewhere (ngrok's API).
    void markReady(const QString& url);
    // Ends the process and reports the failure once it is gone.
    void fail(const QString& message, bool retryable);
    bool isReady() const { return m_ready; }
    quint16 webhookPort() const { return m_port; }

private:
    void onReadyRead(QProcess::ProcessChannel channel);
    void handleLine(const QString& line);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void finishWith(bool stopped, const QString& message, bool retryable);
    void terminateChild();

    const TunnelProcessLauncher& m_launcher;
    Options m_options;
    QProcess* m_process = nullptr;
    QTimer m_startupTimer;
    QTimer m_killTimer;
    QByteArray m_buffers[2];
    quint16 m_port = 0;
    bool m_ready = false;
    bool m_stopping = false;
    std::optional<std::pair<QString, bool>> m_failure; // message, retryable: reported once the child is gone
    QString m_lastLine;
    QString m_program;
};

} // namespace Dewey
