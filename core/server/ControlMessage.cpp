#include "server/ControlMessage.h"

#include <QJsonDocument>

namespace Dewey {

namespace {

const QString kToken = QStringLiteral("token");
const QString kCommand = QStringLiteral("command");
const QString kArgs = QStringLiteral("args");
const QString kOk = QStringLiteral("ok");
const QString kMessage = QStringLiteral("message");
const QString kError = QStringLiteral("error");
const QString kData = QStringLiteral("data");

QByteArray line(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool parseObject(QByteArrayView text, QJsonObject* object, QString* error)
{
    if (text.size() > ControlMessage::kMaxLineBytes) {
        *error = QStringLiteral("message too large");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray().trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return false;
    }
    *object = document.object();
    return true;
}

} // namespace

QByteArray ControlMessage::encodeRequest(const ControlRequest& request)
{
    return line({{kToken, request.token}, {kCommand, request.command}, {kArgs, request.args}});
}

bool ControlMessage::decodeRequest(QByteArrayView text, ControlRequest* request, QString* error)
{
    QJsonObject object;
    if (!parseObject(text, &object, error))
        return false;
    const QJsonValue args = object.value(kArgs);
    if (!object.value(kToken).isString() || !object.value(kCommand).isString() ||
        !(args.isUndefined() || args.isObject())) {
        *error = QStringLiteral("a request needs a string token and command, and object args");
        return false;
    }
    request->token = object.value(kToken).toString();
    request->command = object.value(kCommand).toString();
    request->args = args.toObject();
    return true;
}

QByteArray ControlMessage::encodeResponse(const ControlResponse& response)
{
    QJsonObject object{{kOk, response.ok}, {response.ok ? kMessage : kError, response.message}};
    if (!response.data.isEmpty())
        object.insert(kData, response.data);
    return line(object);
}

bool ControlMessage::decodeResponse(QByteArrayView text, ControlResponse* response, QString* error)
{
    QJsonObject object;
    if (!parseObject(text, &object, error))
        return false;
    if (!object.value(kOk).isBool()) {
        *error = QStringLiteral("a response needs a boolean ok");
        return false;
    }
    response->ok = object.value(kOk).toBool();
    response->message = object.value(response->ok ? kMessage : kError).toString();
    response->data = object.value(kData).toObject();
    return true;
}

} // namespace Dewey
