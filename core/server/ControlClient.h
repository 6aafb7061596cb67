#pragma once

#include "server/ControlMessage.h"

#include <QCoreApplication>

namespace Dewey {

// The other end of ControlServer, for dewey-cli: one request, one answer. It blocks (with a deadline)
// because a CLI command has nothing else to do meanwhile.
class ControlClient
{
    Q_DECLARE_TR_FUNCTIONS(ControlClient)

public:
    struct Result
    {
        enum class Status
        {
            Answered,   // response is the running app's answer (which may be a refusal)
            NotRunning, // nothing runs with this data folder
            Failed,     // something runs but the exchange failed (timeout, garbage)
        };

        Status status = Status::Failed;
        ControlResponse response;
        QString error; // for NotRunning and Failed
    };

    static constexpr int kTimeoutMs = 10000;

    static Result send(const QString& dataDirectory, const QString& command, const QJsonObject& args = {},
                       int timeoutMs = kTimeoutMs);
};

} // namespace Dewey
