#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QString>

#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QAbstractHttpServer;
class QTcpServer;

// The only place that knows QHttpServer's API changed between Qt 6.4 (Debian 12) and 6.8 LTS
// (the installers): request header access, response headers and binding a listening QTcpServer.
namespace Dewey::HttpCompat {

// Value of a request header, matched case-insensitively; empty when absent.
QByteArray requestHeader(const QHttpServerRequest& request, const QByteArray& name);

// Sets (replaces) a response header.
void setResponseHeader(QHttpServerResponse& response, const QByteArray& name, const QByteArray& value);

// Hands an already listening QTcpServer to the HTTP server, which takes ownership of it.
bool bindListeningServer(QAbstractHttpServer& httpServer, QTcpServer* tcpServer);

// A route whose handler may keep the responder and answer later (after a group commit, for example).
// Qt 6.4 passes the responder as QHttpServerResponder&&, later versions as QHttpServerResponder&.
using DeferredHandler =
    std::function<void(const QHttpServerRequest& request, QHttpServerResponder&& responder)>;
bool routeDeferred(QHttpServer& server, const QString& path, DeferredHandler handler);

// Answers through a responder kept by a deferred handler.
void sendResponse(QHttpServerResponder& responder, QHttpServerResponse&& response);

} // namespace Dewey::HttpCompat
