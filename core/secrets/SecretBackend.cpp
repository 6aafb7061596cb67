#include "secrets/SecretBackend.h"

#include <QMetaObject>

namespace Dewey {

void ISecretBackend::answerLater(QObject* context, SecretBackendCallback done, SecretBackendResult result)
{
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace Dewey
