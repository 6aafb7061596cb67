#include "server/GuardedTcpServer.h"

#include "log/LogCategories.h"
#include "server/GuardedConnection.h"

#include <QTcpSocket>

namespace Dewey {

GuardedTcpServer::GuardedTcpServer(HttpLimits limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

int GuardedTcpServer::openConnections() const
{
    m_sockets.removeIf([](const QPointer<QTcpSocket>& socket) {
        return !socket || socket->state() == QAbstractSocket::UnconnectedState;
    });
    return int(m_sockets.size());
}

void GuardedTcpServer::flushPendingWrites()
{
    // Copied first: a flush can finish a connection, which prunes the list.
    const QList<QPointer<QTcpSocket>> sockets = m_sockets;
    for (const QPointer<QTcpSocket>& socket : sockets) {
        if (socket && socket->bytesToWrite() > 0)
            socket->flush();
    }
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (openConnections() >= m_limits.maxConnections) {
        qCWarning(lcServer) << "refused a connection from" << socket->peerAddress().toString()
                            << ": too many open connections";
        emit requestRefused(503, QByteArrayLiteral("too many connections"));
        GuardedConnection::refuse(socket, 503);
        return;
    }
    m_sockets.append(socket);
    new GuardedConnection(socket, this);
}

void GuardedTcpServer::handOver(QTcpSocket* socket)
{
    // Emits pendingConnectionAvailable (Qt 6.4 and later), on which QHttpServer takes the socket.
    addPendingConnection(socket);
}

} // namespace Dewey
