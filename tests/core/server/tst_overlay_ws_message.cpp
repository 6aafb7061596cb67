#include "server/OverlayMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Dewey;

Q_DECLARE_METATYPE(OverlayMessage::DecodeStatus)
Q_DECLARE_METATYPE(OverlayClientMessage::Type)

// The overlay protocol on the wire (docs/OVERLAY_PROTOCOL.md): what clients may send, and exactly
// what they get.
class TestOverlayMessage : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void encodeAlertCarriesEveryDocumentedField();
    void encodeAlertKeepsHostileTextAsText();
    void encodeControl_data();
    void encodeControl();
    void encodeConfig();
    void clientMessagesRoundTrip();
};

void TestOverlayMessage::decode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<OverlayMessage::DecodeStatus>("status");
    QTest::addColumn<OverlayClientMessage::Type>("type");
    QTest::addColumn<qint64>("id");

    using S = OverlayMessage::DecodeStatus;
    using T = OverlayClientMessage::Type;
    QTest::addRow("hello") << QByteArray(R"({"type":"hello","client":"overlay","version":1})") << S::Ok
                           << T::Hello << qint64(0);
    QTest::addRow("hello without client")
        << QByteArray(R"({"type":"hello","version":1})") << S::Ok << T::Hello << qint64(0);
    QTest::addRow("hello from the future")
        << QByteArray(R"({"type":"hello","version":7,"extra":[1]})") << S::Ok << T::Hello << qint64(0);
    QTest::addRow("shown") << QByteArray(R"({"type":"shown","id":42})") << S::Ok << T::Shown << qint64(42);
    QTest::addRow("done") << QByteArray(R"({"id":9007199254740991,"type":"done"})") << S::Ok << T::Done
                          << qint64(9007199254740991);
    QTest::addRow("unknown type is fine")
        << QByteArray(R"({"type":"stats","fps":60})") << S::Ok << T::Unknown << qint64(0);
    QTest::addRow("not json") << QByteArray("hello") << S::Malformed << T::Unknown << qint64(0);
    QTest::addRow("truncated") << QByteArray(R"({"type":"done","id":4)") << S::Malformed << T::Unknown
                               << qint64(0);
    QTest::addRow("array") << QByteArray(R"([{"type":"done","id":4}])") << S::Malformed << T::Unknown
                           << qint64(0);
    QTest::addRow("no type") << QByteArray(R"({"id":4})") << S::Malformed << T::Unknown << qint64(0);
    QTest::addRow("type not a string")
        << QByteArray(R"({"type":5})") << S::Malformed << T::Unknown << qint64(0);
    QTest::addRow("done without id") << QByteArray(R"({"type":"done"})") << S::BadField << T::Done
                                     << qint64(0);
    QTest::addRow("id as string") << QByteArray(R"({"type":"done","id":"42"})") << S::BadField << T::Done
                                  << qint64(0);
    QTest::addRow("fractional id") << QByteArray(R"({"type":"shown","id":4.5})") << S::BadField << T::Shown
                                   << qint64(0);
    QTest::addRow("negative id") << QByteArray(R"({"type":"done","id":-1})") << S::BadField << T::Done
                                 << qint64(0);
    QTest::addRow("huge id") << QByteArray(R"({"type":"done","id":1e300})") << S::BadField << T::Done
                             << qint64(0);
    QTest::addRow("hello without version")
        << QByteArray(R"({"type":"hello","client":"overlay"})") << S::BadField << T::Hello << qint64(0);
    QTest::addRow("client not a string")
        << QByteArray(R"({"type":"hello","client":1,"version":1})") << S::BadField << T::Hello << qint64(0);
    const QByteArray padding(OverlayMessage::kMaxClientMessageBytes, ' ');
    QTest::addRow("over the limit") << QByteArray(R"({"type":"done","id":1})" + padding) << S::TooLarge
                                    << T::Unknown << qint64(0);
    const QByteArray justFits =
        R"({"type":"done","id":1})" +
        QByteArray(OverlayMessage::kMaxClientMessageBytes - QByteArray(R"({"type":"done","id":1})").size(),
                   ' ');
    QTest::addRow("exactly the limit") << justFits << S::Ok << T::Done << qint64(1);
}

void TestOverlayMessage::decode()
{
    QFETCH(QByteArray, text);
    QFETCH(OverlayMessage::DecodeStatus, status);
    QFETCH(OverlayClientMessage::Type, type);
    QFETCH(qint64, id);
    const OverlayMessage::Decoded decoded = OverlayMessage::decode(text);
    QCOMPARE(decoded.status, status);
    QCOMPARE(decoded.ok(), status == OverlayMessage::DecodeStatus::Ok);
    if (status == OverlayMessage::DecodeStatus::Ok || status == OverlayMessage::DecodeStatus::BadField)
        QCOMPARE(decoded.message.type, type);
    if (decoded.ok())
        QCOMPARE(decoded.message.id, id);
    else
        QVERIFY(!decoded.error.isEmpty());
}

void TestOverlayMessage::encodeAlertCarriesEveryDocumentedField()
{
    Alert alert;
    alert.id = 42;
    alert.eventId = QStringLiteral("evt_1PQx");
    alert.kind = AlertKind::Sale;
    alert.buyer = QStringLiteral("Alex");
    alert.items = {QStringLiteral("Hoodie ×2")};
    alert.amount = QStringLiteral("$64.00");
    alert.amountMinor = 6400;
    alert.currency = QStringLiteral("usd");
    alert.message = QStringLiteral("Love the stream!");
    alert.durationMs = 8000;
    alert.title = QStringLiteral("Alex just bought Hoodie ×2 — $64.00");
    alert.text = QStringLiteral("Love the stream!");
    alert.tier = QStringLiteral("Big spender");
    alert.style = QStringLiteral("gold");
    alert.soundVolume = 0.4;

    const QJsonObject message =
        QJsonDocument::fromJson(OverlayMessage::encodeAlert(alert, QStringLiteral("/media/abc"))).object();
    QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("alert"));
    const QJsonObject body = message.value(QStringLiteral("alert")).toObject();
    QCOMPARE(body.value(QStringLiteral("id")).toInteger(), 42);
    QCOMPARE(body.value(QStringLiteral("eventId")).toString(), QStringLiteral("evt_1PQx"));
    QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("sale"));
    QCOMPARE(body.value(QStringLiteral("replay")).toBool(true), false);
    QCOMPARE(body.value(QStringLiteral("buyer")).toString(), QStringLiteral("Alex"));
    QCOMPARE(body.value(QStringLiteral("items")).toArray(), QJsonArray{QStringLiteral("Hoodie ×2")});
    QCOMPARE(body.value(QStringLiteral("amount")).toString(), QStringLiteral("$64.00"));
    QCOMPARE(body.value(QStringLiteral("amountMinor")).toInteger(), 6400);
    QCOMPARE(body.value(QStringLiteral("currency")).toString(), QStringLiteral("usd"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("Love the stream!"));
    QCOMPARE(body.value(QStringLiteral("durationMs")).toInt(), 8000);
    QCOMPARE(body.value(QStringLiteral("title")).toString(),
             QStringLiteral("Alex just bought Hoodie ×2 — $64.00"));
    QCOMPARE(body.value(QStringLiteral("text")).toString(), QStringLiteral("Love the stream!"));
    QCOMPARE(body.value(QStringLiteral("tier")).toString(), QStringLiteral("Big spender"));
    QCOMPARE(body.value(QStringLiteral("style")).toString(), QStringLiteral("gold"));
    QCOMPARE(body.value(QStringLiteral("sound")).toString(), QStringLiteral("/media/abc"));
    QCOMPARE(body.value(QStringLiteral("volume")).toDouble(), 0.4);

    alert.kind = AlertKind::Test;
    const QJsonObject test = QJsonDocument::fromJson(OverlayMessage::encodeAlert(alert, QString()))
                                 .object()
                                 .value(QStringLiteral("alert"))
                                 .toObject();
    QCOMPARE(test.value(QStringLiteral("kind")).toString(), QStringLiteral("test"));
    QCOMPARE(test.value(QStringLiteral("sound")).toString(QStringLiteral("missing")), QString());
}

void TestOverlayMessage::encodeAlertKeepsHostileTextAsText()
{
    Alert alert;
    alert.id = 1;
    alert.buyer = QStringLiteral("<img src=x onerror=alert(1)>\"},{\"type\":\"clear");
    const QByteArray wire = OverlayMessage::encodeAlert(alert, QString());
    const QJsonObject message = QJsonDocument::fromJson(wire).object();
    // Still one alert message, with the name intact: quotes cannot break out of the JSON string.
    QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("alert"));
    QCOMPARE(message.value(QStringLiteral("alert")).toObject().value(QStringLiteral("buyer")).toString(),
             alert.buyer);
}

void TestOverlayMessage::encodeControl_data()
{
    QTest::addColumn<AlertControl>("control");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("pause") << AlertControl::Pause << QByteArray(R"({"type":"pause"})");
    QTest::addRow("resume") << AlertControl::Resume << QByteArray(R"({"type":"resume"})");
    QTest::addRow("skip") << AlertControl::Skip << QByteArray(R"({"id":42,"type":"skip"})");
    QTest::addRow("clear") << AlertControl::Clear << QByteArray(R"({"type":"clear"})");
    QTest::addRow("reload") << AlertControl::Reload << QByteArray(R"({"type":"reload"})");
}

void TestOverlayMessage::encodeControl()
{
    QFETCH(AlertControl, control);
    QFETCH(QByteArray, expected);
    QCOMPARE(OverlayMessage::encodeControl(control, 42), expected);
}

void TestOverlayMessage::encodeConfig()
{
    OverlayConfig config;
    config.theme = QStringLiteral("neon");
    config.volume = 0.5;
    QJsonObject message = QJsonDocument::fromJson(OverlayMessage::encodeConfig(config)).object();
    QCOMPARE(message.value(QStringLiteral("type")).toString(), QStringLiteral("config"));
    QCOMPARE(message.value(QStringLiteral("protocol")).toInt(), 1);
    QJsonObject body = message.value(QStringLiteral("config")).toObject();
    QCOMPARE(body.value(QStringLiteral("theme")).toString(), QStringLiteral("neon"));
    QCOMPARE(body.value(QStringLiteral("volume")).toDouble(), 0.5);
    QVERIFY(body.contains(QStringLiteral("customCss")));
    QVERIFY(body.value(QStringLiteral("customCss")).isNull());

    config.customCssUrl = QStringLiteral("/media/css");
    body = QJsonDocument::fromJson(OverlayMessage::encodeConfig(config))
               .object()
               .value(QStringLiteral("config"))
               .toObject();
    QCOMPARE(body.value(QStringLiteral("customCss")).toString(), QStringLiteral("/media/css"));
}

void TestOverlayMessage::clientMessagesRoundTrip()
{
    OverlayMessage::Decoded hello =
        OverlayMessage::decode(OverlayMessage::encodeHello(QStringLiteral("preview")));
    QVERIFY(hello.ok());
    QCOMPARE(hello.message.type, OverlayClientMessage::Type::Hello);
    QCOMPARE(hello.message.client, QStringLiteral("preview"));
    QCOMPARE(hello.message.version, OverlayMessage::kProtocolVersion);
    OverlayMessage::Decoded done = OverlayMessage::decode(OverlayMessage::encodeDone(77));
    QCOMPARE(done.message.type, OverlayClientMessage::Type::Done);
    QCOMPARE(done.message.id, 77);
    OverlayMessage::Decoded shown = OverlayMessage::decode(OverlayMessage::encodeShown(78));
    QCOMPARE(shown.message.type, OverlayClientMessage::Type::Shown);
    QCOMPARE(shown.message.id, 78);
}

QTEST_GUILESS_MAIN(TestOverlayMessage)
#include "tst_overlay_ws_message.moc"
