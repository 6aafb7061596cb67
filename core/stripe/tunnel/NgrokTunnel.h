#pragma once

#include "stripe/tunnel/ProcessTunnel.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dewey {

class Settings;

// `ngrok http {port}`: ngrok needs a (free) account whose authtoken the streamer adds once with
// `ngrok config add-authtoken …`. The public URL comes from ngrok's local agent API
// (http://127.0.0.1:4040/api/endpoints, or /api/tunnels on agents before endpoints existed); the
// API's address is read from ngrok's own log when it names one (web_addr may be changed).
class NgrokTunnel : public ProcessTunnel
{
    Q_OBJECT

public:
    NgrokTunnel(const TunnelProcessLauncher& launcher, const Settings& settings,
                QNetworkAccessManager& network, QObject* parent = nullptr);

    QString displayName() const override { return QStringLiteral("ngrok"); }

    static QUrl defaultApiBase() { return QUrl(QStringLiteral("http://127.0.0.1:4040")); }
    void setPollIntervalMs(int ms) { m_pollIntervalMs = ms; }

    // A line of ngrok's logfmt log: the API address (Progress, in value) or a failure.
    static TunnelLineVerdict parseLine(const QString& line);
    // The https URL of the endpoint that forwards to `port` in an /api/endpoints or /api/tunnels
    // answer; empty when none is there yet.
    static QString publicUrlFrom(const QJsonObject& answer, quint16 port);

protected:
    std::optional<Command> command(quint16 webhookPort, QString* error) override;
    TunnelLineVerdict readLine(const QString& line) override;
    void processStarted() override;
    void processEnded() override;

private:
    void poll();
    void onPollFinished(QNetworkReply* reply);

    const Settings& m_settings;
    QNetworkAccessManager& m_network;
    QUrl m_apiBase = defaultApiBase();
    bool m_useTunnelsApi = false; // the agent has no /api/endpoints
    int m_pollIntervalMs = 500;
    QTimer m_pollTimer;
    QPointer<QNetworkReply> m_pending;
};

} // namespace Dewey
