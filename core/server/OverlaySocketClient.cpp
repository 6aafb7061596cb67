#include "server/OverlaySocketClient.h"

#include "log/LogCategories.h"

#include <QWebSocket>

namespace Dewey {

OverlaySocketClient::OverlaySocketClient(QWebSocket* socket, AlertEncoder encodeAlert, QObject* parent)
    : AlertClient(parent)
    , m_socket(socket)
    , m_encodeAlert(std::move(encodeAlert))
    , m_peer(QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort()))
{
    m_socket->setParent(this);
    // QWebSocket itself closes with 1009 past these limits, before a byte of the message is kept.
    m_socket->setMaxAllowedIncomingMessageSize(OverlayMessage::kMaxClientMessageBytes);
    m_socket->setMaxAllowedIncomingFrameSize(OverlayMessage::kMaxClientMessageBytes);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &OverlaySocketClient::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &OverlaySocketClient::onBinary);
    connect(m_socket, &QWebSocket::disconnected, this, &OverlaySocketClient::onDisconnected);

    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this,
            [this] { refuse(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("no hello")); });
    m_helloTimer.start(kHelloTimeoutMs);
}

OverlaySocketClient::~OverlaySocketClient()
{
    disconnect(m_socket, nullptr, this, nullptr);
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

QString OverlaySocketClient::description() const
{
    return (m_role == Role::Preview ? QStringLiteral("preview ") : QStringLiteral("overlay page ")) + m_peer;
}

void OverlaySocketClient::showAlert(const Alert& alert)
{
    send(m_encodeAlert ? m_encodeAlert(alert) : OverlayMessage::encodeAlert(alert, QString()));
    // On the wire now rather than when the event loop gets to it: whatever the queue does next (its
    // database write) must not delay the alert.
    if (!m_closing)
        m_socket->flush();
}

void OverlaySocketClient::sendControl(AlertControl control, qint64 alertId)
{
    send(OverlayMessage::encodeControl(control, alertId));
}

void OverlaySocketClient::sendConfig(const OverlayConfig& config)
{
    send(OverlayMessage::encodeConfig(config));
}

void OverlaySocketClient::goAway()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("Dewey is closing"));
}

void OverlaySocketClient::send(const QByteArray& message)
{
    // Nothing goes to a client that has not said hello: it may not even be an overlay.
    if (!m_ready || m_closing)
        return;
    m_socket->sendTextMessage(QString::fromUtf8(message));
    if (m_socket->bytesToWrite() > kMaxOutgoingBytes) {
        qCWarning(lcOverlay) << description() << "is not reading; dropping it";
        m_closing = true;
        // A close frame would wait behind the backlog it is not reading: drop the connection.
        m_socket->abort();
    }
}

void OverlaySocketClient::refuse(int closeCode, const QString& why)
{
    if (m_closing)
        return;
    qCWarning(lcOverlay) << "closing" << description() << ":" << why;
    m_closing = true;
    m_helloTimer.stop();
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(closeCode), why);
    // A client that does not answer the close frame is cut off rather than kept half-open.
    QTimer::singleShot(kCloseGraceMs, m_socket, [socket = m_socket] { socket->abort(); });
}

void OverlaySocketClient::onText(const QString& text)
{
    if (m_closing)
        return;
    const OverlayMessage::Decoded decoded = OverlayMessage::decode(text.toUtf8());
    switch (decoded.status) {
    case OverlayMessage::DecodeStatus::Ok:
        break;
    case OverlayMessage::DecodeStatus::TooLarge:
        refuse(QWebSocketProtocol::CloseCodeTooMuchData, decoded.error);
        return;
    case OverlayMessage::DecodeStatus::Malformed:
    case OverlayMessage::DecodeStatus::BadField:
        refuse(QWebSocketProtocol::CloseCodeWrongDatatype, decoded.error);
        return;
    }
    const OverlayClientMessage& message = decoded.message;
    if (!m_ready) {
        if (message.type != OverlayClientMessage::Type::Hello) {
            refuse(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("hello must come first"));
            return;
        }
        if (message.version < 1) {
            refuse(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unsupported version"));
            return;
        }
        m_helloTimer.stop();
        m_role = message.client == QLatin1String("preview") ? Role::Preview : Role::Overlay;
        m_version = qMin(message.version, OverlayMessage::kProtocolVersion);
        m_ready = true;
        qCInfo(lcOverlay) << description() << "said hello, protocol" << message.version;
        emit ready();
        return;
    }
    switch (message.type) {
    case OverlayClientMessage::Type::Shown:
        emit shown(message.id);
        break;
    case OverlayClientMessage::Type::Done:
        emit done(message.id);
        break;
    case OverlayClientMessage::Type::Hello:
    case OverlayClientMessage::Type::Unknown:
        // A second hello changes nothing; unknown types are for newer clients.
        break;
    }
}

void OverlaySocketClient::onBinary()
{
    refuse(QWebSocketProtocol::CloseCodeDatatypeNotSupported, QStringLiteral("binary message"));
}

void OverlaySocketClient::onDisconnected()
{
    m_helloTimer.stop();
    m_closing = true;
    qCInfo(lcOverlay) << description() << "disconnected";
    emit closed();
}

} // namespace Dewey
