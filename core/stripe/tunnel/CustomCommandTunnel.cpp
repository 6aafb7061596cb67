#include "stripe/tunnel/CustomCommandTunnel.h"

#include "settings/Settings.h"

#include <QFileInfo>
#include <QProcess>
#include <QUrl>

namespace Dewey {

CustomCommandTunnel::CustomCommandTunnel(const TunnelProcessLauncher& launcher, const Settings& settings,
                                         QObject* parent)
    : ProcessTunnel(launcher, parent)
    , m_settings(settings)
{}

QString CustomCommandTunnel::displayName() const
{
    const QStringList parts = QProcess::splitCommand(m_settings.tunnelCustomCommand());
    return parts.isEmpty() ? tr("Custom tunnel") : QFileInfo(parts.first()).fileName();
}

QStringList CustomCommandTunnel::splitCommand(const QString& commandTemplate, quint16 port, QString* error)
{
    const QString text = commandTemplate.trimmed();
    if (text.isEmpty()) {
        *error =
            tr("Enter the tunnel command in Settings → Stripe, with {port} where the webhook port goes.");
        return {};
    }
    QStringList parts = QProcess::splitCommand(text);
    if (parts.isEmpty()) {
        *error = tr("The tunnel command \"%1\" could not be read (check its quotes).").arg(text);
        return {};
    }
    for (QString& part : parts)
        part.replace(QLatin1String("{port}"), QString::number(port));
    return parts;
}

QString CustomCommandTunnel::findUrl(const QRegularExpression& pattern, const QString& line)
{
    const QRegularExpressionMatch match = pattern.match(line);
    if (!match.hasMatch())
        return {};
    QString found = pattern.captureCount() >= 1 ? match.captured(1) : match.captured(0);
    // Punctuation around a URL in prose is not part of it.
    while (!found.isEmpty() && QStringLiteral(".,;:)]}'\"").contains(found.back()))
        found.chop(1);
    const QUrl url(found, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return {};
    return found;
}

std::optional<ProcessTunnel::Command> CustomCommandTunnel::command(quint16 webhookPort, QString* error)
{
    m_pattern = QRegularExpression(m_settings.tunnelUrlPattern());
    if (!m_pattern.isValid()) {
        *error = tr("The URL pattern in Settings → Stripe is not a valid regular expression: %1")
                     .arg(m_pattern.errorString());
        return std::nullopt;
    }
    const QStringList parts = splitCommand(m_settings.tunnelCustomCommand(), webhookPort, error);
    if (parts.isEmpty())
        return std::nullopt;
    Command cmd;
    cmd.program = parts.first();
    // A path with a folder is used as written; a bare name is looked up on the PATH.
    if (parts.first().contains(QLatin1Char('/')) || parts.first().contains(QLatin1Char('\\')))
        cmd.configuredPath = parts.first();
    cmd.arguments = parts.mid(1);
    return cmd;
}

TunnelLineVerdict CustomCommandTunnel::readLine(const QString& line)
{
    const QString url = findUrl(m_pattern, line);
    if (url.isEmpty())
        return TunnelLineVerdict::nothing();
    TunnelLineVerdict verdict;
    verdict.kind = TunnelLineVerdict::Kind::Ready;
    verdict.url = url;
    return verdict;
}

} // namespace Dewey
