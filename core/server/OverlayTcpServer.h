#pragma once

#include "server/GuardedTcpServer.h"

#include <functional>

class QTcpSocket;

namespace Dewey {

struct HttpRequestHead;

// The overlay port's listening socket: the request guard (limits, timeouts, malformed HTTP) for
// every connection, then routing by request. A WebSocket upgrade goes to the upgrade handler (the hub
// checks and upgrades it) — never to QHttpServer, which would accept it without our checks — and
// everything else to QHttpServer as usual. Routing happens where QHttpServer takes its next
// connection, after the guard has seen one complete request; this works the same on Qt 6.4 and 6.8.
class OverlayTcpServer : public GuardedTcpServer
{
    Q_OBJECT

public:
    // Takes ownership of the socket; its unread data starts with the request described by head.
    using UpgradeHandler = std::function<void(QTcpSocket* socket, const HttpRequestHead& head)>;

    // What a client of the overlay port may cost: page loads are GETs without bodies, and up to
    // OverlaySocketHub::kMaxClients WebSockets stay open.
    static HttpLimits defaultLimits();

    explicit OverlayTcpServer(HttpLimits limits = defaultLimits(), QObject* parent = nullptr);

    void setUpgradeHandler(UpgradeHandler handler) { m_upgradeHandler = std::move(handler); }

    QTcpSocket* nextPendingConnection() override;

private:
    UpgradeHandler m_upgradeHandler;
};

} // namespace Dewey
