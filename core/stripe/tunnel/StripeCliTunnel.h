#pragma once

#include "stripe/tunnel/ProcessTunnel.h"

namespace Dewey {

class SecretStore;
class Settings;

// `stripe listen --forward-to 127.0.0.1:{port}/webhooks/stripe`: the Stripe CLI receives the events
// from Stripe itself and forwards them, signed with its own secret, which it prints on stderr
// ("Ready! … Your webhook signing secret is whsec_…"). The Stripe secret key from the keychain is
// passed in STRIPE_API_KEY (not on the command line, where other programs could read it), so the CLI
// needs no separate `stripe login`.
class StripeCliTunnel : public ProcessTunnel
{
    Q_OBJECT

public:
    StripeCliTunnel(const TunnelProcessLauncher& launcher, const Settings& settings,
                    const SecretStore& secrets, QObject* parent = nullptr);

    QString displayName() const override { return tr("Stripe CLI"); }
    bool forwardsEventsItself() const override { return true; }

    static TunnelLineVerdict parseLine(const QString& line);

protected:
    std::optional<Command> command(quint16 webhookPort, QString* error) override;
    TunnelLineVerdict readLine(const QString& line) override { return parseLine(line); }
    QString notFoundMessage(const QString& program) const override;

private:
    const Settings& m_settings;
    const SecretStore& m_secrets;
};

} // namespace Dewey
