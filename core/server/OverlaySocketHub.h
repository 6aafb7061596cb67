#pragma once

#include "alerts/AlertClient.h"
#include "server/OverlayMessage.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWebSocketServer>

class QTcpSocket;

namespace Dewey {

class OverlayAccessPolicy;
class OverlayMedia;
class OverlaySocketClient;
struct HttpRequestHead;

// The WebSocket side of the overlay port. The port's TCP server hands over connections whose request
// is a WebSocket upgrade; the hub checks path, token, Host and Origin, then lets a never-listening
// QWebSocketServer complete the handshake. Clients that said hello are announced with clientReady(),
// for the alert queue to attach.
class OverlaySocketHub : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxClients = 64;

    OverlaySocketHub(const OverlayAccessPolicy& policy, OverlayMedia& media, QObject* parent = nullptr);
    ~OverlaySocketHub() override;

    // Takes ownership of socket, whose unread data starts with the request described by head.
    void handleUpgrade(QTcpSocket* socket, const HttpRequestHead& head);

    // Sent to every client now and to every later one after its hello.
    void setConfig(const OverlayConfig& config);
    const OverlayConfig& config() const { return m_config; }

    // Clients that said hello, and how many of them are overlays (not previews).
    int readyClientCount() const;
    int overlayCount() const;

    // Says goodbye (1001) to every client.
    void closeAll();

signals:
    void clientReady(Dewey::AlertClient* client);
    void overlayCountChanged(int count);

private:
    void onNewConnection();
    void refuse(QTcpSocket* socket, QByteArrayView status, QByteArrayView reason);
    // Encoded once per alert, not once per overlay: ten overlays wait for one encoding.
    QByteArray encodedAlert(const Alert& alert);

    const OverlayAccessPolicy& m_policy;
    OverlayMedia& m_media;
    QWebSocketServer m_server;
    OverlayConfig m_config;
    qint64 m_encodedAlertId = 0;
    QByteArray m_encodedAlert;
    QList<QPointer<OverlaySocketClient>> m_clients;
};

} // namespace Dewey
