#pragma once

#include "server/HttpLimits.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QPointer>

namespace Dewey {

class GuardedTcpServer;

// One QHttpServer on one address and port, bound through a GuardedTcpServer we own: it enforces the
// HttpLimits (QHttpServer 6.4 has none) and lets the same code run on Qt 6.4 and 6.8 (see HttpCompat).
// Owners register their routes on http().
class HttpListener : public QObject
{
    Q_OBJECT

public:
    explicit HttpListener(QObject* parent = nullptr);
    ~HttpListener() override;

    QHttpServer& http() { return *m_http; }

    // Applies from the next listen().
    void setLimits(const HttpLimits& limits) { m_limits = limits; }
    const HttpLimits& limits() const { return m_limits; }
    int openConnections() const;
    // Writes what handlers have answered now rather than at the next turn of the event loop.
    void flushPendingWrites();

    // port 0 picks a free port. On failure, *error says which port and what to do about it.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    void close();

    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

signals:
    void listeningChanged(bool listening);
    // The guard answered a request with an error and closed it (status 0: dropped silently).
    void requestRefused(int status, const QByteArray& reason);

private:
    QHttpServer* m_http = nullptr;
    HttpLimits m_limits;
    QPointer<GuardedTcpServer> m_tcp;
};

} // namespace Dewey
