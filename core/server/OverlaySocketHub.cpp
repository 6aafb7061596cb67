#include "server/OverlaySocketHub.h"

#include "alerts/AlertClient.h"
#include "log/LogCategories.h"
#include "server/HttpRequestHead.h"
#include "server/OverlayAccessPolicy.h"
#include "server/OverlayMedia.h"
#include "server/OverlaySocketClient.h"

#include <QTcpSocket>
#include <QWebSocket>

namespace Dewey {

OverlaySocketHub::OverlaySocketHub(const OverlayAccessPolicy& policy, OverlayMedia& media, QObject* parent)
    : QObject(parent)
    , m_policy(policy)
    , m_media(media)
    , m_server(QStringLiteral("Dewey"), QWebSocketServer::NonSecureMode)
{
    // Never listens: connections arrive through handleUpgrade() after our own checks, with the whole
    // request head already received, so the handshake cannot stall.
    m_server.setMaxPendingConnections(kMaxClients);
    connect(&m_server, &QWebSocketServer::newConnection, this, &OverlaySocketHub::onNewConnection);
}

OverlaySocketHub::~OverlaySocketHub()
{
    for (const QPointer<OverlaySocketClient>& client : std::as_const(m_clients))
        delete client.data();
}

void OverlaySocketHub::handleUpgrade(QTcpSocket* socket, const HttpRequestHead& head)
{
    socket->setParent(this);
    if (head.path() != "/ws") {
        refuse(socket, "404 Not Found", "not a WebSocket endpoint");
        return;
    }
    switch (m_policy.checkUpgrade(head)) {
    case OverlayAccessPolicy::Verdict::Allowed:
        break;
    case OverlayAccessPolicy::Verdict::BadHost:
        refuse(socket, "421 Misdirected Request", "host not allowed");
        return;
    case OverlayAccessPolicy::Verdict::BadToken:
        refuse(socket, "403 Forbidden", "bad token");
        return;
    case OverlayAccessPolicy::Verdict::BadOrigin:
        refuse(socket, "403 Forbidden", "foreign origin");
        return;
    }
    m_clients.removeAll(nullptr);
    if (m_clients.size() >= kMaxClients) {
        refuse(socket, "503 Service Unavailable", "too many clients");
        return;
    }
    // Some QtWebSockets versions replay buffered data on handover and some do not: watch whether it
    // did, and replay it ourselves otherwise — exactly once, since a second replay could read the
    // first frames as a handshake.
    bool replayed = false;
    const QMetaObject::Connection watch =
        connect(socket, &QTcpSocket::readyRead, this, [&replayed] { replayed = true; });
    m_server.handleConnection(socket);
    disconnect(watch);
    if (!replayed && socket->bytesAvailable() > 0)
        emit socket->readyRead();
}

void OverlaySocketHub::onNewConnection()
{
    while (QWebSocket* socket = m_server.nextPendingConnection()) {
        auto* client = new OverlaySocketClient(
            socket, [this](const Alert& alert) { return encodedAlert(alert); }, this);
        m_clients << client;
        connect(client, &OverlaySocketClient::ready, this, [this, client] {
            client->sendConfig(m_config);
            emit clientReady(client);
            if (client->role() == AlertClient::Role::Overlay)
                emit overlayCountChanged(overlayCount());
        });
        connect(client, &OverlaySocketClient::closed, this, [this, client] {
            const bool counted = client->isReady() && client->role() == AlertClient::Role::Overlay;
            m_clients.removeAll(client);
            client->deleteLater();
            if (counted)
                emit overlayCountChanged(overlayCount());
        });
    }
}

QByteArray OverlaySocketHub::encodedAlert(const Alert& alert)
{
    // An id is one alert, composed once: its message never changes.
    if (alert.id <= 0 || alert.id != m_encodedAlertId) {
        m_encodedAlert = OverlayMessage::encodeAlert(alert, m_media.urlFor(alert.soundFile));
        m_encodedAlertId = alert.id;
    }
    return m_encodedAlert;
}

void OverlaySocketHub::refuse(QTcpSocket* socket, QByteArrayView status, QByteArrayView reason)
{
    qCWarning(lcOverlay) << "refused WebSocket from" << socket->peerAddress().toString() << ":"
                         << reason.toByteArray().constData();
    // The reason stays in our log: the client learns nothing about what would have been accepted.
    socket->write("HTTP/1.1 " + status.toByteArray() +
                  "\r\nContent-Length: 0\r\nConnection: close\r\nCache-Control: no-store\r\n"
                  "X-Content-Type-Options: nosniff\r\n\r\n");
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void OverlaySocketHub::setConfig(const OverlayConfig& config)
{
    if (config == m_config)
        return;
    m_config = config;
    for (const QPointer<OverlaySocketClient>& client : std::as_const(m_clients)) {
        if (client && client->isReady())
            client->sendConfig(m_config);
    }
}

int OverlaySocketHub::readyClientCount() const
{
    return static_cast<int>(std::count_if(m_clients.cbegin(), m_clients.cend(),
                                          [](const auto& client) { return client && client->isReady(); }));
}

int OverlaySocketHub::overlayCount() const
{
    return static_cast<int>(std::count_if(m_clients.cbegin(), m_clients.cend(), [](const auto& client) {
        return client && client->isReady() && client->role() == AlertClient::Role::Overlay;
    }));
}

void OverlaySocketHub::closeAll()
{
    for (const QPointer<OverlaySocketClient>& client : std::as_const(m_clients)) {
        if (client)
            client->goAway();
    }
}

} // namespace Dewey
