#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Dewey {

class IClock;

// Checks a webhook's Stripe-Signature header the way Stripe's official libraries do, on the raw body:
// `t=<unix seconds>` plus one or more `v1=<hex>` (other schemes such as v0 are ignored), the expected
// v1 being lowercase hex HMAC-SHA256 over "<t>.<body>" keyed with the signing secret string itself
// (whsec_ prefix included). The signature is checked first and the timestamp's age second; only
// timestamps older than the tolerance are refused, as the official libraries do.
class StripeSignature
{
    Q_DECLARE_TR_FUNCTIONS(StripeSignature)

public:
    static constexpr int DefaultToleranceSeconds = 300;

    struct Header
    {
        qint64 timestamp = -1; // -1 when the header has no usable t=
        QByteArrayList v1;     // every v1 signature, in order
    };

    enum class Status
    {
        Valid,
        MissingHeader,
        MalformedHeader, // no t= (or not a number)
        NoV1Signature,
        NoSecret, // no signing secret configured: not the sender's fault
        NoMatch,
        Stale, // signed correctly, but longer ago than the tolerance
    };

    struct Result
    {
        Status status = Status::MissingHeader;
        QString reason;         // short, English-first (translated), safe to send back to Stripe
        int matchedSecret = -1; // index into the secrets list on success

        bool ok() const { return status == Status::Valid; }
    };

    explicit StripeSignature(const IClock& clock, int toleranceSeconds = DefaultToleranceSeconds);

    // A tolerance of 0 or less would accept replays forever: refused, the old value stays.
    bool setToleranceSeconds(int seconds);
    int toleranceSeconds() const { return m_toleranceSeconds; }

    // Passes when any v1 matches any non-empty secret (current and previous during a rotation).
    Result verify(QByteArrayView payload, QByteArrayView header, const QByteArrayList& secrets) const;

    static Header parseHeader(QByteArrayView header);
    // Lowercase hex HMAC-SHA256 of "<timestamp>.<payload>" keyed with `secret`.
    static QByteArray computeSignature(qint64 timestamp, QByteArrayView payload, QByteArrayView secret);
    // "t=<timestamp>,v1=<signature>", as Stripe sends it (for tests, the crash test and benchmarks).
    static QByteArray headerFor(qint64 timestamp, QByteArrayView payload, QByteArrayView secret);

private:
    const IClock& m_clock;
    int m_toleranceSeconds = DefaultToleranceSeconds;
};

} // namespace Dewey
