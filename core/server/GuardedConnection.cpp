#include "server/GuardedConnection.h"

#include "log/LogCategories.h"
#include "server/GuardedTcpServer.h"
#include "server/HttpHeadInspector.h"

#include <QTcpSocket>

namespace Dewey {

namespace {

constexpr std::chrono::milliseconds kCloseGrace{5000};

QByteArray statusText(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Error");
    }
}

void writeError(QTcpSocket* socket, int status)
{
    const QByteArray text = statusText(status);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + text +
                  "\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(text.size() + 1) + "\r\n\r\n" + text + '\n');
}

int httpStatus(HttpHeadInspector::Status status)
{
    switch (status) {
    case HttpHeadInspector::Status::HeadTooLarge:
        return 431;
    case HttpHeadInspector::Status::BodyTooLarge:
        return 413;
    case HttpHeadInspector::Status::LengthRequired:
        return 411;
    case HttpHeadInspector::Status::VersionNotSupported:
        return 505;
    default:
        return 400;
    }
}

} // namespace

GuardedConnection::GuardedConnection(QTcpSocket* socket, GuardedTcpServer* server)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_limits(server->limits())
{
    m_since.start();
    // The socket stops reading from the network once it holds one maximal request: a client sending
    // more cannot make us buffer it.
    m_socket->setReadBufferSize(m_limits.maxHeadBytes + m_limits.maxBodyBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GuardedConnection::onTimeout);
    m_timer.start(m_limits.headTimeout);
    connect(m_socket, &QIODevice::readyRead, this, &GuardedConnection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &GuardedConnection::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        m_timer.stop();
        // Until the hand-over the socket is ours to delete; afterwards QHttpServer deletes it.
        if (m_state == State::Reading || m_state == State::Closing)
            m_socket->deleteLater();
    });
}

void GuardedConnection::refuse(QTcpSocket* socket, int status)
{
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kCloseGrace, socket, [socket] { socket->abort(); });
    writeError(socket, status);
    socket->disconnectFromHost();
}

void GuardedConnection::onReadyRead()
{
    if (m_state == State::Closing) {
        // Keep draining so the client can finish sending and read our answer.
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    if (m_state != State::Reading)
        return;

    if (m_expectedBytes < 0) {
        const HttpHeadInspector::Result head = HttpHeadInspector::inspect(
            m_socket->peek(m_limits.maxHeadBytes), m_limits.maxHeadBytes, m_limits.maxBodyBytes);
        if (head.status == HttpHeadInspector::Status::NeedMore)
            return;
        if (head.status != HttpHeadInspector::Status::Complete) {
            fail(httpStatus(head.status), head.reason);
            return;
        }
        m_expectedBytes = head.headLength + head.bodyLength;
        m_upgrade = head.upgrade;
        const auto remaining = m_limits.requestTimeout - std::chrono::milliseconds(m_since.elapsed());
        m_timer.start(std::max(remaining, std::chrono::milliseconds(0)));
        if (head.expectContinue && m_socket->bytesAvailable() < m_expectedBytes) {
            // curl and others wait for this before sending a body.
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
    }

    const qint64 available = m_socket->bytesAvailable();
    if (available < m_expectedBytes)
        return;
    if (available > m_expectedBytes) {
        fail(400, QByteArrayLiteral("more than one request at once"));
        return;
    }
    handOver();
}

void GuardedConnection::handOver()
{
    m_state = m_upgrade ? State::Upgraded : State::HandedOver;
    if (m_upgrade)
        m_timer.stop();
    else
        m_timer.start(m_limits.responseTimeout);
    if (m_server)
        m_server->handOver(m_socket);
    // QHttpServer only reads when told that data arrived; it all arrived already.
    QMetaObject::invokeMethod(m_socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void GuardedConnection::onBytesWritten()
{
    // One request per connection: once QHttpServer's answer is on its way, the connection ends.
    if (m_state == State::HandedOver && m_socket->bytesToWrite() == 0) {
        m_timer.stop();
        m_socket->disconnectFromHost();
    }
}

void GuardedConnection::onTimeout()
{
    switch (m_state) {
    case State::Reading:
        if (m_socket->bytesAvailable() == 0 && m_expectedBytes < 0) {
            // Connected and never said anything: no answer is owed.
            if (m_server)
                emit m_server->requestRefused(0, QByteArrayLiteral("idle connection"));
            m_state = State::Closing;
            m_socket->abort();
        } else {
            fail(408, QByteArrayLiteral("request not complete in time"));
        }
        return;
    case State::HandedOver:
        qCWarning(lcServer) << "dropping a connection whose answer was not taken in time";
        if (m_server)
            emit m_server->requestRefused(0, QByteArrayLiteral("answer not taken in time"));
        m_socket->abort();
        return;
    case State::Closing:
        m_socket->abort();
        return;
    case State::Upgraded:
        return;
    }
}

void GuardedConnection::fail(int status, const QByteArray& reason)
{
    qCInfo(lcServer).noquote() << "refused a request from" << m_socket->peerAddress().toString() << ":"
                               << status << QString::fromLatin1(reason);
    m_state = State::Closing;
    if (m_server)
        emit m_server->requestRefused(status, reason);
    m_socket->skip(m_socket->bytesAvailable());
    m_timer.start(kCloseGrace);
    writeError(m_socket, status);
    m_socket->disconnectFromHost();
}

} // namespace Dewey
