#include "server/HttpCompat.h"

#include <QAbstractHttpServer>
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

} // namespace Dewey::HttpCompat
