#pragma once

#include <QString>

namespace Dewey {

// Where the streamer's secrets (OpenAI key, Stripe keys) are kept.
enum class SecretStorageMode
{
    Keychain,    // the OS keychain (Secret Service, Windows Credential Manager, macOS Keychain)
    SessionOnly, // memory only: forgotten when Dewey quits
    File,        // explicitly opted in: a 0600 file in the data folder
};

QString secretStorageModeName(SecretStorageMode mode);
SecretStorageMode secretStorageModeFromName(const QString& name, SecretStorageMode fallback);

} // namespace Dewey
