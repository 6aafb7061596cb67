#include "secrets/SecretStore.h"

#include "log/LogCategories.h"

#include <algorithm>

namespace Dewey {

namespace {

// Written and deleted again by load(): reading a missing entry is not enough, because a Secret Service
// without an unlocked collection answers "not found" to reads and only fails on writes.
const QString kProbeKey = QStringLiteral("keychain-check");

QString keyNames(const std::vector<SecretId>& ids)
{
    QStringList names;
    for (SecretId id : ids)
        names << secretStorageKey(id);
    return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "));
}

} // namespace

SecretStore::SecretStore(std::unique_ptr<ISecretBackend> keychain, std::unique_ptr<ISecretBackend> session,
                         std::unique_ptr<ISecretBackend> file, QProcessEnvironment environment,
                         SecretStorageMode mode, QObject* parent)
    : QObject(parent)
    , m_keychain(std::move(keychain))
    , m_session(std::move(session))
    , m_file(std::move(file))
    , m_environment(std::move(environment))
    , m_mode(mode)
{
    Q_ASSERT(m_keychain && m_session && m_file);
    m_guard.setSingleShot(true);
    connect(&m_guard, &QTimer::timeout, this, &SecretStore::onGuardTimeout);
}

SecretStore::~SecretStore() = default;

void SecretStore::setKeychainTimeout(std::chrono::milliseconds timeout)
{
    m_keychainTimeout = timeout;
}

ISecretBackend* SecretStore::backendFor(SecretStorageMode mode) const
{
    switch (mode) {
    case SecretStorageMode::Keychain:
        return m_keychain.get();
    case SecretStorageMode::SessionOnly:
        return m_session.get();
    case SecretStorageMode::File:
        return m_file.get();
    }
    return m_session.get();
}

ISecretBackend* SecretStore::effectiveBackend() const
{
    return backendFor(effectiveStorageMode());
}

SecretStorageMode SecretStore::effectiveStorageMode() const
{
    if (m_mode == SecretStorageMode::Keychain && !m_keychainAvailable)
        return SecretStorageMode::SessionOnly;
    return m_mode;
}

QString SecretStore::value(SecretId id) const
{
    const QString fromEnvironment = m_environment.value(secretEnvironmentVariable(id));
    return fromEnvironment.isEmpty() ? cached(id) : fromEnvironment;
}

bool SecretStore::isOverriddenByEnvironment(SecretId id) const
{
    return !m_environment.value(secretEnvironmentVariable(id)).isEmpty();
}

QStringList SecretStore::knownSecretValues() const
{
    QStringList values;
    for (SecretId id : kAllSecretIds) {
        for (const QString& value : {cached(id), m_environment.value(secretEnvironmentVariable(id))}) {
            if (!value.isEmpty() && !values.contains(value))
                values << value;
        }
    }
    return values;
}

// --- loading ---------------------------------------------------------------------------------------

void SecretStore::load()
{
    if (m_state != State::NotLoaded && m_state != State::Ready) {
        qCDebug(lcSecrets) << "load() ignored: the store is busy";
        return;
    }
    m_loadErrors.clear();
    probeKeychain();
}

void SecretStore::probeKeychain()
{
    m_state = State::Probing;
    const quint64 generation = ++m_generation;
    m_guard.start(m_keychainTimeout);
    ISecretBackend* keychain = m_keychain.get();
    keychain->write(kProbeKey, QStringLiteral("ok"), this,
                    [this, generation, keychain](const SecretBackendResult& written) {
                        if (generation != m_generation)
                            return;
                        if (written.status == SecretBackendResult::Status::Error) {
                            finishProbe(false, written.errorMessage);
                            return;
                        }
                        keychain->remove(kProbeKey, this, [this, generation](const SecretBackendResult&) {
                            if (generation == m_generation)
                                finishProbe(true, {});
                        });
                    });
}

void SecretStore::finishProbe(bool available, const QString& problem)
{
    m_keychainAvailable = available;
    m_keychainProblem = problem;
    if (available) {
        qCInfo(lcSecrets) << "the system keychain is available";
    } else {
        qCWarning(lcSecrets).noquote() << "the system keychain is not available:" << problem;
        if (m_mode == SecretStorageMode::Keychain)
            Q_EMIT keychainUnavailable(problem);
    }
    readAll();
}

void SecretStore::readAll()
{
    m_state = State::Reading;
    const quint64 generation = ++m_generation;
    m_guard.start(m_keychainTimeout);
    m_outstanding = static_cast<int>(kAllSecretIds.size());
    ISecretBackend* backend = effectiveBackend();
    for (SecretId id : kAllSecretIds) {
        backend->read(secretStorageKey(id), this, [this, generation, id](const SecretBackendResult& result) {
            if (generation != m_generation)
                return;
            const bool overwritten = std::any_of(m_pendingWrites.cbegin(), m_pendingWrites.cend(),
                                                 [id](const auto& pending) { return pending.first == id; });
            if (result.status == SecretBackendResult::Status::Ok && !overwritten) {
                cached(id) = result.value;
            } else if (result.status == SecretBackendResult::Status::Error) {
                qCWarning(lcSecrets) << "could not read" << secretStorageKey(id);
                if (!m_loadErrors.contains(result.errorMessage))
                    m_loadErrors << result.errorMessage;
            }
            if (--m_outstanding == 0)
                finishLoad();
        });
    }
}

void SecretStore::finishLoad()
{
    m_guard.stop();
    ++m_generation;
    m_state = State::Ready;
    m_loaded = true;
    std::vector<SecretId> present;
    for (SecretId id : kAllSecretIds) {
        if (!cached(id).isEmpty())
            present.push_back(id);
    }
    qCInfo(lcSecrets).noquote() << "secrets loaded from" << secretStorageModeName(effectiveStorageMode())
                                << "storage:" << keyNames(present);
    for (SecretId id : present)
        Q_EMIT valueChanged(id);
    Q_EMIT loaded();
    drainPending();
}

void SecretStore::onGuardTimeout()
{
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(m_keychainTimeout).count();
    const QString problem =
        tr("The system keychain did not answer within %n second(s).", nullptr, static_cast<int>(seconds));
    switch (m_state) {
    case State::Probing:
        ++m_generation;
        finishProbe(false, problem);
        break;
    case State::Reading:
        ++m_generation;
        if (!m_loadErrors.contains(problem))
            m_loadErrors << problem;
        finishLoad();
        break;
    case State::Migrating:
        ++m_generation;
        if (m_migration.removing) {
            // Every value is already in the new place: only the clean-up of the old one is late.
            qCWarning(lcSecrets) << "the old storage did not confirm the removal of the secrets in time";
            finishMigration();
        } else {
            failMigration(problem);
        }
        break;
    case State::NotLoaded:
    case State::Ready:
        break;
    }
}

void SecretStore::markKeychainUnavailable(const QString& problem)
{
    const bool wasAvailable = m_keychainAvailable;
    m_keychainAvailable = false;
    m_keychainProblem = problem;
    qCWarning(lcSecrets).noquote() << "the system keychain stopped working:" << problem;
    if (wasAvailable && m_mode == SecretStorageMode::Keychain)
        Q_EMIT keychainUnavailable(problem);
}

// --- writing ---------------------------------------------------------------------------------------

void SecretStore::setValue(SecretId id, const QString& value)
{
    const QString trimmed = value.trimmed();
    const bool changed = cached(id) != trimmed;
    cached(id) = trimmed;
    if (changed)
        Q_EMIT valueChanged(id);
    if (m_state != State::Ready) {
        m_pendingWrites.emplace_back(id, trimmed);
        return;
    }
    startWrite(id, trimmed);
}

void SecretStore::startWrite(SecretId id, const QString& value)
{
    ISecretBackend* backend = effectiveBackend();
    const bool toKeychain = backend == m_keychain.get();
    const QString key = secretStorageKey(id);
    auto done = [this, id, toKeychain, key, value](const SecretBackendResult& result) {
        if (result.status != SecretBackendResult::Status::Error) {
            qCInfo(lcSecrets) << (value.isEmpty() ? "removed" : "stored") << key;
            Q_EMIT saved(id);
            return;
        }
        if (toKeychain && m_mode == SecretStorageMode::Keychain) {
            // Keep what the streamer entered for this session; the UI offers where to keep it.
            markKeychainUnavailable(result.errorMessage);
            auto keptForSession = [this, id](const SecretBackendResult&) { Q_EMIT saved(id); };
            if (value.isEmpty())
                m_session->remove(key, this, keptForSession);
            else
                m_session->write(key, value, this, keptForSession);
            return;
        }
        qCWarning(lcSecrets) << "could not store" << key;
        Q_EMIT failed(id, result.errorMessage);
    };
    if (value.isEmpty())
        backend->remove(key, this, std::move(done));
    else
        backend->write(key, value, this, std::move(done));
}

void SecretStore::drainPending()
{
    while (m_state == State::Ready) {
        if (m_pendingMode) {
            const SecretStorageMode mode = *m_pendingMode;
            m_pendingMode.reset();
            startMigration(mode);
            continue;
        }
        if (m_pendingWrites.empty())
            return;
        auto writes = std::exchange(m_pendingWrites, {});
        for (const auto& [id, value] : writes)
            startWrite(id, value);
    }
}

// --- switching storage -----------------------------------------------------------------------------

void SecretStore::setStorageMode(SecretStorageMode mode)
{
    if (m_state == State::NotLoaded) {
        // Nothing read yet, so nothing to move.
        m_mode = mode;
        Q_EMIT storageModeChanged(mode);
        return;
    }
    if (m_state != State::Ready) {
        m_pendingMode = mode;
        return;
    }
    startMigration(mode);
}

void SecretStore::startMigration(SecretStorageMode target)
{
    ISecretBackend* from = effectiveBackend();
    ISecretBackend* to = backendFor(target);
    if (from == to) {
        m_mode = target;
        Q_EMIT storageModeChanged(target);
        return;
    }
    qCInfo(lcSecrets).noquote() << "moving secrets from" << secretStorageModeName(effectiveStorageMode())
                                << "to" << secretStorageModeName(target) << "storage";

    std::vector<SecretId> toMove;
    for (SecretId id : kAllSecretIds) {
        if (!cached(id).isEmpty())
            toMove.push_back(id);
    }
    m_state = State::Migrating;
    m_migration = Migration{target, from, to, false, {}, {}};
    if (toMove.empty()) {
        removeFromOldBackend();
        return;
    }
    const quint64 generation = ++m_generation;
    m_outstanding = static_cast<int>(toMove.size());
    m_guard.start(m_keychainTimeout);
    for (SecretId id : toMove) {
        to->write(secretStorageKey(id), cached(id), this,
                  [this, generation, id](const SecretBackendResult& result) {
                      if (generation != m_generation)
                          return;
                      if (result.status == SecretBackendResult::Status::Error) {
                          if (m_migration.error.isEmpty())
                              m_migration.error = result.errorMessage;
                      } else {
                          m_migration.written.push_back(id);
                      }
                      if (--m_outstanding > 0)
                          return;
                      if (m_migration.error.isEmpty())
                          removeFromOldBackend();
                      else
                          failMigration(m_migration.error);
                  });
    }
}

void SecretStore::removeFromOldBackend()
{
    m_migration.removing = true;
    const quint64 generation = ++m_generation;
    m_outstanding = static_cast<int>(kAllSecretIds.size());
    m_guard.start(m_keychainTimeout);
    for (SecretId id : kAllSecretIds) {
        m_migration.from->remove(
            secretStorageKey(id), this, [this, generation, id](const SecretBackendResult& result) {
                if (generation != m_generation)
                    return;
                if (result.status == SecretBackendResult::Status::Error)
                    qCWarning(lcSecrets).noquote() << "could not remove" << secretStorageKey(id)
                                                   << "from the old storage:" << result.errorMessage;
                if (--m_outstanding == 0)
                    finishMigration();
            });
    }
}

void SecretStore::finishMigration()
{
    m_guard.stop();
    ++m_generation;
    const SecretStorageMode target = m_migration.target;
    const bool wroteToKeychain = m_migration.to == m_keychain.get() && !m_migration.written.empty();
    m_migration = {};
    m_mode = target;
    if (wroteToKeychain) {
        // Values were just written to it, so it works.
        m_keychainAvailable = true;
        m_keychainProblem.clear();
    }
    m_state = State::Ready;
    qCInfo(lcSecrets).noquote() << "secrets are now kept in" << secretStorageModeName(effectiveStorageMode())
                                << "storage";
    Q_EMIT storageModeChanged(target);
    if (target == SecretStorageMode::Keychain && !m_keychainAvailable)
        Q_EMIT keychainUnavailable(m_keychainProblem);
    drainPending();
}

void SecretStore::failMigration(QString message)
{
    m_guard.stop();
    ++m_generation;
    // Leave nothing behind in the place we could not fully move to.
    for (SecretId id : m_migration.written)
        m_migration.to->remove(secretStorageKey(id), this, {});
    if (m_migration.to == m_keychain.get()) {
        m_keychainAvailable = false;
        m_keychainProblem = message;
    }
    m_migration = {};
    m_state = State::Ready;
    qCWarning(lcSecrets).noquote() << "could not move the secrets:" << message;
    Q_EMIT storageModeChangeFailed(message);
    drainPending();
}

} // namespace Dewey
