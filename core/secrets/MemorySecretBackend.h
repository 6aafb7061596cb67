#pragma once

#include "secrets/SecretBackend.h"

#include <QHash>

namespace Dewey {

// Keeps secrets for this session only: used when the streamer chose not to store them, and while the
// OS keychain does not work.
class MemorySecretBackend final : public ISecretBackend
{
public:
    void read(const QString& key, QObject* context, SecretBackendCallback done) override;
    void write(const QString& key, const QString& value, QObject* context,
               SecretBackendCallback done) override;
    void remove(const QString& key, QObject* context, SecretBackendCallback done) override;

private:
    QHash<QString, QString> m_values;
};

} // namespace Dewey
