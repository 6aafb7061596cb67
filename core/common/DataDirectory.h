#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace Dewey {

// The one folder that holds everything Dewey keeps: the database, settings, logs and (only when the
// streamer opts in) the secrets file. Chosen by --data-dir, then DEWEY_DATA_DIR, then the platform's
// application data location.
class DataDirectory
{
    Q_DECLARE_TR_FUNCTIONS(DataDirectory)

public:
    explicit DataDirectory(QString path);

    static QString defaultPath();
    static DataDirectory resolve(const QString& commandLineOverride, const QProcessEnvironment& environment);

    // Creates the folder (owner-only permissions) when it does not exist yet.
    bool ensureExists(QString* error) const;

    QString path() const { return m_path; }
    QString databasePath() const;
    QString settingsPath() const;
    QString logDirectory() const;
    QString secretsFilePath() const;

private:
    QString m_path;
};

} // namespace Dewey
