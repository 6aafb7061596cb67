#pragma once

#include "server/HttpListener.h"

#include <QObject>
#include <QString>

class QHttpServerRequest;

namespace Dewey {

// The overlay port: serves the overlay page that OBS loads as a Browser Source. Every request must
// name a loopback host (or the configured LAN address) and carry the overlay token. The WebSocket
// feed at /ws and the alert queue plug in here (see docs/ARCHITECTURE.md).
class OverlayServer : public QObject
{
    Q_OBJECT

public:
    explicit OverlayServer(QObject* parent = nullptr);

    void setToken(const QString& token);
    QString token() const { return m_token; }

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    void close();

    bool isListening() const { return m_listener.isListening(); }
    quint16 port() const { return m_listener.port(); }
    QString overlayUrl() const;
    int connectedOverlays() const { return m_connectedOverlays; }

signals:
    void listeningChanged(bool listening);
    void connectedOverlaysChanged(int count);

private:
    QHttpServerResponse servePage(const QHttpServerRequest& request) const;
    bool isAllowedHost(const QHttpServerRequest& request) const;
    bool hasValidToken(const QHttpServerRequest& request) const;

    HttpListener m_listener;
    QString m_token;
    int m_connectedOverlays = 0;
};

} // namespace Dewey
