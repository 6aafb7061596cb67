#include "server/HttpCompat.h"

#include <QAbstractHttpServer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QTcpServer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace Dewey::HttpCompat {

QByteArray requestHeader(const QHttpServerRequest& request, const QByteArray& name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().value(QLatin1StringView(name)).toByteArray();
#else
    return request.value(name);
#endif
}

void setResponseHeader(QHttpServerResponse& response, const QByteArray& name, const QByteArray& value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.replaceOrAppend(QLatin1StringView(name), QLatin1StringView(value));
    response.setHeaders(std::move(headers));
#else
    response.setHeader(name, value);
#endif
}

bool bindListeningServer(QAbstractHttpServer& httpServer, QTcpServer* tcpServer)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return httpServer.bind(tcpServer);
#else
    httpServer.bind(tcpServer);
    return tcpServer->isListening();
#endif
}

bool routeDeferred(QHttpServer& server, const QString& path, DeferredHandler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return server.route(path, [handler](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        handler(request, std::move(responder));
    });
#else
    return server.route(path, [handler](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handler(request, std::move(responder));
    });
#endif
}

void sendResponse(QHttpServerResponder& responder, QHttpServerResponse&& response)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    responder.sendResponse(response);
#else
    response.write(std::move(responder));
#endif
}

} // namespace Dewey::HttpCompat
