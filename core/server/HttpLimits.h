#pragma once

#include <QtGlobal>

#include <chrono>

namespace Dewey {

// What a client of a Dewey HTTP port may cost us. QHttpServer (Qt 6.4) enforces none of this, and the
// webhook port may be on the internet through a tunnel, so GuardedTcpServer checks every request
// against these before QHttpServer sees it.
struct HttpLimits
{
    int maxConnections = 32;         // open at once; more are answered 503 and closed
    qint64 maxHeadBytes = 16 * 1024; // request line and headers
    qint64 maxBodyBytes = 64 * 1024; // Content-Length above this: 413
    // A client must send the whole head within headTimeout and the whole request within
    // requestTimeout of connecting (slow-loris), and leave within responseTimeout once answered.
    std::chrono::milliseconds headTimeout{10000};
    std::chrono::milliseconds requestTimeout{30000};
    std::chrono::milliseconds responseTimeout{30000};
};

} // namespace Dewey
