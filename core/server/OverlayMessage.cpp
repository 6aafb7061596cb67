#include "server/OverlayMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dewey {

namespace {

const QString kType = QStringLiteral("type");
const QString kId = QStringLiteral("id");

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// JSON has only doubles; an id or version must be a whole number that survives the round trip.
bool wholeNumber(const QJsonValue& value, qint64* result)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    constexpr double kLimit = 9007199254740992.0; // 2^53: integers above are not exact in a double
    if (number != static_cast<double>(static_cast<qint64>(number)) || number > kLimit || number < -kLimit)
        return false;
    *result = static_cast<qint64>(number);
    return true;
}

} // namespace

OverlayMessage::Decoded OverlayMessage::decode(QByteArrayView utf8)
{
    Decoded decoded;
    if (utf8.size() > kMaxClientMessageBytes) {
        decoded.status = DecodeStatus::TooLarge;
        decoded.error =
            QStringLiteral("message of %1 bytes exceeds %2").arg(utf8.size()).arg(kMaxClientMessageBytes);
        return decoded;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        decoded.error = QStringLiteral("not a JSON object");
        return decoded;
    }
    const QJsonObject object = document.object();
    const QJsonValue type = object.value(kType);
    if (!type.isString()) {
        decoded.error = QStringLiteral("no string \"type\"");
        return decoded;
    }
    OverlayClientMessage& message = decoded.message;
    message.typeName = type.toString();
    auto badField = [&](const QString& field) {
        decoded.status = DecodeStatus::BadField;
        decoded.error = QStringLiteral("\"%1\" message: bad or missing \"%2\"").arg(message.typeName, field);
        return decoded;
    };

    if (message.typeName == QLatin1String("hello")) {
        message.type = OverlayClientMessage::Type::Hello;
        qint64 version = 0;
        if (!wholeNumber(object.value(QStringLiteral("version")), &version) || version > INT_MAX ||
            version < INT_MIN)
            return badField(QStringLiteral("version"));
        message.version = static_cast<int>(version);
        const QJsonValue client = object.value(QStringLiteral("client"));
        if (!client.isUndefined() && !client.isString())
            return badField(QStringLiteral("client"));
        message.client = client.toString();
    } else if (message.typeName == QLatin1String("shown") || message.typeName == QLatin1String("done")) {
        message.type = message.typeName == QLatin1String("shown") ? OverlayClientMessage::Type::Shown
                                                                  : OverlayClientMessage::Type::Done;
        if (!wholeNumber(object.value(kId), &message.id) || message.id <= 0)
            return badField(kId);
    } else {
        message.type = OverlayClientMessage::Type::Unknown;
    }
    decoded.status = DecodeStatus::Ok;
    return decoded;
}

QByteArray OverlayMessage::encodeAlert(const Alert& alert, const QString& soundUrl)
{
    const QJsonObject body{
        {kId, alert.id},
        {QStringLiteral("eventId"), alert.eventId},
        {QStringLiteral("kind"), alertKindName(alert.kind)},
        {QStringLiteral("replay"), alert.replay},
        {QStringLiteral("buyer"), alert.buyer},
        {QStringLiteral("items"), QJsonArray::fromStringList(alert.items)},
        {QStringLiteral("amount"), alert.amount},
        {QStringLiteral("amountMinor"), alert.amountMinor},
        {QStringLiteral("currency"), alert.currency},
        {QStringLiteral("message"), alert.message},
        {QStringLiteral("durationMs"), alert.durationMs},
        {QStringLiteral("title"), alert.title},
        {QStringLiteral("text"), alert.text},
        {QStringLiteral("tier"), alert.tier},
        {QStringLiteral("style"), alert.style},
        {QStringLiteral("sound"), soundUrl},
        {QStringLiteral("volume"), alert.soundVolume},
    };
    return compact({{kType, QStringLiteral("alert")}, {QStringLiteral("alert"), body}});
}

QByteArray OverlayMessage::encodeConfig(const OverlayConfig& config)
{
    const QJsonObject body{
        {QStringLiteral("theme"), config.theme},
        {QStringLiteral("customCss"),
         config.customCssUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(config.customCssUrl)},
        {QStringLiteral("volume"), config.volume},
    };
    return compact({{kType, QStringLiteral("config")},
                    {QStringLiteral("protocol"), kProtocolVersion},
                    {QStringLiteral("config"), body}});
}

QByteArray OverlayMessage::encodeControl(AlertControl control, qint64 alertId)
{
    QJsonObject object{{kType, alertControlName(control)}};
    if (control == AlertControl::Skip)
        object.insert(kId, alertId);
    return compact(object);
}

QByteArray OverlayMessage::encodeHello(const QString& client, int version)
{
    return compact({{kType, QStringLiteral("hello")},
                    {QStringLiteral("client"), client},
                    {QStringLiteral("version"), version}});
}

QByteArray OverlayMessage::encodeShown(qint64 alertId)
{
    return compact({{kType, QStringLiteral("shown")}, {kId, alertId}});
}

QByteArray OverlayMessage::encodeDone(qint64 alertId)
{
    return compact({{kType, QStringLiteral("done")}, {kId, alertId}});
}

} // namespace Dewey
