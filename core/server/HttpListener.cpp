#include "server/HttpListener.h"

#include "log/LogCategories.h"
#include "server/GuardedTcpServer.h"
#include "server/HttpCompat.h"

namespace Dewey {

HttpListener::HttpListener(QObject* parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
{}

HttpListener::~HttpListener()
{
    close();
}

bool HttpListener::listen(const QHostAddress& address, quint16 port, QString* error)
{
    close();
    auto* tcp = new GuardedTcpServer(m_limits, this);
    if (!tcp->listen(address, port)) {
        if (tcp->serverError() == QAbstractSocket::AddressInUseError) {
            *error = tr("Port %1 on %2 is already in use by another program (or another copy of Dewey). "
                        "Close that program or choose another port.")
                         .arg(port)
                         .arg(address.toString());
        } else {
            *error = tr("Could not listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(tcp->errorString());
        }
        delete tcp;
        return false;
    }
    if (!HttpCompat::bindListeningServer(*m_http, tcp)) {
        *error = tr("Could not start the HTTP server on %1 port %2.").arg(address.toString()).arg(port);
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    connect(tcp, &GuardedTcpServer::requestRefused, this, &HttpListener::requestRefused);
    qCInfo(lcServer) << "listening on" << address.toString() << m_tcp->serverPort();
    emit listeningChanged(true);
    return true;
}

void HttpListener::close()
{
    if (!m_tcp)
        return;
    m_tcp->close();
    delete m_tcp.data();
    emit listeningChanged(false);
}

int HttpListener::openConnections() const
{
    return m_tcp ? m_tcp->openConnections() : 0;
}

void HttpListener::flushPendingWrites()
{
    if (m_tcp)
        m_tcp->flushPendingWrites();
}

bool HttpListener::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 HttpListener::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QHostAddress HttpListener::address() const
{
    return m_tcp ? m_tcp->serverAddress() : QHostAddress();
}

} // namespace Dewey
