#pragma once

#include "settings/Settings.h"
#include "stripe/tunnel/ProcessTunnel.h"
#include "stripe/tunnel/TunnelLog.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;

namespace Dewey {

class IClock;
class SecretStore;
class Tunnel;
class TunnelProcessLauncher;

// Runs the tunnel the streamer chose in Settings → Stripe for as long as Dewey runs: starts it with
// the app, restarts it with growing pauses when it ends by itself (1 s, 2 s, 4 s … up to a minute;
// back to 1 s after it ran well for a while), stops it on quit, and follows setting changes at once.
// It does not retry what cannot get better by retrying (a missing program, not logged in, a bad
// setting): that waits for the streamer, with a message that says what to do.
//
// The Stripe CLI's signing secret goes to the keychain as the webhook secret (the one before becomes
// the previous secret, so deliveries in flight still verify).
class TunnelSupervisor : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Off,        // no tunnel chosen (catch-up only), or stopped
        Starting,   // the program runs but has not reported an address yet
        Running,    // Stripe can reach the receiver
        Restarting, // it ended; the next start is scheduled
        Failed,     // it cannot work until something changes (message() says what)
    };
    Q_ENUM(State)

    struct Options
    {
        int initialBackoffMs = 1000;
        int maxBackoffMs = 60000;
        // A tunnel that ran this long before it ended starts the backoff over.
        qint64 stableRunMs = 120000;
        ProcessTunnel::Options process;
        int ngrokPollIntervalMs = 500;
    };

    TunnelSupervisor(const Settings& settings, SecretStore& secrets, const TunnelProcessLauncher& launcher,
                     QNetworkAccessManager& network, const IClock& clock, QObject* parent = nullptr);
    ~TunnelSupervisor() override;

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }
    // The port the webhook receiver listens on; set before start().
    void setWebhookPort(quint16 port) { m_port = port; }
    quint16 webhookPort() const { return m_port; }

    // Starts the chosen tunnel and keeps it running.
    void start();
    // Stops it (the program ends in the background).
    void stop();
    // For quit: the program is gone when this returns.
    void shutdown();
    // Starts it again now, whatever happened before (the streamer's "Restart tunnel").
    void restart();

    Settings::TunnelKind kind() const { return m_kind; }
    State state() const { return m_state; }
    // The tunnel's public base URL ("https://…trycloudflare.com"); empty while down and for the
    // Stripe CLI, which has none.
    QString publicUrl() const { return m_publicUrl; }
    // Where Stripe should send events: the public URL + /webhooks/stripe; empty without a URL.
    QString webhookUrl() const { return webhookUrlFor(m_publicUrl); }
    // True for the Stripe CLI: events arrive without a registered endpoint.
    bool forwardsEventsItself() const { return m_kind == Settings::TunnelKind::StripeCli; }
    // What is going on, in the streamer's words.
    QString message() const { return m_message; }
    // For the status bar: "cloudflared connected", "ngrok restarting in 4 s", "off (catch-up only)".
    QString statusText() const;
    // Consecutive restarts since the tunnel last ran well.
    int restartAttempt() const { return m_attempt; }
    // The tunnel program's process id, 0 when none runs.
    qint64 processId() const;

    TunnelLog& log() { return m_log; }

    static QString webhookUrlFor(const QString& publicUrl);
    static QString kindDisplayName(Settings::TunnelKind kind);

signals:
    void stateChanged(Dewey::TunnelSupervisor::State state);
    void publicUrlChanged(const QString& publicUrl);
    void messageChanged(const QString& message);
    // A restart is scheduled after delayMs (attempt counts from 1).
    void restartScheduled(int attempt, int delayMs);
    // The Stripe CLI's signing secret was stored as the webhook secret.
    void signingSecretStored();

private:
    void launch();
    Tunnel* createTunnel(Settings::TunnelKind kind);
    void onReady(Tunnel* tunnel, const QString& url);
    void onEnded(Tunnel* tunnel, bool stopped, const QString& message, bool retryable);
    void onSigningSecret(const QString& secret);
    void onSettingChanged(const QString& key);
    void setState(State state, const QString& message);
    void setPublicUrl(const QString& url);

    const Settings& m_settings;
    SecretStore& m_secrets;
    const TunnelProcessLauncher& m_launcher;
    QNetworkAccessManager& m_network;
    const IClock& m_clock;
    Options m_options;
    TunnelLog m_log;
    QTimer m_restartTimer;

    QPointer<Tunnel> m_tunnel;
    Settings::TunnelKind m_kind = Settings::TunnelKind::None;
    quint16 m_port = 0;
    bool m_started = false; // start() was called and stop() was not
    bool m_relaunchAfterStop = false;
    State m_state = State::Off;
    QString m_message;
    QString m_publicUrl;
    int m_attempt = 0;
    qint64 m_readySinceMs = -1;
};

} // namespace Dewey
