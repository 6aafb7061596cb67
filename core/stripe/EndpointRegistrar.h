#pragma once

#include "stripe/StripeApiClient.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dewey {

class AppStateRepository;
class SecretStore;
class Settings;

// "Connect Stripe": registers the tunnel's public address as a webhook endpoint in the streamer's
// Stripe account (POST /v1/webhook_endpoints with exactly the events Dewey acts on, tagged in its
// metadata as Dewey's and as this installation's), and keeps the returned signing secret in the
// keychain (the one before becomes the previous secret, so deliveries in flight still verify).
//
// Afterwards it follows the tunnel: a quick tunnel's new address updates the same endpoint (Stripe
// keeps its secret), and endpoints this installation made earlier that are no longer in use are
// removed, since Stripe allows only 16 per account. Endpoints made by anyone or anything else are never
// touched.
class EndpointRegistrar : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString message; // for the streamer
        QString endpointId;
        QString url;
        bool created = false;
        bool updated = false;
        int removed = 0; // stale endpoints of this installation deleted
    };

    static QString createdByKey() { return QStringLiteral("created_by"); }
    static QString createdByValue() { return QStringLiteral("dewey"); }
    static QString installKey() { return QStringLiteral("dewey_install"); }
    static QString installIdStateKey() { return QStringLiteral("stripe/installId"); }
    static QString endpointIdStateKey() { return QStringLiteral("stripe/webhookEndpointId"); }
    static QString endpointUrlStateKey() { return QStringLiteral("stripe/webhookEndpointUrl"); }

    EndpointRegistrar(StripeApiClient& api, SecretStore& secrets, AppStateRepository& appState,
                      const Settings& settings, QObject* parent = nullptr);

    // Registers (or updates) Dewey's endpoint for webhookUrl and removes stale ones.
    void connectEndpoint(const QString& webhookUrl);
    // Removes every endpoint this installation made, and forgets the connection.
    void disconnectEndpoints();
    // The tunnel's webhook URL changed: when connected, the endpoint follows (empty: the tunnel is
    // down, nothing to do).
    void followUrl(const QString& webhookUrl);

    bool isConnected() const { return !endpointId().isEmpty(); }
    QString endpointId() const;
    QString registeredUrl() const;
    bool isBusy() const { return m_busy; }
    // Identifies this installation's endpoints among the account's; made on first use.
    QString installId();
    // Exactly the events the intake acts on.
    QStringList enabledEvents() const;
    bool isOurs(const StripeWebhookEndpoint& endpoint);

signals:
    void busyChanged(bool busy);
    void finished(const Dewey::EndpointRegistrar::Result& result);

private:
    enum class Action
    {
        Connect,
        Disconnect,
    };
    struct Job
    {
        Action action = Action::Connect;
        QString url;
    };

    void run(const Job& job);
    void onListed(const StripeApiClient::Response& response, const QList<StripeWebhookEndpoint>& endpoints);
    void removeNextStale();
    void createOrUpdate();
    void onCreated(const StripeApiClient::Response& response, const StripeWebhookEndpoint& endpoint);
    void onUpdated(const StripeApiClient::Response& response, const StripeWebhookEndpoint& endpoint);
    void remember(const StripeWebhookEndpoint& endpoint);
    void forget();
    void complete(Result result);
    StripeWebhookEndpointParams params();

    StripeApiClient& m_api;
    SecretStore& m_secrets;
    AppStateRepository& m_appState;
    const Settings& m_settings;

    bool m_busy = false;
    std::optional<Job> m_queued;
    Job m_job;
    Result m_result;
    std::optional<StripeWebhookEndpoint> m_keep; // the endpoint to update, when there is one
    QStringList m_stale;
    int m_endpointCount = 0;
};

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::EndpointRegistrar::Result)
