#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Dewey {

// The request line and headers of an HTTP/1.x request, read from bytes peeked off a socket before
// deciding who handles the connection (QHttpServer, or the WebSocket hub). Pure.
struct HttpRequestHead
{
    enum class Status
    {
        Incomplete, // no blank line yet
        Invalid,    // not an HTTP/1.x request head
        Ok,
    };

    struct ParseResult;

    QByteArray method;
    QByteArray target;                            // "/ws?token=…"
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased, values trimmed

    // Looks for the end of the head in data; heads over maxBytes are Invalid.
    static ParseResult parse(QByteArrayView data, qsizetype maxBytes);

    // First value of a header (name in lowercase); empty when absent.
    QByteArray header(QByteArrayView lowercaseName) const;
    bool hasHeader(QByteArrayView lowercaseName) const;
    int headerCount(QByteArrayView lowercaseName) const;
    QByteArray path() const;  // target without the query
    QByteArray query() const; // after '?', without it
    // GET with "Upgrade: websocket" and "Connection: …upgrade…".
    bool isWebSocketUpgrade() const;
};

struct HttpRequestHead::ParseResult
{
    Status status = Status::Incomplete;
    HttpRequestHead head;
    qsizetype size = 0; // bytes of the head including the blank line
};

} // namespace Dewey
