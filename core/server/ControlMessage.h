#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace Dewey {

// The local control channel's wire format: one JSON object per line each way.
//   request:  {"token":"…","command":"alerts.pause","args":{}}
//   response: {"ok":true,"message":"Alerts paused.","data":{…}}  or  {"ok":false,"error":"…"}
// Pure functions; ControlServer and ControlClient do the I/O.
struct ControlRequest
{
    QString token;
    QString command;
    QJsonObject args;
};

struct ControlResponse
{
    bool ok = false;
    QString message; // for the person at the terminal: what happened, or what went wrong
    QJsonObject data;

    static ControlResponse success(const QString& message, const QJsonObject& data = {})
    {
        return {true, message, data};
    }
    static ControlResponse failure(const QString& message) { return {false, message, {}}; }
};

class ControlMessage
{
public:
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;

    static QByteArray encodeRequest(const ControlRequest& request);
    // False (with *error) for anything but a JSON object with string token and command.
    static bool decodeRequest(QByteArrayView line, ControlRequest* request, QString* error);

    static QByteArray encodeResponse(const ControlResponse& response);
    static bool decodeResponse(QByteArrayView line, ControlResponse* response, QString* error);
};

} // namespace Dewey
