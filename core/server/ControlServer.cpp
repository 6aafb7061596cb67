#include "server/ControlServer.h"

#include "log/LogCategories.h"
#include "server/ConstantTime.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>

namespace Dewey {

ControlServer::ControlServer(QString dataDirectory, QObject* parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
}

ControlServer::~ControlServer()
{
    stop();
}

QString ControlServer::serverNameFor(const QString& dataDirectory)
{
    const QByteArray key = QDir::cleanPath(dataDirectory).toUtf8();
    return QStringLiteral("dewey-control-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(20));
}

QString ControlServer::tokenPathFor(const QString& dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("control.token"));
}

void ControlServer::addCommand(const QString& name, Handler handler)
{
    m_handlers.insert(name, std::move(handler));
}

bool ControlServer::start(QString* error)
{
    stop();
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(random.data()),
                                         reinterpret_cast<quint32*>(random.data() + random.size()));
    m_token = random.toHex();

    QSaveFile file(tokenPathFor(m_dataDirectory));
    // Owner-only before the token is written; the data folder is owner-only as well.
    const bool written =
        file.open(QIODevice::WriteOnly) &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(m_token) == m_token.size() && file.commit() &&
        QFile::setPermissions(file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!written) {
        *error = tr("Could not write the control token in %1: %2")
                     .arg(QDir::toNativeSeparators(m_dataDirectory), file.errorString());
        return false;
    }
    const QString name = serverNameFor(m_dataDirectory);
    QLocalServer::removeServer(name);
    if (!m_server.listen(name)) {
        *error = tr("Could not open the control channel %1: %2").arg(name, m_server.errorString());
        QFile::remove(tokenPathFor(m_dataDirectory));
        return false;
    }
    qCInfo(lcApp) << "control channel listening as" << name;
    return true;
}

void ControlServer::stop()
{
    if (!m_server.isListening())
        return;
    m_server.close();
    QFile::remove(tokenPathFor(m_dataDirectory));
}

void ControlServer::onNewConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // One request per connection; a client that says nothing is not kept around.
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void ControlServer::onReadyRead(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > ControlMessage::kMaxLineBytes) {
            socket->write(ControlMessage::encodeResponse(ControlResponse::failure(tr("Request too large."))));
            socket->disconnectFromServer();
        }
        return;
    }
    const QByteArray line = socket->readLine(ControlMessage::kMaxLineBytes + 1);
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    socket->write(ControlMessage::encodeResponse(dispatch(line)));
    socket->disconnectFromServer();
}

ControlResponse ControlServer::dispatch(const QByteArray& line) const
{
    ControlRequest request;
    QString error;
    if (!ControlMessage::decodeRequest(line, &request, &error))
        return ControlResponse::failure(tr("Malformed request: %1").arg(error));
    if (!constantTimeEquals(request.token.toUtf8(), m_token)) {
        qCWarning(lcApp) << "control request with a wrong token refused";
        return ControlResponse::failure(tr("Wrong control token."));
    }
    const auto handler = m_handlers.constFind(request.command);
    if (handler == m_handlers.constEnd())
        return ControlResponse::failure(tr("Unknown command \"%1\".").arg(request.command));
    qCInfo(lcApp) << "control command" << request.command;
    return (*handler)(request.args);
}

} // namespace Dewey
