#include "log/SecretRedactor.h"

#include <QMutexLocker>

#include <algorithm>

namespace Dewey {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

// Key prefixes are kept, so a log still tells which kind of key was involved.
const QString kPattern = QStringLiteral(
    // Stripe secret and restricted keys, webhook signing secrets
    R"((?<stripe>\b(?:sk|rk)_(?:live|test)_|\bwhsec_)[A-Za-z0-9]{8,})"
    // OpenAI keys: sk-..., sk-proj-..., sk-svcacct-..., sk-admin-...
    R"(|(?<openai>\bsk-(?:proj-|svcacct-|admin-)?)[A-Za-z0-9_\-]{16,})"
    // Authorization header values
    R"(|(?<auth>\b(?:Bearer|Basic)\s+)[A-Za-z0-9._~+/=\-]{8,})"
    // token=..., access_token=..., overlay_token=... in URLs and form bodies
    R"(|(?<param>\b[A-Za-z_]*token=)[^&\s#"'<>]+)");

} // namespace

SecretRedactor::SecretRedactor()
    : m_patterns(kPattern, QRegularExpression::CaseInsensitiveOption)
{
    m_patterns.optimize();
}

void SecretRedactor::addSecret(const QString& value)
{
    if (value.size() < kMinimumSecretLength)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_secrets.contains(value))
        return;
    m_secrets << value;
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

void SecretRedactor::setSecrets(const QStringList& values)
{
    {
        QMutexLocker lock(&m_mutex);
        m_secrets.clear();
    }
    for (const QString& value : values)
        addSecret(value);
}

QString SecretRedactor::redact(const QString& text) const
{
    QString result = text;
    {
        QMutexLocker lock(&m_mutex);
        for (const QString& secret : m_secrets)
            result.replace(secret, kRedacted);
    }

    QRegularExpressionMatchIterator matches = m_patterns.globalMatch(result);
    if (!matches.hasNext())
        return result;
    QString redacted;
    redacted.reserve(result.size());
    qsizetype copiedUpTo = 0;
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        redacted += QStringView(result).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        for (const char* group : {"stripe", "openai", "auth", "param"}) {
            const QString prefix = match.captured(QLatin1String(group));
            if (prefix.isEmpty())
                continue;
            redacted += prefix;
            // "sk_live_…[redacted]" reads as a key with its rest hidden; a bearer token or a query
            // value is hidden whole.
            if (prefix.endsWith(QLatin1Char('_')) || prefix.endsWith(QLatin1Char('-')))
                redacted += QChar(0x2026);
            break;
        }
        redacted += kRedacted;
        copiedUpTo = match.capturedEnd();
    }
    redacted += QStringView(result).mid(copiedUpTo);
    return redacted;
}

} // namespace Dewey
