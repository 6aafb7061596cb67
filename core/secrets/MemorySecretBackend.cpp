#include "secrets/MemorySecretBackend.h"

namespace Dewey {

void MemorySecretBackend::read(const QString& key, QObject* context, SecretBackendCallback done)
{
    const auto it = m_values.constFind(key);
    answerLater(context, std::move(done),
                it == m_values.cend() ? SecretBackendResult::notFound() : SecretBackendResult::ok(*it));
}

void MemorySecretBackend::write(const QString& key, const QString& value, QObject* context,
                                SecretBackendCallback done)
{
    m_values.insert(key, value);
    answerLater(context, std::move(done), SecretBackendResult::ok());
}

void MemorySecretBackend::remove(const QString& key, QObject* context, SecretBackendCallback done)
{
    const bool existed = m_values.remove(key) > 0;
    answerLater(context, std::move(done),
                existed ? SecretBackendResult::ok() : SecretBackendResult::notFound());
}

} // namespace Dewey
