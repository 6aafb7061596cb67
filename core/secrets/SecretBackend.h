#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Dewey {

// Outcome of one backend operation. A missing entry is not an error: it is how an unset secret looks.
struct SecretBackendResult
{
    enum class Status
    {
        Ok,
        NotFound,
        Error
    };

    Status status = Status::Ok;
    QString value;        // reads only
    QString errorMessage; // translated, says what went wrong; never contains the secret

    static SecretBackendResult ok(QString value = {}) { return {Status::Ok, std::move(value), {}}; }
    static SecretBackendResult notFound() { return {Status::NotFound, {}, {}}; }
    static SecretBackendResult error(QString message) { return {Status::Error, {}, std::move(message)}; }
};

using SecretBackendCallback = std::function<void(const SecretBackendResult&)>;

// Where secret values are kept. Every operation answers asynchronously, through `done`, on the
// thread of `context`, and never after `context` is destroyed: the OS keychain talks over D-Bus or
// system services that may take their time, and callers must not care which backend they have.
class ISecretBackend
{
public:
    virtual ~ISecretBackend() = default;

    virtual void read(const QString& key, QObject* context, SecretBackendCallback done) = 0;
    virtual void write(const QString& key, const QString& value, QObject* context,
                       SecretBackendCallback done) = 0;
    virtual void remove(const QString& key, QObject* context, SecretBackendCallback done) = 0;

protected:
    // For backends that know the answer at once: deliver it from the event loop, like the others.
    static void answerLater(QObject* context, SecretBackendCallback done, SecretBackendResult result);
};

} // namespace Dewey
