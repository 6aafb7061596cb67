#pragma once

#include "assistant/RetryPolicy.h"
#include "stripe/LineItemsSource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dewey {

class SecretStore;

// A webhook endpoint as the Stripe API describes it. `secret` is only ever sent when the endpoint is
// created.
struct StripeWebhookEndpoint
{
    QString id; // we_…
    QString url;
    QStringList enabledEvents;
    QMap<QString, QString> metadata;
    QString status; // "enabled" or "disabled"
    QString description;
    QString apiVersion;
    QString secret; // whsec_…, on creation only
    bool livemode = false;
    QDateTime created;

    static StripeWebhookEndpoint fromJson(const QJsonObject& object);
};

// What Dewey asks of a webhook endpoint when it creates or updates one.
struct StripeWebhookEndpointParams
{
    QString url;
    QStringList enabledEvents;
    QMap<QString, QString> metadata;
    QString description;
    QString apiVersion; // creation only: Stripe cannot change it later
};

// The Stripe REST API over one shared QNetworkAccessManager: the secret key (SecretStore) is read for
// every request, so a key pasted in Settings is used at once, and it never reaches the log. Requests
// time out, and network failures, 409, 429 and 5xx are retried with backoff (POSTs carry an
// Idempotency-Key, so a retried create never creates twice). The base URL comes from
// DEWEY_STRIPE_API_BASE so tests talk to a local server.
//
// Callbacks run from the event loop, at most once, and only while their context object is alive; a
// client destroyed with requests in flight drops them without calling back.
class StripeApiClient : public QObject, public LineItemsSource
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        NoSecretKey,
        Network,        // no connection, or it broke
        Timeout,        // no answer within the timeout
        Unauthorized,   // 401: the key is wrong or revoked
        Forbidden,      // 403: the key may not do this (restricted key)
        NotFound,       // 404
        RateLimited,    // 429, after the retries
        InvalidRequest, // other 4xx: Stripe explained what it did not like
        ServerError,    // 5xx, after the retries
        BadResponse,    // an answer that is not what the Stripe API sends
    };
    Q_ENUM(Error)

    struct Response
    {
        Error error = Error::None;
        int httpStatus = 0;
        QString message; // for the streamer, translated; empty when ok
        QJsonObject json;
        QDateTime serverTime; // the Date header: Stripe's clock, for catch-up windows
        int attempts = 0;

        bool ok() const { return error == Error::None; }
    };
    using ResponseCallback = std::function<void(const Response&)>;

    struct Options
    {
        int timeoutMs = 20000;
        RetryPolicy retry{2, 500, 8000, 60000};
        // Lists (line items, endpoints) are read page by page up to this many pages.
        int maxPages = 50;
    };

    struct EventsQuery
    {
        QStringList types;      // types[]
        QDateTime createdAfter; // created[gt], whole seconds; invalid: no bound
        QString startingAfter;  // evt_… of the last event of the previous page
        int limit = 100;        // 1–100
    };
    struct EventsPage
    {
        Response response;
        QList<QJsonObject> events; // newest first, as Stripe lists them
        bool hasMore = false;
    };
    using EventsCallback = std::function<void(const EventsPage&)>;
    using EndpointCallback = std::function<void(const Response&, const StripeWebhookEndpoint&)>;
    using EndpointListCallback = std::function<void(const Response&, const QList<StripeWebhookEndpoint>&)>;

    // The API version Dewey's event mapper reads; endpoints Dewey creates are pinned to it.
    static QString apiVersion() { return QStringLiteral("2024-06-20"); }
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.stripe.com")); }
    // DEWEY_STRIPE_API_BASE when set and valid, else the default.
    static QUrl baseUrlFrom(const QProcessEnvironment& environment);

    StripeApiClient(QNetworkAccessManager& network, const SecretStore& secrets, QObject* parent = nullptr);
    ~StripeApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }
    const Options& options() const { return m_options; }
    void setOptions(const Options& options) { m_options = options; }

    bool hasSecretKey() const;
    // Which side of the streamer's Stripe account a key opens: sk_/rk_ keys say it in their prefix.
    enum class KeyMode
    {
        None, // no key, or not one Stripe would recognise
        Test,
        Live,
    };
    static KeyMode keyMode(const QString& key);
    // Requests started and not finished yet (retries waiting included).
    int pendingRequests() const { return static_cast<int>(m_calls.size()); }

    // LineItemsSource: GET /v1/checkout/sessions/{id}/line_items, every page.
    bool canFetch() const override { return hasSecretKey(); }
    void fetchCheckoutLineItems(const QString& sessionId, Callback callback) override;

    // GET /v1/events: one page.
    void listEvents(const EventsQuery& query, QObject* context, EventsCallback callback);

    // /v1/webhook_endpoints.
    void listWebhookEndpoints(QObject* context, EndpointListCallback callback);
    void createWebhookEndpoint(const StripeWebhookEndpointParams& params, QObject* context,
                               EndpointCallback callback);
    // Changes url, enabled events and metadata (and enables it again); the secret stays the same.
    void updateWebhookEndpoint(const QString& id, const StripeWebhookEndpointParams& params, QObject* context,
                               EndpointCallback callback);
    void deleteWebhookEndpoint(const QString& id, QObject* context, ResponseCallback callback);

    // One request to any API path ("/v1/…"). GET and DELETE send params in the query string, POST as a
    // form body, the way Stripe expects (keys such as "enabled_events[0]" or "metadata[k]").
    enum class Method
    {
        Get,
        Post,
        Delete,
    };
    using Params = QList<QPair<QString, QString>>;
    void send(Method method, const QString& path, const Params& params, QObject* context,
              ResponseCallback callback);

    // Every page of a list (`data`, `has_more`), following `starting_after`.
    using ListCallback = std::function<void(const Response&, const QList<QJsonObject>&)>;
    void listAll(const QString& path, const Params& params, QObject* context, ListCallback callback);

    // Stripe's form encoding, percent-encoding everything but unreserved characters.
    static QByteArray encodeForm(const Params& params);

private:
    struct Call
    {
        quint64 id = 0;
        Method method = Method::Get;
        QString path;
        Params params;
        QByteArray idempotencyKey;
        QPointer<QObject> context;
        bool hasContext = false;
        ResponseCallback callback;
        int attempt = 0;
        QPointer<QNetworkReply> reply; // owned by the network manager, which may go first
    };

    void startAttempt(quint64 callId);
    void onFinished(quint64 callId, QNetworkReply* reply);
    void complete(quint64 callId, Response response);
    Response classify(QNetworkReply* reply, const QByteArray& body) const;
    bool retryable(const Response& response, QNetworkReply* reply) const;
    QString scrub(QString text) const;
    void pageFrom(const QString& path, const Params& params, QObject* context, ListCallback callback,
                  QList<QJsonObject> collected, const QString& startingAfter, int page);
    static Params endpointParams(const StripeWebhookEndpointParams& params, bool creating);

    QNetworkAccessManager& m_network;
    const SecretStore& m_secrets;
    QUrl m_baseUrl = defaultBaseUrl();
    Options m_options;
    quint64 m_nextCallId = 1;
    QMap<quint64, Call> m_calls;
};

} // namespace Dewey
