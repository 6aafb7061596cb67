#pragma once

#include <QObject>
#include <QString>

namespace Dewey {

// What one line of a tunnel program's output means. The per-tool readers are pure functions that
// return this, so they are tested against the real tools' lines without running anything.
struct TunnelLineVerdict
{
    enum class Kind
    {
        Nothing,  // an ordinary line: only logged
        Ready,    // the tunnel works; url (and, for the Stripe CLI, secret) filled in
        Progress, // something worth noting (ngrok's API address in `value`)
        Failure,  // the tunnel cannot work; `message` says why in the streamer's words
    };

    Kind kind = Kind::Nothing;
    QString url;
    QString secret;
    QString value;
    QString message;
    bool retryable = true; // false: trying again cannot help (not logged in, bad settings)

    static TunnelLineVerdict nothing() { return {}; }
    static TunnelLineVerdict failure(const QString& message, bool retryable)
    {
        TunnelLineVerdict verdict;
        verdict.kind = Kind::Failure;
        verdict.message = message;
        verdict.retryable = retryable;
        return verdict;
    }
};

// One way for Stripe's webhooks to reach the webhook port. Started and stopped by TunnelSupervisor,
// which owns restarts; a tunnel only reports what happened.
class Tunnel : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // "cloudflared", "Stripe CLI", …, for messages.
    virtual QString displayName() const = 0;
    // The Stripe CLI delivers events itself: it has no public URL to register with Stripe.
    virtual bool forwardsEventsItself() const { return false; }

    // Starts forwarding to 127.0.0.1:webhookPort. ready() or ended() follows, never both before start.
    virtual void start(quint16 webhookPort) = 0;
    // Asks the tunnel to end; ended() follows with stopped = true.
    virtual void stop() = 0;
    // Ends at once (the app is quitting): the child is gone when this returns. No signal follows.
    virtual void stopNow() = 0;
    virtual bool isActive() const = 0;

signals:
    // The tunnel works; publicUrl is where Stripe can reach the receiver (empty for the Stripe CLI).
    void ready(const QString& publicUrl);
    // The Stripe CLI printed the signing secret its deliveries carry.
    void signingSecretFound(const QString& secret);
    // The tunnel is down. `stopped`: because stop() asked; otherwise message says why, and
    // retryable says whether starting again may help.
    void ended(bool stopped, const QString& message, bool retryable);
    // A line the program printed, or a note about it, for the log view.
    void output(const QString& line);
    void note(const QString& line);
};

} // namespace Dewey
