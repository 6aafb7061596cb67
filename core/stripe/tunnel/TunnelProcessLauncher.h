#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace Dewey {

// The seam between the tunnels and the operating system: where a tool such as cloudflared is found
// and how its process is started. The app passes its own environment; tests pass one whose PATH
// holds stand-in programs that print the real tools' lines.
class TunnelProcessLauncher
{
public:
    explicit TunnelProcessLauncher(QProcessEnvironment environment);
    virtual ~TunnelProcessLauncher();

    // The program to run: `configuredPath` when the streamer chose one (empty when that file is not
    // an executable), else `name` looked up on the PATH and in the folders installers commonly use
    // (a desktop app does not get the shell's PATH on macOS). Empty when it cannot be found.
    virtual QString findProgram(const QString& name, const QString& configuredPath = {}) const;

    // Starts `program` with `arguments`; the child gets the environment plus `additions`.
    virtual void start(QProcess& process, const QString& program, const QStringList& arguments,
                       const QProcessEnvironment& additions) const;

    const QProcessEnvironment& environment() const { return m_environment; }

private:
    QProcessEnvironment m_environment;
};

} // namespace Dewey
