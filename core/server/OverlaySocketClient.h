#pragma once

#include "alerts/AlertClient.h"
#include "server/OverlayMessage.h"

#include <QTimer>

#include <functional>

class QWebSocket;

namespace Dewey {

// One overlay page (or preview) connected over WebSocket: speaks the overlay protocol, enforces its
// limits (message size, hello first, outgoing backlog) and closes only itself when the client
// misbehaves. Becomes an AlertClient for the queue once it said hello (ready()).
class OverlaySocketClient final : public AlertClient
{
    Q_OBJECT

public:
    // The alert message as it goes on the wire (the same bytes for every client).
    using AlertEncoder = std::function<QByteArray(const Alert& alert)>;

    static constexpr int kHelloTimeoutMs = 10000;
    // A client that lets this much pile up unread is dropped: it must not grow our memory or
    // delay anyone else.
    static constexpr qint64 kMaxOutgoingBytes = 1024 * 1024;
    static constexpr int kCloseGraceMs = 2000;

    // Takes ownership of the socket.
    OverlaySocketClient(QWebSocket* socket, AlertEncoder encodeAlert, QObject* parent = nullptr);
    ~OverlaySocketClient() override;

    Role role() const override { return m_role; }
    QString description() const override;
    bool isReady() const { return m_ready; }
    int protocolVersion() const { return m_version; }

    void showAlert(const Alert& alert) override;
    void sendControl(AlertControl control, qint64 alertId) override;
    void sendConfig(const OverlayConfig& config);
    // Closes with 1001 (the server is going away).
    void goAway();

signals:
    void ready();
    // The connection is over; the hub deletes the client.
    void closed();

private:
    void onText(const QString& text);
    void onBinary();
    void onDisconnected();
    void send(const QByteArray& message);
    void refuse(int closeCode, const QString& why);

    QWebSocket* m_socket;
    AlertEncoder m_encodeAlert;
    QString m_peer;
    Role m_role = Role::Overlay;
    bool m_ready = false;
    bool m_closing = false;
    int m_version = 0;
    QTimer m_helloTimer;
};

} // namespace Dewey
