// A stand-in for the tunnel programs Dewey runs (the Stripe CLI, cloudflared, ngrok, and a "custom"
// tunnel), built once per tool with DEWEY_STANDIN_TOOL set. It prints what the real tool prints, on the
// same stream, and behaves as the scenario in DEWEY_STANDIN_SCENARIO asks:
//   ready (default)   print the ready lines, then run until terminated
//   crash             print the ready lines, then exit 1
//   crash-until:N     crash on the first N starts, then ready
//   exit-early        print an error line and exit 3 before ever being ready
//   silent            print nothing and run until terminated
//   garbage           print lines that mean nothing, then run until terminated
//   auth              the tool's "not logged in" lines (the Stripe CLI then waits for a browser login,
//                     as the real one does; ngrok exits 1)
//   invalid-key       the Stripe CLI's "Authorization failed" for a refused key, then exit 1
//   rate-limited      cloudflared cannot get a quick tunnel, then exit 1
//   tunnels-only      ngrok: /api/endpoints answers 404, /api/tunnels lists the tunnel
//   ignore-term       like ready, but SIGTERM is ignored (only kill ends it)
// With DEWEY_STANDIN_STATE_DIR set, each start writes start-<n>.json there (arguments, pid, whether
// STRIPE_API_KEY was set); n counts the starts.
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <memory>

namespace {

const QString kTool = QStringLiteral(DEWEY_STANDIN_TOOL);

void printLine(FILE* stream, const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

int countStart(const QString& stateDir, const QStringList& arguments)
{
    if (stateDir.isEmpty())
        return 1;
    QDir().mkpath(stateDir);
    QFile counter(stateDir + QStringLiteral("/starts"));
    int starts = 0;
    if (counter.open(QIODevice::ReadOnly))
        starts = counter.readAll().trimmed().toInt();
    counter.close();
    ++starts;
    if (counter.open(QIODevice::WriteOnly | QIODevice::Truncate))
        counter.write(QByteArray::number(starts));
    counter.close();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QJsonObject record{
        {QStringLiteral("tool"), kTool},
        {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("stripeApiKey"), environment.value(QStringLiteral("STRIPE_API_KEY"))},
    };
    QFile file(stateDir + QStringLiteral("/start-%1.json").arg(starts));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(record).toJson());
    return starts;
}

// ngrok's local agent API, on a free port it names in its log (as web_addr would).
class AgentApi : public QObject
{
public:
    AgentApi(QString publicUrl, QString upstream, bool tunnelsOnly)
        : m_publicUrl(std::move(publicUrl))
        , m_upstream(std::move(upstream))
        , m_tunnelsOnly(tunnelsOnly)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    void answer(QTcpSocket* socket)
    {
        m_request += socket->readAll();
        if (!m_request.contains("\r\n\r\n"))
            return;
        const QByteArray path = m_request.split(' ').value(1);
        m_request.clear();
        int status = 200;
        QJsonObject body;
        if (path == "/api/endpoints" && !m_tunnelsOnly) {
            body = QJsonObject{{QStringLiteral("endpoints"),
                                QJsonArray{QJsonObject{
                                    {QStringLiteral("id"), QStringLiteral("ep_standin")},
                                    {QStringLiteral("name"), QStringLiteral("command_line")},
                                    {QStringLiteral("url"), m_publicUrl},
                                    {QStringLiteral("upstream"),
                                     QJsonObject{{QStringLiteral("url"), m_upstream},
                                                 {QStringLiteral("protocol"), QStringLiteral("http1")}}}}}},
                               {QStringLiteral("uri"), QStringLiteral("/api/endpoints")}};
        } else if (path == "/api/tunnels") {
            body =
                QJsonObject{{QStringLiteral("tunnels"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("command_line")},
                                                    {QStringLiteral("public_url"), m_publicUrl},
                                                    {QStringLiteral("proto"), QStringLiteral("https")},
                                                    {QStringLiteral("config"),
                                                     QJsonObject{{QStringLiteral("addr"), m_upstream},
                                                                 {QStringLiteral("inspect"), true}}}}}},
                            {QStringLiteral("uri"), QStringLiteral("/api/tunnels")}};
        } else {
            status = 404;
            body = QJsonObject{{QStringLiteral("status_code"), 404},
                               {QStringLiteral("msg"), QStringLiteral("not found")}};
        }
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found") +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QString m_publicUrl;
    QString m_upstream;
    bool m_tunnelsOnly;
    QByteArray m_request;
};

int usage(const QString& message)
{
    printLine(stderr, message);
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString scenario = environment.value(QStringLiteral("DEWEY_STANDIN_SCENARIO"), QStringLiteral("ready"));
    const int start = countStart(environment.value(QStringLiteral("DEWEY_STANDIN_STATE_DIR")), arguments);
    if (scenario.startsWith(QLatin1String("crash-until:")))
        scenario = start <= scenario.mid(12).toInt() ? QStringLiteral("crash") : QStringLiteral("ready");
#ifdef SIGTERM
    if (scenario == QLatin1String("ignore-term")) {
        std::signal(SIGTERM, SIG_IGN);
        scenario = QStringLiteral("ready");
    }
#endif
    const bool crash = scenario == QLatin1String("crash");
    if (crash)
        scenario = QStringLiteral("ready");

    if (scenario == QLatin1String("silent"))
        return app.exec();
    if (scenario == QLatin1String("garbage")) {
        printLine(stdout, QStringLiteral("Lorem ipsum dolor sit amet"));
        printLine(stderr, QStringLiteral("%%%% 0xDEADBEEF ready? not quite"));
        return app.exec();
    }
    if (scenario == QLatin1String("exit-early")) {
        printLine(stderr, QStringLiteral("Error: something went wrong before the tunnel was up"));
        return 3;
    }

    std::unique_ptr<AgentApi> api;
    if (kTool == QLatin1String("stripe")) {
        if (arguments.value(0) != QLatin1String("listen") ||
            !arguments.contains(QLatin1String("--forward-to")))
            return usage(QStringLiteral("Unknown command \"%1\" for \"stripe\".").arg(arguments.value(0)));
        if (scenario == QLatin1String("auth")) {
            printLine(stderr, QString());
            printLine(stderr,
                      QStringLiteral("You have not configured API keys yet. Running `stripe login`..."));
            printLine(stdout, QStringLiteral("Your pairing code is: lucid-great-hooray-talent"));
            printLine(stdout, QStringLiteral("This pairing code verifies your authentication with Stripe."));
            printLine(stdout, QStringLiteral("Press Enter to open the browser or visit "
                                             "https://dashboard.stripe.com/stripecli/confirm_auth?t=xyz"));
            return app.exec(); // waits for a login that never comes, as the real one does
        }
        if (scenario == QLatin1String("invalid-key")) {
            printLine(
                stderr,
                QStringLiteral("Authorization failed, status=401, body={\n  \"error\": {\n    \"message\": "
                               "\"Invalid API Key provided: sk_test_****abcd\",\n    \"type\": "
                               "\"invalid_request_error\"\n  }\n}"));
            return 1;
        }
        printLine(stdout,
                  QStringLiteral("A newer version of the Stripe CLI is available, please update to: v9.9.9"));
        printLine(stderr, QStringLiteral(
                              "> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing "
                              "secret is %1 (^C to quit)")
                              .arg(environment.value(QStringLiteral("DEWEY_STANDIN_SECRET"),
                                                     QStringLiteral("whsec_standinsecret0001"))));
    } else if (kTool == QLatin1String("cloudflared")) {
        if (arguments.value(0) != QLatin1String("tunnel") || !arguments.contains(QLatin1String("--url")))
            return usage(QStringLiteral("Incorrect Usage: flag provided but not defined"));
        const QString url = QStringLiteral("https://standin-%1-quick-words.trycloudflare.com").arg(start);
        printLine(stderr, timestamp() + QStringLiteral(" INF Thank you for trying Cloudflare Tunnel."));
        printLine(stderr,
                  timestamp() + QStringLiteral(" INF Requesting new quick Tunnel on trycloudflare.com..."));
        if (scenario == QLatin1String("rate-limited")) {
            printLine(stderr,
                      timestamp() + QStringLiteral(" ERR failed to request quick Tunnel: 429 Too Many "
                                                   "Requests error code: 1015"));
            return 1;
        }
        printLine(stderr,
                  timestamp() + QStringLiteral(" INF +--------------------------------------------------"
                                               "------------------------------------------+"));
        printLine(stderr,
                  timestamp() + QStringLiteral(" INF |  Your quick Tunnel has been created! Visit it at "
                                               "(it may take some time to be reachable):  |"));
        printLine(stderr,
                  timestamp() + QStringLiteral(" INF |  %1                                  |").arg(url));
        printLine(stderr,
                  timestamp() + QStringLiteral(" INF +--------------------------------------------------"
                                               "------------------------------------------+"));
        printLine(stderr, timestamp() + QStringLiteral(" INF Registered tunnel connection connIndex=0 "
                                                       "connection=standin event=0 ip=198.41.200.13 "
                                                       "location=ams01 protocol=quic"));
    } else if (kTool == QLatin1String("ngrok")) {
        if (arguments.value(0) != QLatin1String("http") || arguments.value(1).toInt() <= 0)
            return usage(
                QStringLiteral("ERROR:  unknown command \"%1\" for \"ngrok\"").arg(arguments.value(0)));
        printLine(stdout,
                  QStringLiteral("t=%1 lvl=info msg=\"no configuration paths supplied\"").arg(timestamp()));
        if (scenario == QLatin1String("auth")) {
            printLine(stdout,
                      QStringLiteral("t=%1 lvl=eror msg=\"session closing\" obj=tunnels.session "
                                     "err=\"authentication failed: Usage of ngrok requires a verified "
                                     "account and authtoken.\\n\\nSign up for an account: "
                                     "https://dashboard.ngrok.com/signup\\nInstall your authtoken: "
                                     "https://dashboard.ngrok.com/get-started/your-authtoken\\r\\n\\r\\n"
                                     "ERR_NGROK_4018\\r\\n\"")
                          .arg(timestamp()));
            return 1;
        }
        const QString url = QStringLiteral("https://standin-%1.ngrok-free.app").arg(start);
        api = std::make_unique<AgentApi>(url, QStringLiteral("http://localhost:%1").arg(arguments.value(1)),
                                         scenario == QLatin1String("tunnels-only"));
        if (!api->listen())
            return usage(QStringLiteral("cannot listen"));
        printLine(stdout,
                  QStringLiteral("t=%1 lvl=info msg=\"starting web service\" obj=web addr=127.0.0.1:%2 "
                                 "allow_hosts=[]")
                      .arg(timestamp())
                      .arg(api->port()));
        printLine(stdout,
                  QStringLiteral("t=%1 lvl=info msg=\"client session established\" obj=tunnels.session")
                      .arg(timestamp()));
        printLine(stdout, QStringLiteral("t=%1 lvl=info msg=\"started tunnel\" obj=tunnels name=command_line "
                                         "addr=http://localhost:%2 url=%3")
                              .arg(timestamp(), arguments.value(1), url));
    } else {
        // A localtunnel-like custom tunnel: `custom-tunnel --port {port}`.
        if (arguments.value(0) != QLatin1String("--port") || arguments.value(1).toInt() <= 0)
            return usage(QStringLiteral("usage: custom-tunnel --port <port>"));
        printLine(stdout, QStringLiteral("your url is: https://standin-%1.loca.lt").arg(start));
    }

    if (crash) {
        // Let a reader see the ready lines before the end, as with a real crash after start.
        QTimer::singleShot(50, &app, [] { QCoreApplication::exit(1); });
    }
    return app.exec();
}
