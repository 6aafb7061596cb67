#include "stripe/StripeSignature.h"

#include "common/Clock.h"
#include "server/ConstantTime.h"

#include <QMessageAuthenticationCode>

namespace Dewey {

namespace {

bool isDecimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18) // more digits no longer fit in qint64
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

StripeSignature::StripeSignature(const IClock& clock, int toleranceSeconds)
    : m_clock(clock)
{
    setToleranceSeconds(toleranceSeconds);
}

bool StripeSignature::setToleranceSeconds(int seconds)
{
    if (seconds <= 0)
        return false;
    m_toleranceSeconds = seconds;
    return true;
}

StripeSignature::Header StripeSignature::parseHeader(QByteArrayView header)
{
    Header parsed;
    // Items are "key=value" separated by commas and split at the first '='. Like the official
    // libraries nothing is trimmed, unknown keys are skipped and the last t= wins.
    qsizetype start = 0;
    while (start <= header.size()) {
        qsizetype end = header.indexOf(',', start);
        if (end < 0)
            end = header.size();
        const QByteArrayView item = header.sliced(start, end - start);
        const qsizetype equals = item.indexOf('=');
        if (equals > 0) {
            const QByteArrayView key = item.first(equals);
            const QByteArrayView value = item.sliced(equals + 1);
            if (key == "t")
                parsed.timestamp = isDecimal(value) ? value.toLongLong() : -1;
            else if (key == "v1" && !value.isEmpty())
                parsed.v1.append(value.toByteArray());
        }
        start = end + 1;
    }
    return parsed;
}

QByteArray StripeSignature::computeSignature(qint64 timestamp, QByteArrayView payload, QByteArrayView secret)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret.toByteArray());
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".", 1);
    mac.addData(payload.data(), payload.size());
    return mac.result().toHex();
}

QByteArray StripeSignature::headerFor(qint64 timestamp, QByteArrayView payload, QByteArrayView secret)
{
    return "t=" + QByteArray::number(timestamp) + ",v1=" + computeSignature(timestamp, payload, secret);
}

StripeSignature::Result StripeSignature::verify(QByteArrayView payload, QByteArrayView header,
                                                const QByteArrayList& secrets) const
{
    Result result;
    if (header.isEmpty()) {
        result.status = Status::MissingHeader;
        result.reason = tr("No Stripe-Signature header");
        return result;
    }
    const Header parsed = parseHeader(header);
    if (parsed.timestamp < 0) {
        result.status = Status::MalformedHeader;
        result.reason = tr("Unable to extract timestamp and signatures from header");
        return result;
    }
    if (parsed.v1.isEmpty()) {
        result.status = Status::NoV1Signature;
        result.reason = tr("No signatures found with expected scheme");
        return result;
    }

    bool anySecret = false;
    for (qsizetype i = 0; i < secrets.size() && result.matchedSecret < 0; ++i) {
        if (secrets.at(i).isEmpty())
            continue;
        anySecret = true;
        const QByteArray expected = computeSignature(parsed.timestamp, payload, secrets.at(i));
        // Every candidate is compared in full, so timing does not tell which one came close.
        bool matched = false;
        for (const QByteArray& candidate : parsed.v1)
            matched = constantTimeEquals(expected, candidate) || matched;
        if (matched)
            result.matchedSecret = int(i);
    }
    if (!anySecret) {
        result.status = Status::NoSecret;
        result.reason = tr("No webhook signing secret is configured");
        return result;
    }
    if (result.matchedSecret < 0) {
        result.status = Status::NoMatch;
        result.reason = tr("No signatures found matching the expected signature for payload");
        return result;
    }

    const qint64 age = m_clock.now().toSecsSinceEpoch() - parsed.timestamp;
    if (age > m_toleranceSeconds) {
        result.status = Status::Stale;
        result.reason = tr("Timestamp outside the tolerance zone (%1 s old, %2 s allowed)")
                            .arg(age)
                            .arg(m_toleranceSeconds);
        result.matchedSecret = -1;
        return result;
    }
    result.status = Status::Valid;
    return result;
}

} // namespace Dewey
