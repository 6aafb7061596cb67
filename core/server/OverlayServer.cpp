#include "server/OverlayServer.h"

#include "alerts/AlertClient.h"
#include "log/LogCategories.h"
#include "server/HttpCompat.h"
#include "server/OverlaySocketHub.h"
#include "server/OverlayTcpServer.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QRegularExpression>
#include <QUrl>

namespace Dewey {

namespace {

QHttpServerResponse withSecurityHeaders(QHttpServerResponse response)
{
    // The page may load only its own resources and may only talk back to its own origin.
    HttpCompat::setResponseHeader(
        response, QByteArrayLiteral("Content-Security-Policy"),
        QByteArrayLiteral("default-src 'self'; connect-src 'self'; img-src 'self' data:; "
                          "media-src 'self'; style-src 'self'; script-src 'self'; "
                          "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"));
    HttpCompat::setResponseHeader(response, QByteArrayLiteral("X-Content-Type-Options"),
                                  QByteArrayLiteral("nosniff"));
    HttpCompat::setResponseHeader(response, QByteArrayLiteral("Cache-Control"),
                                  QByteArrayLiteral("no-store"));
    HttpCompat::setResponseHeader(response, QByteArrayLiteral("Referrer-Policy"),
                                  QByteArrayLiteral("no-referrer"));
    // Other sites cannot embed our scripts, styles or sounds to find out that Dewey runs.
    HttpCompat::setResponseHeader(response, QByteArrayLiteral("Cross-Origin-Resource-Policy"),
                                  QByteArrayLiteral("same-origin"));
    return response;
}

QHttpServerResponse plainError(QHttpServerResponse::StatusCode status)
{
    return withSecurityHeaders(
        QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), QByteArray(), status));
}

QHttpServerResponse refusal(OverlayAccessPolicy::Verdict verdict)
{
    return plainError(verdict == OverlayAccessPolicy::Verdict::BadHost
                          ? QHttpServerResponse::StatusCode::MisdirectedRequest
                          : QHttpServerResponse::StatusCode::Forbidden);
}

// The only kinds of file the overlay serves; anything else is 404 whatever its name.
QByteArray contentTypeFor(const QString& path)
{
    static const QList<QPair<QString, QByteArray>> types = {
        {QStringLiteral("js"), QByteArrayLiteral("text/javascript; charset=utf-8")},
        {QStringLiteral("css"), QByteArrayLiteral("text/css; charset=utf-8")},
        {QStringLiteral("svg"), QByteArrayLiteral("image/svg+xml")},
        {QStringLiteral("png"), QByteArrayLiteral("image/png")},
        {QStringLiteral("woff2"), QByteArrayLiteral("font/woff2")},
        {QStringLiteral("ogg"), QByteArrayLiteral("audio/ogg")},
        {QStringLiteral("oga"), QByteArrayLiteral("audio/ogg")},
        {QStringLiteral("mp3"), QByteArrayLiteral("audio/mpeg")},
        {QStringLiteral("wav"), QByteArrayLiteral("audio/wav")},
        {QStringLiteral("webm"), QByteArrayLiteral("audio/webm")},
        {QStringLiteral("m4a"), QByteArrayLiteral("audio/mp4")},
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto& [extension, type] : types) {
        if (suffix == extension)
            return type;
    }
    return {};
}

QHttpServerResponse fileResponse(const QString& path)
{
    const QByteArray type = contentTypeFor(path);
    QFile file(path);
    if (type.isEmpty() || !file.open(QIODevice::ReadOnly))
        return plainError(QHttpServerResponse::StatusCode::NotFound);
    return withSecurityHeaders(QHttpServerResponse(type, file.readAll()));
}

} // namespace

OverlayServer::OverlayServer(QObject* parent)
    : QObject(parent)
    , m_http(new QHttpServer(this))
    , m_hub(new OverlaySocketHub(m_policy, m_media, this))
{
    m_http->route(QStringLiteral("/overlay"), QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest& request) { return servePage(request); });
    m_http->route(QStringLiteral("/overlay/<arg>"), QHttpServerRequest::Method::Get,
                  [this](const QUrl& path, const QHttpServerRequest& request) {
                      return serveStatic(path.path(), request);
                  });
    m_http->route(
        QStringLiteral("/media/<arg>"), QHttpServerRequest::Method::Get,
        [this](const QString& key, const QHttpServerRequest& request) { return serveMedia(key, request); });
    connect(m_hub, &OverlaySocketHub::clientReady, this, &OverlayServer::clientReady);
    connect(m_hub, &OverlaySocketHub::overlayCountChanged, this, &OverlayServer::connectedOverlaysChanged);
}

OverlayServer::~OverlayServer()
{
    close();
}

void OverlayServer::setToken(const QString& token)
{
    m_policy.setToken(token);
}

OverlayTcpServer* OverlayServer::startTcpServer(const QHostAddress& address, quint16 port, QString* error)
{
    auto* tcp = new OverlayTcpServer(OverlayTcpServer::defaultLimits(), this);
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
        return nullptr;
    }
    tcp->setUpgradeHandler(
        [this](QTcpSocket* socket, const HttpRequestHead& head) { m_hub->handleUpgrade(socket, head); });
    if (!HttpCompat::bindListeningServer(*m_http, tcp)) {
        *error = tr("Could not start the HTTP server on %1 port %2.").arg(address.toString()).arg(port);
        delete tcp;
        return nullptr;
    }
    qCInfo(lcServer) << "overlay listening on" << address.toString() << tcp->serverPort();
    return tcp;
}

bool OverlayServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    close();
    m_loopback = startTcpServer(address, port, error);
    if (!m_loopback)
        return false;
    m_policy.setPort(m_loopback->serverPort());
    emit listeningChanged(true);
    return true;
}

bool OverlayServer::listenLan(const QHostAddress& address, QString* error)
{
    closeLan();
    if (!isListening()) {
        *error = tr("The overlay server is not running.");
        return false;
    }
    m_lan = startTcpServer(address, port(), error);
    if (!m_lan)
        return false;
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    m_policy.setLanHost(host);
    return true;
}

void OverlayServer::closeLan()
{
    m_policy.setLanHost({});
    if (m_lan) {
        m_lan->close();
        delete m_lan.data();
    }
}

void OverlayServer::close()
{
    closeLan();
    if (!m_loopback)
        return;
    m_hub->closeAll();
    m_loopback->close();
    delete m_loopback.data();
    emit listeningChanged(false);
}

bool OverlayServer::isListening() const
{
    return m_loopback && m_loopback->isListening();
}

bool OverlayServer::isLanListening() const
{
    return m_lan && m_lan->isListening();
}

quint16 OverlayServer::port() const
{
    return m_loopback ? m_loopback->serverPort() : 0;
}

QString OverlayServer::overlayUrl() const
{
    if (!isListening())
        return {};
    return QStringLiteral("http://127.0.0.1:%1/overlay?token=%2").arg(port()).arg(token());
}

QString OverlayServer::lanOverlayUrl() const
{
    if (!isLanListening())
        return {};
    QString host = m_lan->serverAddress().toString();
    if (m_lan->serverAddress().protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2/overlay?token=%3").arg(host).arg(port()).arg(token());
}

int OverlayServer::connectedOverlays() const
{
    return m_hub->overlayCount();
}

void OverlayServer::setConfig(const OverlayConfig& config)
{
    m_config = config;
    OverlayConfig effective = m_config;
    effective.customCssUrl = m_media.urlFor(m_customCssFile);
    m_hub->setConfig(effective);
}

void OverlayServer::setCustomCssFile(const QString& file)
{
    m_customCssFile = file;
    setConfig(m_config);
}

QByteArray OverlayServer::hostOf(const QHttpServerRequest& request) const
{
    return HttpCompat::requestHeader(request, QByteArrayLiteral("Host"));
}

QHttpServerResponse OverlayServer::servePage(const QHttpServerRequest& request) const
{
    const auto verdict =
        m_policy.checkPage(hostOf(request), request.url().query(QUrl::FullyEncoded).toUtf8());
    if (verdict != OverlayAccessPolicy::Verdict::Allowed)
        return refusal(verdict);
    QFile page(QStringLiteral(":/overlay/overlay.html"));
    if (!page.open(QIODevice::ReadOnly))
        return plainError(QHttpServerResponse::StatusCode::InternalServerError);
    return withSecurityHeaders(
        QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), page.readAll()));
}

QHttpServerResponse OverlayServer::serveStatic(const QString& path, const QHttpServerRequest& request) const
{
    // The page's own code and sounds hold nothing secret: no token, but still only for our hosts.
    if (!m_policy.isAllowedHost(hostOf(request)))
        return refusal(OverlayAccessPolicy::Verdict::BadHost);
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[A-Za-z0-9]+$"));
    if (!safe.match(path).hasMatch())
        return plainError(QHttpServerResponse::StatusCode::NotFound);
    QHttpServerResponse response = fileResponse(QStringLiteral(":/overlay/") + path);
    // The page's service worker keeps a copy of the page for when OBS starts before Dewey; its scope
    // is the page's path, one level above the script.
    if (path == QLatin1String("sw.js") && response.statusCode() == QHttpServerResponse::StatusCode::Ok)
        HttpCompat::setResponseHeader(response, QByteArrayLiteral("Service-Worker-Allowed"),
                                      QByteArrayLiteral("/overlay"));
    return response;
}

QHttpServerResponse OverlayServer::serveMedia(const QString& key, const QHttpServerRequest& request) const
{
    const auto verdict =
        m_policy.checkPage(hostOf(request), request.url().query(QUrl::FullyEncoded).toUtf8());
    if (verdict != OverlayAccessPolicy::Verdict::Allowed)
        return refusal(verdict);
    const QString file = m_media.fileFor(key);
    if (file.isEmpty())
        return plainError(QHttpServerResponse::StatusCode::NotFound);
    return fileResponse(file);
}

} // namespace Dewey
