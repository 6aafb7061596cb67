#include "stripe/tunnel/NgrokTunnel.h"

#include "settings/Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace Dewey {

namespace {

// "http://localhost:7472", "localhost:7472", "7472", "http://127.0.0.1:7472" all name our port.
bool forwardsTo(const QString& address, quint16 port)
{
    static const QRegularExpression portAtEnd(QStringLiteral("(?:^|:)(\\d+)/?$"));
    const QRegularExpressionMatch match = portAtEnd.match(address.trimmed());
    return match.hasMatch() && match.captured(1).toUInt() == port;
}

QString pickUrl(const QJsonArray& items, quint16 port, const QString& urlKey, const QString& addressPath)
{
    QString fallback;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        QString url = item.value(urlKey).toString();
        if (url.isEmpty())
            url = item.value(QLatin1String("public_url")).toString();
        if (!url.startsWith(QLatin1String("https://")))
            continue;
        // The address the endpoint forwards to sits at a different place in each API.
        QJsonValue address = item;
        for (const QString& key : addressPath.split(QLatin1Char('.')))
            address = address.toObject().value(key);
        if (forwardsTo(address.toString(), port))
            return url;
        if (fallback.isEmpty() && address.toString().isEmpty())
            fallback = url;
    }
    return fallback;
}

} // namespace

NgrokTunnel::NgrokTunnel(const TunnelProcessLauncher& launcher, const Settings& settings,
                         QNetworkAccessManager& network, QObject* parent)
    : ProcessTunnel(launcher, parent)
    , m_settings(settings)
    , m_network(network)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &NgrokTunnel::poll);
}

std::optional<ProcessTunnel::Command> NgrokTunnel::command(quint16 webhookPort, QString*)
{
    m_apiBase = defaultApiBase();
    m_useTunnelsApi = false;
    Command cmd;
    cmd.program = QStringLiteral("ngrok");
    cmd.configuredPath = m_settings.tunnelProgramPath(Settings::TunnelKind::Ngrok);
    // A log on stdout instead of ngrok's full-screen console, which needs a terminal.
    cmd.arguments = {QStringLiteral("http"),   QString::number(webhookPort),   QStringLiteral("--log"),
                     QStringLiteral("stdout"), QStringLiteral("--log-format"), QStringLiteral("logfmt")};
    return cmd;
}

TunnelLineVerdict NgrokTunnel::parseLine(const QString& line)
{
    static const QRegularExpression webAddress(
        QStringLiteral("msg=\"starting web service\".*\\baddr=(\\S+)"));
    if (const QRegularExpressionMatch match = webAddress.match(line); match.hasMatch()) {
        TunnelLineVerdict verdict;
        verdict.kind = TunnelLineVerdict::Kind::Progress;
        verdict.value = match.captured(1);
        return verdict;
    }
    if (line.contains(QLatin1String("ERR_NGROK_4018")) || line.contains(QLatin1String("ERR_NGROK_105")) ||
        line.contains(QLatin1String("ERR_NGROK_107")) ||
        line.contains(QLatin1String("authentication failed"), Qt::CaseInsensitive)) {
        return TunnelLineVerdict::failure(
            tr("ngrok needs your account's authtoken. Sign up at ngrok.com, then run \"ngrok config "
               "add-authtoken <your token>\" once in a terminal."),
            false);
    }
    if (line.contains(QLatin1String("ERR_NGROK_108"))) {
        return TunnelLineVerdict::failure(
            tr("ngrok is already running somewhere else with your account, and free accounts allow only one. "
               "Close the other ngrok, then restart the tunnel."),
            false);
    }
    return TunnelLineVerdict::nothing();
}

TunnelLineVerdict NgrokTunnel::readLine(const QString& line)
{
    TunnelLineVerdict verdict = parseLine(line);
    if (verdict.kind == TunnelLineVerdict::Kind::Progress) {
        const QString address = verdict.value;
        const QUrl url(address.contains(QLatin1String("://")) ? address
                                                              : QStringLiteral("http://") + address);
        if (url.isValid() && !url.host().isEmpty())
            m_apiBase = url;
    }
    return verdict;
}

void NgrokTunnel::processStarted()
{
    m_pollTimer.start(m_pollIntervalMs);
}

void NgrokTunnel::processEnded()
{
    m_pollTimer.stop();
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->abort();
        m_pending->deleteLater();
    }
}

void NgrokTunnel::poll()
{
    if (isReady() || !isActive() || m_pending)
        return;
    QUrl url = m_apiBase;
    url.setPath(m_useTunnelsApi ? QStringLiteral("/api/tunnels") : QStringLiteral("/api/endpoints"));
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(2000);
    QNetworkReply* reply = m_network.get(request);
    m_pending = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPollFinished(reply); });
}

void NgrokTunnel::onPollFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404 && !m_useTunnelsApi) {
        // An agent from before /api/endpoints: ask the older API at once.
        m_useTunnelsApi = true;
        poll();
        return;
    }
    if (status == 200) {
        const QString url = publicUrlFrom(QJsonDocument::fromJson(reply->readAll()).object(), webhookPort());
        if (!url.isEmpty()) {
            emit note(tr("ngrok's agent API at %1 lists %2").arg(m_apiBase.toString(), url));
            markReady(url);
            return;
        }
    }
    // Not up yet (connection refused, no endpoint listed yet): the startup timeout bounds the waiting.
    if (isActive() && !isReady())
        m_pollTimer.start(m_pollIntervalMs);
}

QString NgrokTunnel::publicUrlFrom(const QJsonObject& answer, quint16 port)
{
    if (answer.contains(QLatin1String("endpoints"))) {
        return pickUrl(answer.value(QLatin1String("endpoints")).toArray(), port, QStringLiteral("url"),
                       QStringLiteral("upstream.url"));
    }
    return pickUrl(answer.value(QLatin1String("tunnels")).toArray(), port, QStringLiteral("public_url"),
                   QStringLiteral("config.addr"));
}

} // namespace Dewey
