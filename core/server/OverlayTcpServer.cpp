#include "server/OverlayTcpServer.h"

#include "server/HttpRequestHead.h"
#include "server/OverlaySocketHub.h"

#include <QTcpSocket>

namespace Dewey {

HttpLimits OverlayTcpServer::defaultLimits()
{
    HttpLimits limits;
    limits.maxConnections = OverlaySocketHub::kMaxClients + 32;
    limits.maxBodyBytes = 16 * 1024;
    return limits;
}

OverlayTcpServer::OverlayTcpServer(HttpLimits limits, QObject* parent)
    : GuardedTcpServer(limits, parent)
{}

QTcpSocket* OverlayTcpServer::nextPendingConnection()
{
    while (QTcpSocket* socket = GuardedTcpServer::nextPendingConnection()) {
        // The guard hands over only complete, well-formed requests, so the head is all there.
        const qint64 maxHead = limits().maxHeadBytes;
        const HttpRequestHead::ParseResult parsed = HttpRequestHead::parse(socket->peek(maxHead), maxHead);
        if (parsed.status != HttpRequestHead::Status::Ok || !parsed.head.hasHeader("upgrade"))
            return socket;
        if (m_upgradeHandler) {
            m_upgradeHandler(socket, parsed.head);
        } else {
            socket->abort();
            socket->deleteLater();
        }
    }
    return nullptr;
}

} // namespace Dewey
