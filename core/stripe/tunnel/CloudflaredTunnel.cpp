#include "stripe/tunnel/CloudflaredTunnel.h"

#include "settings/Settings.h"

#include <QRegularExpression>

namespace Dewey {

CloudflaredTunnel::CloudflaredTunnel(const TunnelProcessLauncher& launcher, const Settings& settings,
                                     QObject* parent)
    : ProcessTunnel(launcher, parent)
    , m_settings(settings)
{}

std::optional<ProcessTunnel::Command> CloudflaredTunnel::command(quint16 webhookPort, QString*)
{
    Command cmd;
    cmd.program = QStringLiteral("cloudflared");
    cmd.configuredPath = m_settings.tunnelProgramPath(Settings::TunnelKind::Cloudflared);
    // --no-autoupdate: an update would restart cloudflared under Dewey's feet with a new address.
    cmd.arguments = {QStringLiteral("tunnel"), QStringLiteral("--no-autoupdate"), QStringLiteral("--url"),
                     QStringLiteral("http://127.0.0.1:%1").arg(webhookPort)};
    return cmd;
}

TunnelLineVerdict CloudflaredTunnel::parseLine(const QString& line)
{
    static const QRegularExpression quickUrl(QStringLiteral(
        "(https://[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.trycloudflare\\.com)(?=$|[\\s/|\"'<>])"));
    const QRegularExpressionMatch match = quickUrl.match(line);
    // "api.trycloudflare.com" appears in error lines: it is the service, not a tunnel.
    if (match.hasMatch() && match.captured(1) != QLatin1String("https://api.trycloudflare.com")) {
        TunnelLineVerdict verdict;
        verdict.kind = TunnelLineVerdict::Kind::Ready;
        verdict.url = match.captured(1).toLower();
        return verdict;
    }
    if (line.contains(QLatin1String("failed to request quick Tunnel"), Qt::CaseInsensitive) ||
        line.contains(QLatin1String("failed to unmarshal quick Tunnel"), Qt::CaseInsensitive) ||
        line.contains(QLatin1String("error code: 1015")) ||
        line.contains(QLatin1String("429 Too Many Requests"))) {
        return TunnelLineVerdict::failure(tr("Cloudflare did not hand out a quick tunnel (it limits how "
                                             "often one can be made); Dewey tries "
                                             "again shortly."),
                                          true);
    }
    return TunnelLineVerdict::nothing();
}

} // namespace Dewey
