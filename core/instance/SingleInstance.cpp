#include "instance/SingleInstance.h"

#include "log/LogCategories.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QThread>

namespace Dewey {

namespace {
constexpr qsizetype kMaxMessageBytes = 4096;
}

SingleInstance::SingleInstance(const QString& dataDirectory, QObject* parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
    , m_serverName(serverNameFor(dataDirectory))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readClient(socket); });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

SingleInstance::~SingleInstance()
{
    m_server.close();
}

QString SingleInstance::serverNameFor(const QString& dataDirectory)
{
    const QByteArray key = QDir::cleanPath(dataDirectory).toUtf8();
    return QStringLiteral("dewey-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
}

SingleInstance::Role SingleInstance::claim(const QByteArray& message, QString* error, QByteArray* answer)
{
    m_lock = std::make_unique<QLockFile>(m_dataDirectory + QStringLiteral("/dewey.lock"));
    m_lock->setStaleLockTime(0); // a lock is stale only when its process is gone, however old it is
    if (m_lock->tryLock(0)) {
        // A crashed primary can leave its socket file behind; we hold the lock, so it is ours to clear.
        QLocalServer::removeServer(m_serverName);
        if (!m_server.listen(m_serverName)) {
            *error = tr("Could not open the local channel %1: %2").arg(m_serverName, m_server.errorString());
            m_lock->unlock();
            return Role::Failed;
        }
        qCDebug(lcApp) << "primary instance for" << m_dataDirectory;
        return Role::Primary;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        *error = tr("Could not create the lock file in %1. Check that the data folder is writable.")
                     .arg(QDir::toNativeSeparators(m_dataDirectory));
        return Role::Failed;
    }
    if (!deliver(message, error, answer))
        return Role::Failed;
    return Role::Secondary;
}

bool SingleInstance::deliver(const QByteArray& message, QString* error, QByteArray* answer) const
{
    // The primary may still be starting up (it takes the lock before it listens): retry briefly.
    QDeadlineTimer deadline(kConnectTimeoutMs);
    QLocalSocket socket;
    while (true) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(250))
            break;
        if (deadline.hasExpired()) {
            *error = tr("Another Dewey is running with this data folder but does not answer. "
                        "If it is stuck, end it (or wait a moment) and try again.");
            return false;
        }
        QThread::msleep(100);
    }
    socket.write(message.left(kMaxMessageBytes) + '\n');
    socket.waitForBytesWritten(1000);
    if (answer) {
        // A primary still starting up reads its messages once its event loop runs; one that never
        // answers (an older version) leaves the answer empty.
        answer->clear();
        const QDeadlineTimer answerDeadline(kAnswerTimeoutMs);
        while (!socket.canReadLine() && !answerDeadline.hasExpired() &&
               socket.state() == QLocalSocket::ConnectedState)
            socket.waitForReadyRead(int(qMax<qint64>(1, answerDeadline.remainingTime())));
        if (socket.canReadLine())
            *answer = socket.readLine(kMaxMessageBytes).trimmed();
    }
    socket.disconnectFromServer();
    return true;
}

void SingleInstance::readClient(QLocalSocket* socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(kMaxMessageBytes).trimmed();
        if (line.isEmpty())
            continue;
        if (!m_answer.isEmpty()) {
            socket->write(m_answer + '\n');
            socket->flush(); // now: whatever the message sets off may keep this thread busy
        }
        emit messageReceived(line);
    }
    if (socket->bytesAvailable() > kMaxMessageBytes)
        socket->abort();
}

} // namespace Dewey
