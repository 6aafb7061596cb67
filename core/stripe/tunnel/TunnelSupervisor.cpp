#include "stripe/tunnel/TunnelSupervisor.h"

#include "common/Clock.h"
#include "log/LogCategories.h"
#include "secrets/SecretStore.h"
#include "stripe/tunnel/CloudflaredTunnel.h"
#include "stripe/tunnel/CustomCommandTunnel.h"
#include "stripe/tunnel/FixedUrlTunnel.h"
#include "stripe/tunnel/NgrokTunnel.h"
#include "stripe/tunnel/StripeCliTunnel.h"

#include <QUrl>

namespace Dewey {

namespace {

QString seconds(int ms)
{
    return QString::number((ms + 999) / 1000);
}

} // namespace

TunnelSupervisor::TunnelSupervisor(const Settings& settings, SecretStore& secrets,
                                   const TunnelProcessLauncher& launcher, QNetworkAccessManager& network,
                                   const IClock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_launcher(launcher)
    , m_network(network)
    , m_clock(clock)
    , m_log(clock)
    , m_kind(settings.tunnelKind())
{
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &TunnelSupervisor::launch);
    connect(&settings, &Settings::changed, this, &TunnelSupervisor::onSettingChanged);
    connect(&secrets, &SecretStore::valueChanged, this, [this](SecretId id) {
        // A key added after "not logged in" is worth another try.
        if (id == SecretId::StripeSecretKey && m_started && m_kind == Settings::TunnelKind::StripeCli &&
            m_state == State::Failed)
            restart();
    });
    m_message = m_kind == Settings::TunnelKind::None
                    ? tr("No tunnel: Dewey checks Stripe for new sales every few "
                         "minutes instead.")
                    : QString();
}

TunnelSupervisor::~TunnelSupervisor()
{
    shutdown();
}

QString TunnelSupervisor::kindDisplayName(Settings::TunnelKind kind)
{
    switch (kind) {
    case Settings::TunnelKind::None:
        return tr("None (catch-up only)");
    case Settings::TunnelKind::StripeCli:
        return tr("Stripe CLI");
    case Settings::TunnelKind::Cloudflared:
        return tr("cloudflared quick tunnel");
    case Settings::TunnelKind::Ngrok:
        return tr("ngrok");
    case Settings::TunnelKind::Custom:
        return tr("Custom command");
    case Settings::TunnelKind::FixedUrl:
        return tr("My own public address");
    }
    return {};
}

QString TunnelSupervisor::webhookUrlFor(const QString& publicUrl)
{
    if (publicUrl.isEmpty())
        return {};
    QUrl url(publicUrl);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/webhooks/stripe")))
        path += QStringLiteral("/webhooks/stripe");
    url.setPath(path);
    return url.toString();
}

void TunnelSupervisor::start()
{
    if (m_started)
        return;
    m_started = true;
    m_attempt = 0;
    launch();
}

void TunnelSupervisor::stop()
{
    m_started = false;
    m_relaunchAfterStop = false;
    m_restartTimer.stop();
    if (m_tunnel && m_tunnel->isActive()) {
        m_tunnel->stop();
        return;
    }
    setPublicUrl({});
    setState(State::Off, m_message);
}

void TunnelSupervisor::shutdown()
{
    m_started = false;
    m_relaunchAfterStop = false;
    m_restartTimer.stop();
    if (m_tunnel) {
        Tunnel* tunnel = m_tunnel;
        m_tunnel = nullptr;
        tunnel->disconnect(this);
        tunnel->stopNow();
        delete tunnel;
        m_log.addNote(tr("Tunnel stopped."));
    }
    m_publicUrl.clear();
    m_state = State::Off;
}

void TunnelSupervisor::restart()
{
    m_attempt = 0;
    m_restartTimer.stop();
    if (!m_started) {
        start();
        return;
    }
    launch();
}

qint64 TunnelSupervisor::processId() const
{
    const auto* process = qobject_cast<const ProcessTunnel*>(m_tunnel.data());
    return process ? process->processId() : 0;
}

QString TunnelSupervisor::statusText() const
{
    const QString name = kindDisplayName(m_kind);
    switch (m_state) {
    case State::Off:
        return m_kind == Settings::TunnelKind::None ? tr("off (catch-up only)") : tr("%1 stopped").arg(name);
    case State::Starting:
        return tr("%1 starting…").arg(name);
    case State::Running:
        return forwardsEventsItself() ? tr("%1 forwarding").arg(name) : tr("%1 connected").arg(name);
    case State::Restarting:
        return tr("%1 restarting").arg(name);
    case State::Failed:
        return tr("%1 needs attention").arg(name);
    }
    return {};
}

void TunnelSupervisor::launch()
{
    if (!m_started)
        return;
    if (m_tunnel && m_tunnel->isActive()) {
        // One at a time: ngrok, for one, refuses a second agent while the first still runs.
        m_relaunchAfterStop = true;
        m_tunnel->stop();
        return;
    }
    if (m_tunnel) {
        m_tunnel->deleteLater();
        m_tunnel = nullptr;
    }
    m_kind = m_settings.tunnelKind();
    setPublicUrl({});
    if (m_kind == Settings::TunnelKind::None) {
        m_log.addNote(tr("No tunnel chosen: sales arrive through catch-up only."));
        setState(State::Off, tr("No tunnel: Dewey checks Stripe for new sales every few minutes instead."));
        return;
    }
    if (m_port == 0) {
        setState(State::Failed,
                 tr("The webhook receiver is not listening, so there is nothing to tunnel to."));
        return;
    }
    Tunnel* tunnel = createTunnel(m_kind);
    m_tunnel = tunnel;
    connect(tunnel, &Tunnel::ready, this, [this, tunnel](const QString& url) { onReady(tunnel, url); });
    connect(tunnel, &Tunnel::ended, this,
            [this, tunnel](bool stopped, const QString& message, bool retryable) {
                onEnded(tunnel, stopped, message, retryable);
            });
    connect(tunnel, &Tunnel::signingSecretFound, this, &TunnelSupervisor::onSigningSecret);
    connect(tunnel, &Tunnel::output, &m_log, &TunnelLog::addOutput);
    connect(tunnel, &Tunnel::note, &m_log, &TunnelLog::addNote);
    m_readySinceMs = -1;
    setState(State::Starting, tr("Starting %1…").arg(tunnel->displayName()));
    tunnel->start(m_port);
}

Tunnel* TunnelSupervisor::createTunnel(Settings::TunnelKind kind)
{
    ProcessTunnel* process = nullptr;
    switch (kind) {
    case Settings::TunnelKind::StripeCli:
        process = new StripeCliTunnel(m_launcher, m_settings, m_secrets, this);
        break;
    case Settings::TunnelKind::Cloudflared:
        process = new CloudflaredTunnel(m_launcher, m_settings, this);
        break;
    case Settings::TunnelKind::Ngrok: {
        auto* ngrok = new NgrokTunnel(m_launcher, m_settings, m_network, this);
        ngrok->setPollIntervalMs(m_options.ngrokPollIntervalMs);
        process = ngrok;
        break;
    }
    case Settings::TunnelKind::Custom:
        process = new CustomCommandTunnel(m_launcher, m_settings, this);
        break;
    case Settings::TunnelKind::FixedUrl:
    case Settings::TunnelKind::None:
        return new FixedUrlTunnel(m_settings, this);
    }
    process->setOptions(m_options.process);
    return process;
}

void TunnelSupervisor::onReady(Tunnel* tunnel, const QString& url)
{
    if (tunnel != m_tunnel)
        return;
    m_readySinceMs = m_clock.monotonicMs();
    setPublicUrl(url);
    const QString message = url.isEmpty()
                                ? tr("%1 is forwarding Stripe's events to Dewey.").arg(tunnel->displayName())
                                : tr("Stripe can reach Dewey at %1").arg(webhookUrl());
    m_log.addNote(message);
    setState(State::Running, message);
}

void TunnelSupervisor::onEnded(Tunnel* tunnel, bool stopped, const QString& message, bool retryable)
{
    if (tunnel != m_tunnel)
        return;
    const bool ranWell =
        m_readySinceMs >= 0 && m_clock.monotonicMs() - m_readySinceMs >= m_options.stableRunMs;
    m_tunnel = nullptr;
    tunnel->deleteLater();
    setPublicUrl({});

    if (stopped) {
        m_log.addNote(tr("%1 stopped.").arg(tunnel->displayName()));
        if (m_relaunchAfterStop) {
            m_relaunchAfterStop = false;
            launch();
            return;
        }
        setState(State::Off, {});
        return;
    }
    qCWarning(lcTunnel).noquote() << tunnel->displayName() << "ended:" << message;
    if (!retryable || !m_started) {
        setState(State::Failed, message);
        return;
    }
    if (ranWell)
        m_attempt = 0;
    ++m_attempt;
    qint64 delay = m_options.initialBackoffMs;
    for (int i = 1; i < m_attempt && delay < m_options.maxBackoffMs; ++i)
        delay *= 2;
    const int delayMs = static_cast<int>(std::min<qint64>(delay, m_options.maxBackoffMs));
    m_log.addNote(tr("Restarting in %1 s.").arg(seconds(delayMs)));
    setState(State::Restarting, message + QLatin1Char(' ') + tr("Restarting in %1 s.").arg(seconds(delayMs)));
    emit restartScheduled(m_attempt, delayMs);
    m_restartTimer.start(delayMs);
}

void TunnelSupervisor::onSigningSecret(const QString& secret)
{
    const QString current = m_secrets.value(SecretId::StripeWebhookSecret);
    if (current == secret)
        return;
    if (!current.isEmpty())
        m_secrets.setValue(SecretId::StripeWebhookSecretPrevious, current);
    m_secrets.setValue(SecretId::StripeWebhookSecret, secret);
    m_log.addNote(tr("Stored the Stripe CLI's signing secret as the webhook signing secret."));
    qCInfo(lcTunnel) << "stored the Stripe CLI's signing secret";
    emit signingSecretStored();
}

void TunnelSupervisor::onSettingChanged(const QString& key)
{
    if (!m_started)
        return;
    const Settings::TunnelKind chosen = m_settings.tunnelKind();
    bool relevant = key == SettingsKey::TunnelKind;
    switch (chosen) {
    case Settings::TunnelKind::StripeCli:
        relevant = relevant || key == SettingsKey::TunnelStripeCliPath ||
                   key == SettingsKey::StripePaymentIntentSales;
        break;
    case Settings::TunnelKind::Cloudflared:
        relevant = relevant || key == SettingsKey::TunnelCloudflaredPath;
        break;
    case Settings::TunnelKind::Ngrok:
        relevant = relevant || key == SettingsKey::TunnelNgrokPath;
        break;
    case Settings::TunnelKind::Custom:
        relevant =
            relevant || key == SettingsKey::TunnelCustomCommand || key == SettingsKey::TunnelUrlPattern;
        break;
    case Settings::TunnelKind::FixedUrl:
        relevant = relevant || key == SettingsKey::TunnelFixedUrl;
        break;
    case Settings::TunnelKind::None:
        break;
    }
    if (relevant) {
        m_log.addNote(tr("Tunnel settings changed."));
        restart();
    }
}

void TunnelSupervisor::setState(State state, const QString& message)
{
    const bool messageChanged = message != m_message;
    m_message = message;
    if (messageChanged)
        emit this->messageChanged(m_message);
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcTunnel) << "tunnel" << Settings::tunnelKindName(m_kind) << "state" << state;
    emit stateChanged(state);
}

void TunnelSupervisor::setPublicUrl(const QString& url)
{
    if (url == m_publicUrl)
        return;
    m_publicUrl = url;
    emit publicUrlChanged(url);
}

} // namespace Dewey
