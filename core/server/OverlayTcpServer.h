#pragma once

#include <QHash>
#include <QTcpServer>

#include <functional>

class QTcpSocket;
class QTimer;

namespace Dewey {

struct HttpRequestHead;

// The overlay port's listening socket. It waits for each connection's request head (peeked, not
// read) and routes it: WebSocket upgrades to the upgrade handler (the hub checks and upgrades them),
// everything else to QHttpServer through the ordinary pending-connection queue. This is how one port
// serves both on Qt 6.4 and 6.8 without QHttpServer's version-specific upgrade API.
class OverlayTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    // Takes ownership of the socket; its unread data starts with the request described by head.
    using UpgradeHandler = std::function<void(QTcpSocket* socket, const HttpRequestHead& head)>;

    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;
    static constexpr int kHeadTimeoutMs = 10000;
    // Connections still sending their head; more are refused so a flood cannot exhaust us.
    static constexpr int kMaxWaitingConnections = 64;

    explicit OverlayTcpServer(QObject* parent = nullptr);

    void setUpgradeHandler(UpgradeHandler handler) { m_upgradeHandler = std::move(handler); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void inspect(QTcpSocket* socket);
    void release(QTcpSocket* socket);
    void toHttpServer(QTcpSocket* socket);

    UpgradeHandler m_upgradeHandler;
    QHash<QTcpSocket*, QTimer*> m_waiting; // socket → its head timeout
};

} // namespace Dewey
