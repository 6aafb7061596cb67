#include "secrets/KeychainSecretBackend.h"

#include "common/DataDirectory.h"
#include "log/LogCategories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <qt6keychain/keychain.h>

namespace Dewey {

namespace {

QString cleanFolder(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

SecretBackendResult resultOf(const QKeychain::Job& job, const QString& value)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return SecretBackendResult::ok(value);
    case QKeychain::EntryNotFound:
        return SecretBackendResult::notFound();
    default:
        break;
    }
    // QtKeychain's own text (for example "Could not connect: No such file or directory") is the most
    // precise reason there is; it never contains the secret.
    return SecretBackendResult::error(
        QCoreApplication::translate("Dewey::KeychainSecretBackend", "The system keychain answered: %1")
            .arg(job.errorString()));
}

// Jobs have no parent on purpose: QtKeychain's Secret Service callbacks still point at a job that is
// destroyed mid-flight, so a job always lives until it finishes and then deletes itself.
void startJob(QKeychain::Job* job, QObject* context, SecretBackendCallback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
            const auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished);
            const SecretBackendResult result = resultOf(*finished, read ? read->textData() : QString());
            if (result.status == SecretBackendResult::Status::Error)
                qCDebug(lcSecrets) << "keychain job for" << finished->key() << "failed:" << finished->error();
            if (done)
                done(result);
        });
    job->start();
}

} // namespace

KeychainSecretBackend::KeychainSecretBackend(const QString& dataDirectory, QString service, QObject* parent)
    : QObject(parent)
    , m_keyPrefix(keyPrefixForDataDirectory(dataDirectory, DataDirectory::defaultPath()))
    , m_service(std::move(service))
{}

QString KeychainSecretBackend::keyPrefixForDataDirectory(const QString& dataDirectory,
                                                         const QString& defaultDataDirectory)
{
    const QString folder = cleanFolder(dataDirectory);
    if (folder == cleanFolder(defaultDataDirectory))
        return {};
    const QByteArray digest = QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(12)) + QLatin1Char('/');
}

void KeychainSecretBackend::read(const QString& key, QObject* context, SecretBackendCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(m_keyPrefix + key);
    startJob(job, context, std::move(done));
}

void KeychainSecretBackend::write(const QString& key, const QString& value, QObject* context,
                                  SecretBackendCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(m_keyPrefix + key);
    job->setTextData(value);
    startJob(job, context, std::move(done));
}

void KeychainSecretBackend::remove(const QString& key, QObject* context, SecretBackendCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(m_keyPrefix + key);
    startJob(job, context, std::move(done));
}

} // namespace Dewey
