#pragma once

#include "secrets/SecretBackend.h"
#include "secrets/SecretId.h"
#include "secrets/SecretStorageMode.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Dewey {

// What the rest of Dewey uses for secrets. load() once at start; after loaded() every value is
// answered synchronously from memory, while writes go to the chosen backend in the background.
//
// Keychain mode without a working keychain keeps values for this session only and emits
// keychainUnavailable(), so the UI can offer the choice: session only, or (explicitly) a private file.
// Environment variables (DEWEY_OPENAI_API_KEY, ...) override stored values without replacing them.
// Values are never logged, only key names.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    // The backends are injected so tests can pass their own; the app passes a KeychainSecretBackend,
    // a MemorySecretBackend and a FileSecretBackend for its data folder.
    SecretStore(std::unique_ptr<ISecretBackend> keychain, std::unique_ptr<ISecretBackend> session,
                std::unique_ptr<ISecretBackend> file, QProcessEnvironment environment, SecretStorageMode mode,
                QObject* parent = nullptr);
    ~SecretStore() override;

    // How long the keychain may take to answer before it counts as unavailable (default 5 s).
    void setKeychainTimeout(std::chrono::milliseconds timeout);

    // Checks whether the keychain can store a value, then reads every secret; emits loaded() once done
    // (always, even when the keychain never answers).
    void load();
    bool isLoaded() const { return m_loaded; }
    // Why some values could not be read (for example a secrets file others could read); empty when
    // everything was read.
    QString loadError() const { return m_loadErrors.join(QLatin1Char('\n')); }

    // The environment override when set and non-empty, else the stored value.
    QString value(SecretId id) const;
    bool hasValue(SecretId id) const { return !value(id).isEmpty(); }
    bool isOverriddenByEnvironment(SecretId id) const;

    // Stores `value` (surrounding whitespace from pasting is dropped; empty removes it). The new value
    // is used at once; saved() or failed() follows when the backend answers.
    void setValue(SecretId id, const QString& value);

    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }

    SecretStorageMode storageMode() const { return m_mode; }
    // Where values actually go now: SessionOnly while Keychain is chosen but not available.
    SecretStorageMode effectiveStorageMode() const;
    // Moves the stored values to the new place and removes them from the old one (leaving the file
    // mode deletes the file). Emits storageModeChanged() or storageModeChangeFailed().
    void setStorageMode(SecretStorageMode mode);

    // Every secret value currently known (stored or from the environment), for the log redactor.
    QStringList knownSecretValues() const;

Q_SIGNALS:
    void loaded();
    void valueChanged(Dewey::SecretId id);
    void saved(Dewey::SecretId id);
    void failed(Dewey::SecretId id, const QString& message);
    void keychainUnavailable(const QString& reason);
    void storageModeChanged(Dewey::SecretStorageMode mode);
    void storageModeChangeFailed(const QString& message);

private:
    enum class State
    {
        NotLoaded,
        Probing,
        Reading,
        Ready,
        Migrating
    };

    ISecretBackend* backendFor(SecretStorageMode mode) const;
    ISecretBackend* effectiveBackend() const;
    QString& cached(SecretId id) { return m_cache[static_cast<std::size_t>(id)]; }
    const QString& cached(SecretId id) const { return m_cache[static_cast<std::size_t>(id)]; }

    void probeKeychain();
    void finishProbe(bool available, const QString& problem);
    void readAll();
    void finishLoad();
    void onGuardTimeout();
    void markKeychainUnavailable(const QString& problem);

    void startWrite(SecretId id, const QString& value);
    void startMigration(SecretStorageMode target);
    void removeFromOldBackend();
    void finishMigration();
    void failMigration(QString message);
    void drainPending();

    std::unique_ptr<ISecretBackend> m_keychain;
    std::unique_ptr<ISecretBackend> m_session;
    std::unique_ptr<ISecretBackend> m_file;
    QProcessEnvironment m_environment;
    SecretStorageMode m_mode;
    std::chrono::milliseconds m_keychainTimeout{5000};

    State m_state = State::NotLoaded;
    bool m_loaded = false;
    bool m_keychainAvailable = false;
    QString m_keychainProblem;
    QStringList m_loadErrors;
    std::array<QString, kAllSecretIds.size()> m_cache;

    // Answers that arrive after a timeout or for an earlier operation carry an older generation and
    // are ignored.
    quint64 m_generation = 0;
    int m_outstanding = 0;
    QTimer m_guard;

    // The move started by setStorageMode(): first every value is written to the new place, then
    // every key is removed from the old one.
    struct Migration
    {
        SecretStorageMode target = SecretStorageMode::Keychain;
        ISecretBackend* from = nullptr;
        ISecretBackend* to = nullptr;
        bool removing = false;
        QString error;
        std::vector<SecretId> written;
    };
    Migration m_migration;

    std::vector<std::pair<SecretId, QString>> m_pendingWrites;
    std::optional<SecretStorageMode> m_pendingMode;
};

} // namespace Dewey
