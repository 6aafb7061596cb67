#include "server/OverlayServer.h"

#include "server/ConstantTime.h"
#include "server/HttpCompat.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QUrlQuery>

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
    return response;
}

QHttpServerResponse plainError(QHttpServerResponse::StatusCode status)
{
    return withSecurityHeaders(
        QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), QByteArray(), status));
}

} // namespace

OverlayServer::OverlayServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_listener, &HttpListener::listeningChanged, this, &OverlayServer::listeningChanged);
    m_listener.http().route(QStringLiteral("/overlay"), QHttpServerRequest::Method::Get,
                            [this](const QHttpServerRequest& request) { return servePage(request); });
}

void OverlayServer::setToken(const QString& token)
{
    m_token = token;
}

bool OverlayServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    return m_listener.listen(address, port, error);
}

void OverlayServer::close()
{
    m_listener.close();
}

QString OverlayServer::overlayUrl() const
{
    if (!isListening())
        return {};
    return QStringLiteral("http://127.0.0.1:%1/overlay?token=%2").arg(port()).arg(m_token);
}

QHttpServerResponse OverlayServer::servePage(const QHttpServerRequest& request) const
{
    if (!isAllowedHost(request))
        return plainError(QHttpServerResponse::StatusCode::MisdirectedRequest);
    if (!hasValidToken(request))
        return plainError(QHttpServerResponse::StatusCode::Forbidden);
    QFile page(QStringLiteral(":/overlay/overlay.html"));
    if (!page.open(QIODevice::ReadOnly))
        return plainError(QHttpServerResponse::StatusCode::InternalServerError);
    return withSecurityHeaders(
        QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), page.readAll()));
}

bool OverlayServer::isAllowedHost(const QHttpServerRequest& request) const
{
    // A DNS-rebinding page reaches us under its own host name; only loopback names are ours.
    const QByteArray host = HttpCompat::requestHeader(request, QByteArrayLiteral("Host")).toLower();
    const QByteArray expectedPort = ':' + QByteArray::number(port());
    for (const char* name : {"127.0.0.1", "localhost", "[::1]"}) {
        const QByteArray allowed(name);
        if (host == allowed || host == allowed + expectedPort)
            return true;
    }
    return false;
}

bool OverlayServer::hasValidToken(const QHttpServerRequest& request) const
{
    if (m_token.isEmpty())
        return false;
    const QString given = QUrlQuery(request.url()).queryItemValue(QStringLiteral("token"));
    return constantTimeEquals(given.toUtf8(), m_token.toUtf8());
}

} // namespace Dewey
