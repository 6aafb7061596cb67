#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Dewey {

// Reads just enough of an HTTP/1.x request head, from the bytes received so far, to decide whether it
// may go to QHttpServer: where the head ends, how long the body is, and whether anything about it is
// malformed or too large. Strict on purpose: whatever could be read two ways (a second Content-Length,
// Transfer-Encoding, folded or space-padded header names, bare line feeds) is refused rather than
// guessed at, so that what this guard measured is what QHttpServer parses.
class HttpHeadInspector
{
public:
    enum class Status
    {
        NeedMore,            // the head is not complete yet and still within the limit
        Complete,            // headLength/bodyLength are valid
        Malformed,           // 400
        HeadTooLarge,        // 431
        BodyTooLarge,        // 413
        LengthRequired,      // 411: a body without Content-Length (Transfer-Encoding)
        VersionNotSupported, // 505
    };

    struct Result
    {
        Status status = Status::NeedMore;
        qint64 headLength = 0; // up to and including the blank line
        qint64 bodyLength = 0;
        bool upgrade = false;        // "Connection: upgrade" (a WebSocket handshake)
        bool expectContinue = false; // "Expect: 100-continue"
        QByteArray reason;           // short, for the log
    };

    static Result inspect(QByteArrayView received, qint64 maxHeadBytes, qint64 maxBodyBytes);
};

} // namespace Dewey
