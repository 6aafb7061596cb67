#pragma once

#include "alerts/AlertClient.h"
#include "server/OverlayAccessPolicy.h"
#include "server/OverlayMedia.h"
#include "server/OverlayMessage.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QString>

class QHttpServerRequest;

namespace Dewey {

class OverlaySocketHub;
class OverlayTcpServer;

// The overlay port: the page OBS loads as a Browser Source, its static files, the streamer's media
// (sounds, custom CSS) and the WebSocket alert feed at /ws — all on one port. Every request must
// name one of our hosts and (except the page's own static files) carry the overlay token; see
// docs/OVERLAY_PROTOCOL.md. 127.0.0.1 only, unless second-PC mode adds the LAN address.
class OverlayServer : public QObject
{
    Q_OBJECT

public:
    explicit OverlayServer(QObject* parent = nullptr);
    ~OverlayServer() override;

    void setToken(const QString& token);
    QString token() const { return m_policy.token(); }

    // port 0 picks a free port. On failure, *error says which port and what to do about it.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    // Second-PC mode: also serves on a LAN address, on the same port (call after listen()).
    bool listenLan(const QHostAddress& address, QString* error);
    void closeLan();
    // Stops serving and says goodbye to every WebSocket client.
    void close();

    bool isListening() const;
    bool isLanListening() const;
    quint16 port() const;
    QString overlayUrl() const;
    QString lanOverlayUrl() const;
    // WebSocket clients that said hello as overlays (previews are not counted).
    int connectedOverlays() const;

    // The page's look, sent to every client (config message).
    void setConfig(const OverlayConfig& config);
    // The streamer's custom CSS file; empty for none.
    void setCustomCssFile(const QString& file);

    OverlaySocketHub& sockets() { return *m_hub; }
    OverlayMedia& media() { return m_media; }

signals:
    void listeningChanged(bool listening);
    void connectedOverlaysChanged(int count);
    // A WebSocket client said hello: attach it to the alert queue.
    void clientReady(Dewey::AlertClient* client);

private:
    OverlayTcpServer* startTcpServer(const QHostAddress& address, quint16 port, QString* error);
    QHttpServerResponse servePage(const QHttpServerRequest& request) const;
    QHttpServerResponse serveStatic(const QString& path, const QHttpServerRequest& request) const;
    QHttpServerResponse serveMedia(const QString& key, const QHttpServerRequest& request) const;
    QByteArray hostOf(const QHttpServerRequest& request) const;

    OverlayAccessPolicy m_policy;
    OverlayMedia m_media;
    OverlayConfig m_config;
    QString m_customCssFile;
    QHttpServer* m_http = nullptr;
    OverlaySocketHub* m_hub = nullptr;
    QPointer<OverlayTcpServer> m_loopback;
    QPointer<OverlayTcpServer> m_lan;
};

} // namespace Dewey
