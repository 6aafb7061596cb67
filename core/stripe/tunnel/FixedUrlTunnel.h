#pragma once

#include "stripe/tunnel/Tunnel.h"

namespace Dewey {

class Settings;

// An address the streamer runs themselves (a reverse proxy, a router port forward, a named
// Cloudflare tunnel) that forwards to the webhook port. Nothing to start: it is ready when it is a
// valid address.
class FixedUrlTunnel : public Tunnel
{
    Q_OBJECT

public:
    explicit FixedUrlTunnel(const Settings& settings, QObject* parent = nullptr);

    QString displayName() const override { return tr("Your own address"); }
    void start(quint16 webhookPort) override;
    void stop() override;
    void stopNow() override { m_active = false; }
    bool isActive() const override { return m_active; }

private:
    const Settings& m_settings;
    bool m_active = false;
};

} // namespace Dewey
