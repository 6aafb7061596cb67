#pragma once

#include "server/HttpLimits.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace Dewey {

// The listening socket in front of QHttpServer. Each connection is held back until one complete,
// well-formed request within HttpLimits has arrived; only then is it handed to QHttpServer (which
// takes connections as pending connections), which answers it, and the connection is closed after
// the answer. Everything else (too many connections, oversized or malformed requests, clients that
// send too slowly) is answered with a short error and closed here, so QHttpServer only ever parses
// requests this guard has already measured.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(HttpLimits limits, QObject* parent = nullptr);

    const HttpLimits& limits() const { return m_limits; }
    // Connections accepted and not closed yet (refused ones are not counted).
    int openConnections() const;
    // Writes buffered answers to the network now (QHttpServer's writes otherwise wait for the next
    // turn of the event loop, behind whatever was queued meanwhile).
    void flushPendingWrites();

signals:
    // A connection was answered with an error and closed (status 0: dropped without an answer).
    void requestRefused(int status, const QByteArray& reason);

protected:
    void incomingConnection(qintptr handle) override;

private:
    friend class GuardedConnection;
    void handOver(QTcpSocket* socket);

    HttpLimits m_limits;
    mutable QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace Dewey
