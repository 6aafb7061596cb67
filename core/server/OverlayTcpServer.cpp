#include "server/OverlayTcpServer.h"

#include "log/LogCategories.h"
#include "server/HttpRequestHead.h"

#include <QTcpSocket>
#include <QTimer>

namespace Dewey {

OverlayTcpServer::OverlayTcpServer(QObject* parent)
    : QTcpServer(parent)
{}

void OverlayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_waiting.size() >= kMaxWaitingConnections) {
        qCWarning(lcOverlay) << "too many connections waiting for their request; refusing one";
        socket->abort();
        socket->deleteLater();
        return;
    }
    auto* timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, socket, [this, socket] {
        release(socket);
        socket->abort();
        socket->deleteLater();
    });
    timeout->start(kHeadTimeoutMs);
    m_waiting.insert(socket, timeout);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (m_waiting.contains(socket)) {
            release(socket);
            socket->deleteLater();
        }
    });
}

void OverlayTcpServer::release(QTcpSocket* socket)
{
    if (QTimer* timeout = m_waiting.take(socket))
        delete timeout;
    disconnect(socket, nullptr, this, nullptr);
}

void OverlayTcpServer::inspect(QTcpSocket* socket)
{
    if (!m_waiting.contains(socket))
        return;
    const QByteArray peeked = socket->peek(kMaxHeadBytes + 1);
    const HttpRequestHead::ParseResult parsed = HttpRequestHead::parse(peeked, kMaxHeadBytes);
    switch (parsed.status) {
    case HttpRequestHead::Status::Incomplete:
        return;
    case HttpRequestHead::Status::Invalid:
        // QHttpServer answers malformed requests itself (400); nothing to route.
        release(socket);
        toHttpServer(socket);
        return;
    case HttpRequestHead::Status::Ok:
        break;
    }
    release(socket);
    // An upgrade is never QHttpServer's business: it would accept WebSockets without our checks.
    if (parsed.head.hasHeader("upgrade")) {
        if (m_upgradeHandler) {
            m_upgradeHandler(socket, parsed.head);
            return;
        }
        socket->abort();
        socket->deleteLater();
        return;
    }
    toHttpServer(socket);
}

void OverlayTcpServer::toHttpServer(QTcpSocket* socket)
{
    addPendingConnection(socket);
    emit newConnection();
    // QHttpServer starts reading on readyRead, which already fired for the bytes we peeked: fire it
    // again once it is connected. An extra readyRead with nothing new to read is harmless to it.
    QMetaObject::invokeMethod(
        socket, [socket] { emit socket->readyRead(); }, Qt::QueuedConnection);
}

} // namespace Dewey
