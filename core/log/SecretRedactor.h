#pragma once

#include <QMutex>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Dewey {

// Removes secrets from text before it is logged: the exact values Dewey knows (registered with
// addSecret()), and anything shaped like an API key, a bearer token or a token query parameter even
// when it was never registered (a key pasted into the wrong field, a server echoing a header back).
// Thread-safe: the log handler calls redact() from any thread.
class SecretRedactor
{
public:
    static constexpr int kMinimumSecretLength = 8;

    SecretRedactor();

    // Values shorter than kMinimumSecretLength are ignored: replacing them would shred ordinary words.
    void addSecret(const QString& value);
    // Replaces every registered value, for example with SecretStore::knownSecretValues() after a change.
    void setSecrets(const QStringList& values);

    QString redact(const QString& text) const;

private:
    mutable QMutex m_mutex;
    QStringList m_secrets; // longest first, so a secret containing another is removed whole
    QRegularExpression m_patterns;
};

} // namespace Dewey
