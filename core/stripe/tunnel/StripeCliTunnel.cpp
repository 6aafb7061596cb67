#include "stripe/tunnel/StripeCliTunnel.h"

#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "stripe/StripeApiClient.h"
#include "stripe/StripeEventMapper.h"

#include <QRegularExpression>

namespace Dewey {

StripeCliTunnel::StripeCliTunnel(const TunnelProcessLauncher& launcher, const Settings& settings,
                                 const SecretStore& secrets, QObject* parent)
    : ProcessTunnel(launcher, parent)
    , m_settings(settings)
    , m_secrets(secrets)
{}

std::optional<ProcessTunnel::Command> StripeCliTunnel::command(quint16 webhookPort, QString*)
{
    Command cmd;
    cmd.program = QStringLiteral("stripe");
    cmd.configuredPath = m_settings.tunnelProgramPath(Settings::TunnelKind::StripeCli);
    cmd.arguments = {
        QStringLiteral("listen"), QStringLiteral("--forward-to"),
        QStringLiteral("127.0.0.1:%1/webhooks/stripe").arg(webhookPort), QStringLiteral("--events"),
        StripeEventMapper::handledEventTypes(m_settings.paymentIntentSales()).join(QLatin1Char(','))};
    const QString key = m_secrets.value(SecretId::StripeSecretKey);
    if (!key.isEmpty())
        cmd.environment.insert(QStringLiteral("STRIPE_API_KEY"), key);
    // The CLI listens to test mode unless told otherwise; only a live key means the real store.
    if (StripeApiClient::keyMode(key) == StripeApiClient::KeyMode::Live)
        cmd.arguments << QStringLiteral("--live");
    cmd.environment.insert(QStringLiteral("STRIPE_CLI_TELEMETRY_OPTOUT"), QStringLiteral("1"));
    // Plain lines, no colour codes.
    cmd.environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    return cmd;
}

QString StripeCliTunnel::notFoundMessage(const QString&) const
{
    return tr("The Stripe CLI (stripe) was not found. Install it from stripe.com/docs/stripe-cli, or choose "
              "where stripe is in Settings → Stripe.");
}

TunnelLineVerdict StripeCliTunnel::parseLine(const QString& line)
{
    static const QRegularExpression secret(QStringLiteral("\\b(whsec_[A-Za-z0-9]+)"));
    if (line.contains(QLatin1String("Ready!"))) {
        const QRegularExpressionMatch match = secret.match(line);
        if (match.hasMatch()) {
            TunnelLineVerdict verdict;
            verdict.kind = TunnelLineVerdict::Kind::Ready;
            verdict.secret = match.captured(1);
            return verdict;
        }
    }
    // Without a key the CLI starts an interactive browser login and waits forever: never let it.
    if (line.contains(QLatin1String("have not configured API keys"), Qt::CaseInsensitive) ||
        line.contains(QLatin1String("Your pairing code is"), Qt::CaseInsensitive)) {
        return TunnelLineVerdict::failure(tr("The Stripe CLI is not logged in. Add your Stripe secret key in "
                                             "Settings → Secrets (Dewey hands "
                                             "it to the CLI), or run \"stripe login\" once in a terminal."),
                                          false);
    }
    if (line.contains(QLatin1String("Authorization failed"), Qt::CaseInsensitive) ||
        line.contains(QLatin1String("Invalid API Key"), Qt::CaseInsensitive) ||
        line.contains(QLatin1String("api_key_expired"), Qt::CaseInsensitive) ||
        line.contains(QLatin1String("expired API key"), Qt::CaseInsensitive)) {
        return TunnelLineVerdict::failure(tr("Stripe refused the key the Stripe CLI used. Check the Stripe "
                                             "secret key in Settings → Secrets, "
                                             "or run \"stripe login\" again."),
                                          false);
    }
    return TunnelLineVerdict::nothing();
}

} // namespace Dewey
