#include "stripe/tunnel/TunnelProcessLauncher.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace Dewey {

TunnelProcessLauncher::TunnelProcessLauncher(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

TunnelProcessLauncher::~TunnelProcessLauncher() = default;

QString TunnelProcessLauncher::findProgram(const QString& name, const QString& configuredPath) const
{
    if (!configuredPath.isEmpty()) {
        const QFileInfo file(configuredPath);
        return file.isFile() && file.isExecutable() ? file.absoluteFilePath() : QString();
    }
    QStringList folders =
        m_environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    // Only when the environment has no PATH of its own do the usual install folders join in, so a
    // test's PATH of stand-ins is the whole truth.
    if (folders.isEmpty()) {
        const QString home = m_environment.value(QStringLiteral("HOME"), QDir::homePath());
        folders << QStringLiteral("/opt/homebrew/bin") << QStringLiteral("/usr/local/bin")
                << QStringLiteral("/usr/bin") << home + QStringLiteral("/.local/bin")
                << home + QStringLiteral("/bin");
    }
#if defined(Q_OS_MACOS)
    folders << QStringLiteral("/opt/homebrew/bin") << QStringLiteral("/usr/local/bin");
#endif
    return QStandardPaths::findExecutable(name, folders);
}

void TunnelProcessLauncher::start(QProcess& process, const QString& program, const QStringList& arguments,
                                  const QProcessEnvironment& additions) const
{
    QProcessEnvironment environment = m_environment;
    environment.insert(additions);
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);
    process.start(QIODevice::ReadOnly);
}

} // namespace Dewey
