#pragma once

#include "server/HttpLimits.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace Dewey {

class GuardedTcpServer;

// One client connection of a GuardedTcpServer, from accept until QHttpServer has answered it. Lives
// as a child of its socket. Only peeks at what the socket received, so QHttpServer later reads the
// request bytes exactly as the client sent them.
class GuardedConnection : public QObject
{
    Q_OBJECT

public:
    GuardedConnection(QTcpSocket* socket, GuardedTcpServer* server);

    // Answers with a bare error status and closes, for connections refused before any reading.
    static void refuse(QTcpSocket* socket, int status);

private:
    enum class State
    {
        Reading,    // waiting for one complete request
        HandedOver, // QHttpServer has it; close once the answer is written
        Upgraded,   // a WebSocket now owns the connection
        Closing,
    };

    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    void handOver();
    void fail(int status, const QByteArray& reason);

    QTcpSocket* m_socket;
    QPointer<GuardedTcpServer> m_server;
    HttpLimits m_limits;
    State m_state = State::Reading;
    bool m_sentContinue = false;
    qint64 m_expectedBytes = -1; // head + body, once the head is complete
    bool m_upgrade = false;
    QElapsedTimer m_since;
    QTimer m_timer;
};

} // namespace Dewey
