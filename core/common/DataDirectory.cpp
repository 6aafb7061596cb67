#include "common/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Dewey {

DataDirectory::DataDirectory(QString path)
    : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
{}

QString DataDirectory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

DataDirectory DataDirectory::resolve(const QString& commandLineOverride,
                                     const QProcessEnvironment& environment)
{
    if (!commandLineOverride.isEmpty())
        return DataDirectory(commandLineOverride);
    const QString fromEnvironment = environment.value(QStringLiteral("DEWEY_DATA_DIR"));
    if (!fromEnvironment.isEmpty())
        return DataDirectory(fromEnvironment);
    return DataDirectory(defaultPath());
}

bool DataDirectory::ensureExists(QString* error) const
{
    QFileInfo info(m_path);
    if (info.exists() && !info.isDir()) {
        *error = tr("The data folder %1 is a file, not a folder.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!info.exists()) {
        if (!QDir().mkpath(m_path)) {
            *error = tr("Could not create the data folder %1. Check that its parent folder is "
                        "writable, or choose another one with --data-dir.")
                         .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        // Buyers' names and the streamer's notes live here: keep the folder private to this user.
        QFile::setPermissions(m_path,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return true;
}

QString DataDirectory::databasePath() const
{
    return m_path + QStringLiteral("/dewey.sqlite");
}

QString DataDirectory::settingsPath() const
{
    return m_path + QStringLiteral("/settings.ini");
}

QString DataDirectory::logDirectory() const
{
    return m_path + QStringLiteral("/logs");
}

QString DataDirectory::secretsFilePath() const
{
    return m_path + QStringLiteral("/secrets.json");
}

} // namespace Dewey
