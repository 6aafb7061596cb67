#pragma once

#include "alerts/Alert.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Dewey {

// What the server tells clients about the page's look (the `config` message).
struct OverlayConfig
{
    QString theme = QStringLiteral("default");
    QString customCssUrl; // empty: no custom CSS
    double volume = 0.8;

    friend bool operator==(const OverlayConfig&, const OverlayConfig&) = default;
};

// One decoded client → server message.
struct OverlayClientMessage
{
    enum class Type
    {
        Hello,
        Shown,
        Done,
        Unknown, // a type this version does not know: ignored, for forward compatibility
    };

    Type type = Type::Unknown;
    QString typeName;
    QString client;  // hello: "overlay" or "preview"
    int version = 0; // hello
    qint64 id = 0;   // shown, done
};

// The overlay protocol's wire format (docs/OVERLAY_PROTOCOL.md), as pure functions: decoding what
// clients send, encoding what the server sends. No sockets here.
class OverlayMessage
{
public:
    static constexpr int kProtocolVersion = 1;
    static constexpr qsizetype kMaxClientMessageBytes = 4096;

    enum class DecodeStatus
    {
        Ok,
        TooLarge,  // over kMaxClientMessageBytes
        Malformed, // not a JSON object, or no string "type"
        BadField,  // a known type with a missing or wrongly typed field
    };

    struct Decoded
    {
        DecodeStatus status = DecodeStatus::Malformed;
        OverlayClientMessage message;
        QString error; // for the log: what was wrong (never echoes the payload)

        bool ok() const { return status == DecodeStatus::Ok; }
    };

    static Decoded decode(QByteArrayView utf8);

    // Server → client. soundUrl is where this server serves the alert's sound ("" for none).
    static QByteArray encodeAlert(const Alert& alert, const QString& soundUrl);
    static QByteArray encodeConfig(const OverlayConfig& config);
    // alertId is written for Skip only.
    static QByteArray encodeControl(AlertControl control, qint64 alertId = 0);

    // Client → server, for Qt clients (the preview) and tests.
    static QByteArray encodeHello(const QString& client, int version = kProtocolVersion);
    static QByteArray encodeShown(qint64 alertId);
    static QByteArray encodeDone(qint64 alertId);
};

} // namespace Dewey
