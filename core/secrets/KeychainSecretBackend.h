#pragma once

#include "secrets/SecretBackend.h"

#include <QCoreApplication>

namespace Dewey {

// The OS keychain through QtKeychain (Secret Service on Linux, Credential Manager on Windows, Keychain
// on macOS). QtKeychain's "insecure fallback" is never enabled: on Linux it silently stores nothing.
class KeychainSecretBackend final : public QObject, public ISecretBackend
{
    Q_OBJECT

public:
    // Entries are stored under `service`. Separate data folders (profiles, tests) must never share
    // secrets, while the default folder keeps plain key names: keys of any other folder are prefixed
    // with a short hash of its path.
    explicit KeychainSecretBackend(const QString& dataDirectory, QString service = QStringLiteral("Dewey"),
                                   QObject* parent = nullptr);

    // Empty for the default data folder, else "<12 hex digits>/".
    static QString keyPrefixForDataDirectory(const QString& dataDirectory,
                                             const QString& defaultDataDirectory);

    QString keyPrefix() const { return m_keyPrefix; }
    QString service() const { return m_service; }

    void read(const QString& key, QObject* context, SecretBackendCallback done) override;
    void write(const QString& key, const QString& value, QObject* context,
               SecretBackendCallback done) override;
    void remove(const QString& key, QObject* context, SecretBackendCallback done) override;

private:
    QString m_keyPrefix;
    QString m_service;
};

} // namespace Dewey
