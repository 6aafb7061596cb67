#include "secrets/SecretStorageMode.h"

namespace Dewey {

QString secretStorageModeName(SecretStorageMode mode)
{
    switch (mode) {
    case SecretStorageMode::Keychain:
        return QStringLiteral("keychain");
    case SecretStorageMode::SessionOnly:
        return QStringLiteral("session");
    case SecretStorageMode::File:
        return QStringLiteral("file");
    }
    return QStringLiteral("keychain");
}

SecretStorageMode secretStorageModeFromName(const QString& name, SecretStorageMode fallback)
{
    for (auto mode : {SecretStorageMode::Keychain, SecretStorageMode::SessionOnly, SecretStorageMode::File}) {
        if (name == secretStorageModeName(mode))
            return mode;
    }
    return fallback;
}

} // namespace Dewey
