#include "secrets/FileSecretBackend.h"

#include "log/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Dewey {

namespace {

constexpr int kFormatVersion = 1;
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kOthersAccess =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;

QString octalPermissions(QFileDevice::Permissions permissions)
{
    int mode = 0;
    if (permissions & QFileDevice::ReadOwner)
        mode |= 0400;
    if (permissions & QFileDevice::WriteOwner)
        mode |= 0200;
    if (permissions & QFileDevice::ExeOwner)
        mode |= 0100;
    if (permissions & QFileDevice::ReadGroup)
        mode |= 040;
    if (permissions & QFileDevice::WriteGroup)
        mode |= 020;
    if (permissions & QFileDevice::ExeGroup)
        mode |= 010;
    if (permissions & QFileDevice::ReadOther)
        mode |= 04;
    if (permissions & QFileDevice::WriteOther)
        mode |= 02;
    if (permissions & QFileDevice::ExeOther)
        mode |= 01;
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

} // namespace

FileSecretBackend::FileSecretBackend(QString filePath)
    : m_filePath(std::move(filePath))
{}

bool FileSecretBackend::checkPrivate(QString* error) const
{
#ifdef Q_OS_UNIX
    // On Windows QFileInfo::permissions() does not reflect ACLs; the user profile folder is private there.
    const QFileDevice::Permissions permissions = QFileInfo(m_filePath).permissions();
    if (permissions & kOthersAccess) {
        *error = tr("The secrets file %1 can be read or changed by other users of this computer "
                    "(permissions %2). Dewey will not use it. Make it private with \"chmod 600\", or "
                    "delete it and enter your keys again.")
                     .arg(QDir::toNativeSeparators(m_filePath), octalPermissions(permissions));
        return false;
    }
#else
    Q_UNUSED(error)
#endif
    return true;
}

bool FileSecretBackend::load(QHash<QString, QString>* values, QString* error) const
{
    values->clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!checkPrivate(error))
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read the secrets file %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The secrets file %1 is damaged. Delete it and enter your keys again.")
                     .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    const QJsonObject secrets = document.object().value(QLatin1String("secrets")).toObject();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        if (it.value().isString())
            values->insert(it.key(), it.value().toString());
    }
    return true;
}

bool FileSecretBackend::createPrivateFile(QString* error) const
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Could not create the folder for the secrets file %1.")
                     .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    // Created owner-only in the same call that creates it, so no secret byte can ever sit in a file
    // that others may read; QSaveFile then keeps these permissions when it replaces the file.
    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        *error = tr("Could not create the secrets file %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    return true;
}

bool FileSecretBackend::save(const QHash<QString, QString>& values, QString* error) const
{
    if (values.isEmpty()) {
        if (QFile::exists(m_filePath) && !QFile::remove(m_filePath)) {
            *error = tr("Could not delete the secrets file %1.").arg(QDir::toNativeSeparators(m_filePath));
            return false;
        }
        return true;
    }
    if (!QFile::exists(m_filePath) && !createPrivateFile(error))
        return false;
    if (!checkPrivate(error))
        return false;

    QJsonObject secrets;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        secrets.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QLatin1String("version"), kFormatVersion);
    root.insert(QLatin1String("secrets"), secrets);

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)) {
        *error = tr("Could not write the secrets file %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        file.cancelWriting();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Could not write the secrets file %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    return true;
}

void FileSecretBackend::read(const QString& key, QObject* context, SecretBackendCallback done)
{
    QHash<QString, QString> values;
    QString error;
    if (!load(&values, &error)) {
        answerLater(context, std::move(done), SecretBackendResult::error(error));
        return;
    }
    const auto it = values.constFind(key);
    answerLater(context, std::move(done),
                it == values.cend() ? SecretBackendResult::notFound() : SecretBackendResult::ok(*it));
}

void FileSecretBackend::write(const QString& key, const QString& value, QObject* context,
                              SecretBackendCallback done)
{
    QHash<QString, QString> values;
    QString error;
    if (!load(&values, &error)) {
        answerLater(context, std::move(done), SecretBackendResult::error(error));
        return;
    }
    values.insert(key, value);
    if (!save(values, &error)) {
        answerLater(context, std::move(done), SecretBackendResult::error(error));
        return;
    }
    qCDebug(lcSecrets) << "stored" << key << "in the secrets file";
    answerLater(context, std::move(done), SecretBackendResult::ok());
}

void FileSecretBackend::remove(const QString& key, QObject* context, SecretBackendCallback done)
{
    QHash<QString, QString> values;
    QString error;
    if (!load(&values, &error)) {
        answerLater(context, std::move(done), SecretBackendResult::error(error));
        return;
    }
    if (values.remove(key) == 0) {
        answerLater(context, std::move(done), SecretBackendResult::notFound());
        return;
    }
    if (!save(values, &error)) {
        answerLater(context, std::move(done), SecretBackendResult::error(error));
        return;
    }
    answerLater(context, std::move(done), SecretBackendResult::ok());
}

} // namespace Dewey
