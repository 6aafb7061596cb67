#include "stripe/tunnel/ProcessTunnel.h"

#include "stripe/tunnel/TunnelProcessLauncher.h"

#include <QFileInfo>

namespace Dewey {

namespace {

// A tool that prints this much without a line break is not printing lines.
constexpr qsizetype kMaxPendingBytes = 64 * 1024;

} // namespace

ProcessTunnel::ProcessTunnel(const TunnelProcessLauncher& launcher, QObject* parent)
    : Tunnel(parent)
    , m_launcher(launcher)
{
    m_startupTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_startupTimer, &QTimer::timeout, this, [this] {
        fail(tr("%1 did not report that it was ready within %2 seconds.")
                 .arg(displayName())
                 .arg(m_options.startupTimeoutMs / 1000.0, 0, 'g', 3),
             true);
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            emit note(tr("%1 did not stop when asked; ending it.").arg(displayName()));
            m_process->kill();
        }
    });
}

ProcessTunnel::~ProcessTunnel()
{
    stopNow();
}

QString ProcessTunnel::notFoundMessage(const QString& program) const
{
    return tr("%1 was not found. Install it (see \"Stripe setup\" in the README), or choose where the "
              "program is in Settings → Stripe.")
        .arg(program);
}

void ProcessTunnel::start(quint16 webhookPort)
{
    if (isActive())
        return;
    m_port = webhookPort;
    m_ready = false;
    m_stopping = false;
    m_failure.reset();
    m_buffers[0].clear();
    m_buffers[1].clear();
    m_lastLine.clear();

    QString error;
    const std::optional<Command> cmd = command(webhookPort, &error);
    if (!cmd) {
        QTimer::singleShot(0, this, [this, error] { emit ended(false, error, false); });
        return;
    }
    const QString path = m_launcher.findProgram(cmd->program, cmd->configuredPath);
    if (path.isEmpty()) {
        const QString message =
            cmd->configuredPath.isEmpty()
                ? notFoundMessage(cmd->program)
                : tr("The program chosen for %1 in Settings → Stripe (%2) is not there or cannot be run.")
                      .arg(displayName(), cmd->configuredPath);
        QTimer::singleShot(0, this, [this, message] { emit ended(false, message, false); });
        return;
    }
    m_program = QFileInfo(path).fileName();

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { onReadyRead(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { onReadyRead(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &ProcessTunnel::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &ProcessTunnel::onErrorOccurred);
    connect(m_process, &QProcess::started, this, [this] { processStarted(); });

    emit note(tr("Starting %1: %2 %3").arg(displayName(), path, cmd->arguments.join(QLatin1Char(' '))));
    m_launcher.start(*m_process, path, cmd->arguments, cmd->environment);
    m_startupTimer.start(m_options.startupTimeoutMs);
}

void ProcessTunnel::stop()
{
    if (!m_process || m_stopping)
        return;
    m_stopping = true;
    m_startupTimer.stop();
    emit note(tr("Stopping %1.").arg(displayName()));
    terminateChild();
}

void ProcessTunnel::stopNow()
{
    m_startupTimer.stop();
    m_killTimer.stop();
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        // Only at quit: a tunnel left behind would keep a public address pointing at a closed port.
        process->terminate();
        if (!process->waitForFinished(m_options.stopGraceMs)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
    processEnded();
    delete process;
    m_ready = false;
}

bool ProcessTunnel::isActive() const
{
    return m_process != nullptr;
}

qint64 ProcessTunnel::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void ProcessTunnel::markReady(const QString& url)
{
    if (m_ready || m_failure || m_stopping || !m_process)
        return;
    m_ready = true;
    m_startupTimer.stop();
    emit ready(url);
}

void ProcessTunnel::fail(const QString& message, bool retryable)
{
    if (m_failure || m_stopping || !m_process)
        return;
    m_failure = std::make_pair(message, retryable);
    m_startupTimer.stop();
    terminateChild();
}

void ProcessTunnel::terminateChild()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    m_killTimer.start(m_options.stopGraceMs);
}

void ProcessTunnel::onReadyRead(QProcess::ProcessChannel channel)
{
    if (!m_process)
        return;
    m_process->setReadChannel(channel);
    QByteArray& buffer = m_buffers[channel == QProcess::StandardOutput ? 0 : 1];
    buffer += m_process->readAll();
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(newline);
        buffer.remove(0, newline + 1);
        handleLine(QString::fromUtf8(line));
        if (!m_process)
            return;
    }
    if (buffer.size() > kMaxPendingBytes) {
        const QByteArray line = buffer;
        buffer.clear();
        handleLine(QString::fromUtf8(line));
    }
}

void ProcessTunnel::handleLine(const QString& rawLine)
{
    const QString line = rawLine.trimmed();
    if (line.isEmpty())
        return;
    emit output(line);
    m_lastLine = line;
    if (m_failure || m_stopping)
        return;
    const TunnelLineVerdict verdict = readLine(line);
    switch (verdict.kind) {
    case TunnelLineVerdict::Kind::Ready:
        if (!m_ready && !verdict.secret.isEmpty())
            emit signingSecretFound(verdict.secret);
        markReady(verdict.url);
        break;
    case TunnelLineVerdict::Kind::Failure:
        fail(verdict.message, verdict.retryable);
        break;
    case TunnelLineVerdict::Kind::Nothing:
    case TunnelLineVerdict::Kind::Progress:
        break;
    }
}

void ProcessTunnel::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    // The last lines often say why it ended.
    for (QByteArray& buffer : m_buffers) {
        if (!buffer.isEmpty()) {
            const QByteArray rest = buffer;
            buffer.clear();
            handleLine(QString::fromUtf8(rest));
        }
    }
    m_startupTimer.stop();
    m_killTimer.stop();
    processEnded();
    if (m_stopping) {
        finishWith(true, {}, true);
        return;
    }
    if (m_failure) {
        const auto [message, retryable] = *m_failure;
        finishWith(false, message, retryable);
        return;
    }
    QString message = status == QProcess::CrashExit
                          ? tr("%1 crashed.").arg(displayName())
                          : (m_ready ? tr("%1 stopped unexpectedly (exit code %2).")
                                     : tr("%1 ended before it was ready (exit code %2)."))
                                .arg(displayName())
                                .arg(exitCode);
    if (!m_lastLine.isEmpty())
        message += QLatin1Char(' ') + tr("Its last line: %1").arg(m_lastLine);
    finishWith(false, message, true);
}

void ProcessTunnel::onErrorOccurred(QProcess::ProcessError error)
{
    // Every other error is followed by finished().
    if (error != QProcess::FailedToStart || !m_process)
        return;
    const QString reason = m_process->errorString();
    m_startupTimer.stop();
    finishWith(false, tr("%1 could not be started: %2").arg(displayName(), reason), false);
}

void ProcessTunnel::finishWith(bool stopped, const QString& message, bool retryable)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_ready = false;
    if (!stopped)
        emit note(message);
    emit ended(stopped, message, retryable);
}

} // namespace Dewey
