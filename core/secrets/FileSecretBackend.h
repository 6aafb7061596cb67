#pragma once

#include "secrets/SecretBackend.h"

#include <QCoreApplication>
#include <QHash>

namespace Dewey {

// Secrets in a JSON file in the data folder, for machines without a working keychain, and only when
// the streamer explicitly opted in. The file is private to the user (0600) from the moment it exists,
// is replaced atomically, and is refused when other users could read it.
class FileSecretBackend final : public ISecretBackend
{
    Q_DECLARE_TR_FUNCTIONS(FileSecretBackend)

public:
    explicit FileSecretBackend(QString filePath);

    QString filePath() const { return m_filePath; }

    void read(const QString& key, QObject* context, SecretBackendCallback done) override;
    void write(const QString& key, const QString& value, QObject* context,
               SecretBackendCallback done) override;
    void remove(const QString& key, QObject* context, SecretBackendCallback done) override;

    // Synchronous parts, public for tests and for callers that need an answer now.
    // A missing file is an empty set of secrets, not an error.
    bool load(QHash<QString, QString>* values, QString* error) const;
    // Removes the file when `values` is empty: nothing secret should linger on disk.
    bool save(const QHash<QString, QString>& values, QString* error) const;

private:
    bool checkPrivate(QString* error) const;
    bool createPrivateFile(QString* error) const;

    QString m_filePath;
};

} // namespace Dewey
