#pragma once

#include <QCoreApplication>
#include <QLocalServer>
#include <QLockFile>
#include <QObject>

#include <memory>

namespace Dewey {

// One running Dewey per data folder: a lock file decides who is first (stale locks of crashed
// processes are taken over), and a local socket lets a second launch hand its request (for example
// "bring the window forward") to the first before it exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role
    {
        Primary,
        Secondary,
        Failed
    };

    explicit SingleInstance(const QString& dataDirectory, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Primary: this process owns the data folder and listens for messages from later launches.
    // Secondary: another process owns it; `message` was delivered to it.
    // Failed: neither could be established; *error says why.
    Role claim(const QByteArray& message, QString* error);

    static QString serverNameFor(const QString& dataDirectory);

    static constexpr int kConnectTimeoutMs = 3000;

signals:
    void messageReceived(const QByteArray& message);

private:
    bool deliver(const QByteArray& message, QString* error) const;
    void readClient(QLocalSocket* socket);

    QString m_dataDirectory;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer m_server;
};

} // namespace Dewey
