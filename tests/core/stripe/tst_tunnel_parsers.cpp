#include "ManualClock.h"
#include "stripe/tunnel/CloudflaredTunnel.h"
#include "stripe/tunnel/CustomCommandTunnel.h"
#include "stripe/tunnel/NgrokTunnel.h"
#include "stripe/tunnel/StripeCliTunnel.h"
#include "stripe/tunnel/TunnelLog.h"
#include "stripe/tunnel/TunnelSupervisor.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Dewey::TunnelLineVerdict;
using Kind = Dewey::TunnelLineVerdict::Kind;

Q_DECLARE_METATYPE(Dewey::TunnelLineVerdict::Kind)

// What each tunnel program's lines mean, read from the lines the real tools print: ready with an
// address or a secret, a failure worth retrying, one that is not, or nothing at all.
class TestTunnelParsers : public QObject
{
    Q_OBJECT

private slots:
    void stripeCli_data();
    void stripeCli();
    void cloudflared_data();
    void cloudflared();
    void ngrokLog_data();
    void ngrokLog();
    void ngrokAgentApi_data();
    void ngrokAgentApi();
    void customCommand_data();
    void customCommand();
    void customUrl_data();
    void customUrl();
    void webhookUrl_data();
    void webhookUrl();
    void logMasksSecretsAndKeepsTheNewestLines();
};

void TestTunnelParsers::stripeCli_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("retryable");
    QTest::addRow("ready, current CLI")
        << u"> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is "
           "whsec_1a2B3c4D5e6F7g8H9i0J (^C to quit)"_s
        << Kind::Ready << u"whsec_1a2B3c4D5e6F7g8H9i0J"_s << true;
    QTest::addRow("ready, older CLI")
        << u"> Ready! Your webhook signing secret is whsec_abc123 (^C to quit)"_s << Kind::Ready
        << u"whsec_abc123"_s << true;
    QTest::addRow("forwarded event") << u"2024-06-01 12:00:00   --> checkout.session.completed [evt_1]"_s
                                     << Kind::Nothing << QString() << true;
    QTest::addRow("update notice")
        << u"A newer version of the Stripe CLI is available, please update to: v1.21.0"_s << Kind::Nothing
        << QString() << true;
    QTest::addRow("not logged in") << u"You have not configured API keys yet. Running `stripe login`..."_s
                                   << Kind::Failure << QString() << false;
    QTest::addRow("browser login") << u"Your pairing code is: lucid-great-hooray-talent"_s << Kind::Failure
                                   << QString() << false;
    QTest::addRow("refused key")
        << u"Authorization failed, status=401, body={\"error\": {\"message\": \"Invalid "
           "API Key provided: sk_test_****abcd\"}}"_s
        << Kind::Failure << QString() << false;
    QTest::addRow("expired key") << u"Error: api_key_expired"_s << Kind::Failure << QString() << false;
}

void TestTunnelParsers::stripeCli()
{
    QFETCH(QString, line);
    QFETCH(Kind, kind);
    QFETCH(QString, secret);
    QFETCH(bool, retryable);
    const TunnelLineVerdict verdict = Dewey::StripeCliTunnel::parseLine(line);
    QCOMPARE(verdict.kind, kind);
    QCOMPARE(verdict.secret, secret);
    QVERIFY(verdict.url.isEmpty()); // the CLI forwards itself: nothing to register
    if (kind == Kind::Failure) {
        QCOMPARE(verdict.retryable, retryable);
        QVERIFY(verdict.message.contains(u"Settings"_s));
    }
}

void TestTunnelParsers::cloudflared_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("url");
    QTest::addRow("the box line")
        << u"2024-06-01T12:00:01Z INF |  https://seasonal-hoodie-twelve-stamps.trycloudflare.com          |"_s
        << Kind::Ready << u"https://seasonal-hoodie-twelve-stamps.trycloudflare.com"_s;
    QTest::addRow("box top") << u"2024-06-01T12:00:01Z INF +------------------------------------+"_s
                             << Kind::Nothing << QString();
    QTest::addRow("requesting")
        << u"2024-06-01T12:00:00Z INF Requesting new quick Tunnel on trycloudflare.com..."_s << Kind::Nothing
        << QString();
    QTest::addRow("the service, not a tunnel") << u"2024-06-01T12:00:00Z ERR failed to request quick Tunnel: "
                                                  u"Post \"https://api.trycloudflare.com/tunnel\": "
                                                  "dial tcp: lookup api.trycloudflare.com: no such host"_s
                                               << Kind::Failure << QString();
    QTest::addRow("rate limited")
        << u"2024-06-01T12:00:00Z ERR failed to request quick Tunnel: 429 Too Many Requests "
           "error code: 1015"_s
        << Kind::Failure << QString();
    QTest::addRow("registered") << u"2024-06-01T12:00:02Z INF Registered tunnel connection connIndex=0 "
                                   "connection=abc event=0 ip=198.41.200.13 location=ams01 protocol=quic"_s
                                << Kind::Nothing << QString();
    QTest::addRow("look-alike domain")
        << u"see https://evil.trycloudflare.com.example.net"_s << Kind::Nothing << QString();
}

void TestTunnelParsers::cloudflared()
{
    QFETCH(QString, line);
    QFETCH(Kind, kind);
    QFETCH(QString, url);
    const TunnelLineVerdict verdict = Dewey::CloudflaredTunnel::parseLine(line);
    QCOMPARE(verdict.kind, kind);
    QCOMPARE(verdict.url, url);
    if (kind == Kind::Failure)
        QVERIFY(verdict.retryable); // Cloudflare hands out quick tunnels again a little later
}

void TestTunnelParsers::ngrokLog_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addRow("web service")
        << u"t=2024-06-01T12:00:00+0000 lvl=info msg=\"starting web service\" obj=web "
           "addr=127.0.0.1:4041 allow_hosts=[]"_s
        << Kind::Progress << u"127.0.0.1:4041"_s;
    QTest::addRow("started tunnel")
        << u"t=2024-06-01T12:00:01+0000 lvl=info msg=\"started tunnel\" obj=tunnels "
           "name=command_line addr=http://localhost:7472 url=https://abc.ngrok-free.app"_s
        << Kind::Nothing << QString();
    QTest::addRow("no authtoken")
        << u"t=2024-06-01T12:00:00+0000 lvl=eror msg=\"session closing\" "
           "obj=tunnels.session err=\"authentication failed: Usage of ngrok requires a "
           "verified account and authtoken.\\r\\n\\r\\nERR_NGROK_4018\\r\\n\""_s
        << Kind::Failure << QString();
    QTest::addRow("bad authtoken")
        << u"ERROR:  authentication failed: The authtoken you specified is properly "
           "formed, but it is invalid. ERR_NGROK_107"_s
        << Kind::Failure << QString();
    QTest::addRow("second agent")
        << u"ERROR:  Your account is limited to 1 simultaneous ngrok agent sessions. "
           "ERR_NGROK_108"_s
        << Kind::Failure << QString();
}

void TestTunnelParsers::ngrokLog()
{
    QFETCH(QString, line);
    QFETCH(Kind, kind);
    QFETCH(QString, value);
    const TunnelLineVerdict verdict = Dewey::NgrokTunnel::parseLine(line);
    QCOMPARE(verdict.kind, kind);
    QCOMPARE(verdict.value, value);
    if (kind == Kind::Failure) {
        QVERIFY(!verdict.retryable);
        QVERIFY(!verdict.message.isEmpty());
    }
}

void TestTunnelParsers::ngrokAgentApi_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("url");
    QTest::addRow("endpoints") << QByteArray(R"({"endpoints":[{"id":"ep_1","name":"command_line",
        "url":"https://abc.ngrok-free.app","upstream":{"url":"http://localhost:7472","protocol":"http1"}}],
        "uri":"/api/endpoints"})")
                               << u"https://abc.ngrok-free.app"_s;
    QTest::addRow("endpoints, other port first") << QByteArray(R"({"endpoints":[
        {"url":"https://other.ngrok-free.app","upstream":{"url":"http://localhost:3000"}},
        {"url":"https://ours.ngrok-free.app","upstream":{"url":"http://localhost:7472"}}]})")
                                                 << u"https://ours.ngrok-free.app"_s;
    QTest::addRow("endpoints, none yet")
        << QByteArray(R"({"endpoints":[],"uri":"/api/endpoints"})") << QString();
    QTest::addRow("tunnels") << QByteArray(R"({"tunnels":[{"name":"command_line","public_url":
        "https://abc.ngrok-free.app","proto":"https","config":{"addr":"http://localhost:7472","inspect":true}}]})")
                             << u"https://abc.ngrok-free.app"_s;
    QTest::addRow("tunnels, http and https") << QByteArray(R"({"tunnels":[
        {"public_url":"http://abc.ngrok.io","proto":"http","config":{"addr":"localhost:7472"}},
        {"public_url":"https://abc.ngrok.io","proto":"https","config":{"addr":"localhost:7472"}}]})")
                                             << u"https://abc.ngrok.io"_s;
    QTest::addRow("tunnels, only another port") << QByteArray(R"({"tunnels":[{"public_url":
        "https://abc.ngrok.io","proto":"https","config":{"addr":"http://localhost:8080"}}]})")
                                                << QString();
}

void TestTunnelParsers::ngrokAgentApi()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, url);
    const QJsonDocument document = QJsonDocument::fromJson(answer);
    QVERIFY(document.isObject());
    QCOMPARE(Dewey::NgrokTunnel::publicUrlFrom(document.object(), 7472), url);
}

void TestTunnelParsers::customCommand_data()
{
    QTest::addColumn<QString>("commandTemplate");
    QTest::addColumn<QStringList>("parts");
    QTest::addRow("localtunnel") << u"lt --port {port}"_s << QStringList{u"lt"_s, u"--port"_s, u"7472"_s};
    QTest::addRow("port inside an argument")
        << u"bore local {port} --to bore.pub"_s
        << QStringList{u"bore"_s, u"local"_s, u"7472"_s, u"--to"_s, u"bore.pub"_s};
    QTest::addRow("quoted path") << u"\"/opt/my tunnel/run\" --target=http://127.0.0.1:{port}"_s
                                 << QStringList{u"/opt/my tunnel/run"_s, u"--target=http://127.0.0.1:7472"_s};
    QTest::addRow("empty") << u"   "_s << QStringList{};
}

void TestTunnelParsers::customCommand()
{
    QFETCH(QString, commandTemplate);
    QFETCH(QStringList, parts);
    QString error;
    QCOMPARE(Dewey::CustomCommandTunnel::splitCommand(commandTemplate, 7472, &error), parts);
    QCOMPARE(error.isEmpty(), !parts.isEmpty());
}

void TestTunnelParsers::customUrl_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("url");
    const QString defaultPattern = Dewey::Settings::defaultTunnelUrlPattern();
    QTest::addRow("default pattern") << defaultPattern << u"your url is: https://tidy-cats-jump.loca.lt"_s
                                     << u"https://tidy-cats-jump.loca.lt"_s;
    QTest::addRow("default pattern, trailing dot")
        << defaultPattern << u"Listening at https://x.example.com."_s << u"https://x.example.com"_s;
    QTest::addRow("capture group") << u"listening at (https://\\S+) for"_s
                                   << u"bore: listening at https://bore.pub:41234 for you"_s
                                   << u"https://bore.pub:41234"_s;
    QTest::addRow("not a web address") << u"at (\\S+)"_s << u"at localhost"_s << QString();
    QTest::addRow("no match") << defaultPattern << u"connecting..."_s << QString();
}

void TestTunnelParsers::customUrl()
{
    QFETCH(QString, pattern);
    QFETCH(QString, line);
    QFETCH(QString, url);
    const QRegularExpression expression(pattern);
    QVERIFY(expression.isValid());
    QCOMPARE(Dewey::CustomCommandTunnel::findUrl(expression, line), url);
}

void TestTunnelParsers::webhookUrl_data()
{
    QTest::addColumn<QString>("publicUrl");
    QTest::addColumn<QString>("webhookUrl");
    QTest::addRow("quick tunnel") << u"https://a.trycloudflare.com"_s
                                  << u"https://a.trycloudflare.com/webhooks/stripe"_s;
    QTest::addRow("trailing slash") << u"https://a.example.com/"_s
                                    << u"https://a.example.com/webhooks/stripe"_s;
    QTest::addRow("already the webhook path")
        << u"https://a.example.com/webhooks/stripe"_s << u"https://a.example.com/webhooks/stripe"_s;
    QTest::addRow("behind a prefix") << u"https://home.example.com/dewey"_s
                                     << u"https://home.example.com/dewey/webhooks/stripe"_s;
    QTest::addRow("none") << QString() << QString();
}

void TestTunnelParsers::webhookUrl()
{
    QFETCH(QString, publicUrl);
    QFETCH(QString, webhookUrl);
    QCOMPARE(Dewey::TunnelSupervisor::webhookUrlFor(publicUrl), webhookUrl);
}

void TestTunnelParsers::logMasksSecretsAndKeepsTheNewestLines()
{
    DeweyTest::ManualClock clock;
    Dewey::TunnelLog log(clock, 3);
    QSignalSpy added(&log, &Dewey::TunnelLog::lineAdded);
    log.addOutput(u"> Ready! Your webhook signing secret is whsec_abc123def456 (^C to quit)"_s);
    log.addOutput(u"\x1b[32mINF\x1b[0m using key sk_live_51Habcdefghijkl\r"_s);
    log.addNote(u"Starting ngrok with authtoken 2abcDEF_ghi"_s);
    log.addOutput(u"   "_s); // blank lines are not kept
    log.addOutput(u"fourth"_s);
    QCOMPARE(added.size(), 4);
    QCOMPARE(log.lines().size(), 3);
    QCOMPARE(log.lines().at(0).text, u"INF using key sk_live_••••"_s);
    QCOMPARE(log.lines().at(1).text, u"Starting ngrok with authtoken ••••"_s);
    QVERIFY(log.lines().at(1).fromDewey);
    QCOMPARE(log.lines().at(2).text, u"fourth"_s);
    QVERIFY(!log.text().contains(u"whsec_abc"_s));
    QVERIFY(added.constFirst().at(0).value<Dewey::TunnelLog::Line>().text.contains(u"whsec_••••"_s));
}

QTEST_GUILESS_MAIN(TestTunnelParsers)
#include "tst_tunnel_parsers.moc"
