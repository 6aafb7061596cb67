#pragma once

#include "stripe/tunnel/ProcessTunnel.h"

namespace Dewey {

class Settings;

// A cloudflared quick tunnel: `cloudflared tunnel --url http://127.0.0.1:{port}`, no account needed.
// Its address (https://<words>.trycloudflare.com) is printed in a box on stderr and is new every time
// cloudflared starts, so the registered Stripe endpoint follows it.
class CloudflaredTunnel : public ProcessTunnel
{
    Q_OBJECT

public:
    CloudflaredTunnel(const TunnelProcessLauncher& launcher, const Settings& settings,
                      QObject* parent = nullptr);

    QString displayName() const override { return QStringLiteral("cloudflared"); }

    static TunnelLineVerdict parseLine(const QString& line);

protected:
    std::optional<Command> command(quint16 webhookPort, QString* error) override;
    TunnelLineVerdict readLine(const QString& line) override { return parseLine(line); }

private:
    const Settings& m_settings;
};

} // namespace Dewey
