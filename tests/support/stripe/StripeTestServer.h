#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace DeweyTest {

// A request the server received, decoded the way Stripe decodes it.
struct StripeRecordedRequest
{
    using Params = QList<QPair<QString, QString>>;

    QByteArray method;
    QString path;                          // "/v1/events"
    Params query;                          // decoded query string
    Params form;                           // decoded form body (POST)
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    // The value of `key` in the query or the form (the last one when repeated); empty when absent.
    QString param(const QString& key) const;
    bool hasParam(const QString& key) const;
    // The values of an array parameter, written "key[]" or "key[0]", "key[1]", … (in order).
    QStringList arrayParam(const QString& key) const;
    // The entries of a hash parameter written "key[name]".
    QMap<QString, QString> hashParam(const QString& key) const;
};

// A local server on 127.0.0.1 that plays the parts of the Stripe API Dewey uses, the way
// api.stripe.com answers them, so tests never reach the internet:
//   GET    /v1/checkout/sessions/{id}/line_items   (limit, starting_after)
//   GET    /v1/events                              (types[], created[gt|gte|lt|lte], starting_after,
//                                                   limit, has_more; newest first)
//   POST   /v1/webhook_endpoints                   (url, enabled_events[], metadata[…], description,
//                                                   api_version; the secret only in this answer;
//                                                   at most 16 endpoints)
//   GET    /v1/webhook_endpoints[/{id}]            (limit, starting_after)
//   POST   /v1/webhook_endpoints/{id}              (url, enabled_events[], metadata[…], disabled)
//   DELETE /v1/webhook_endpoints/{id}
// Every request needs "Authorization: Bearer <secret key>" (401 otherwise). POSTs with an
// Idempotency-Key that was seen before get the first answer again. Failures are scripted per path.
class StripeTestServer : public QObject
{
    Q_OBJECT

public:
    enum class FailureKind
    {
        Status,              // answer with a status and body (default: 500 api_error)
        Drop,                // close the connection without answering, before doing anything
        DropAfterProcessing, // do the work, then close without answering (a lost answer)
        Stall,               // never answer (the client's timeout must end it)
    };

    struct Failure
    {
        FailureKind kind = FailureKind::Status;
        int status = 500;
        QByteArray body;            // empty: a Stripe-shaped error for the status
        QByteArray shouldRetry;     // Stripe-Should-Retry header, when set
        int retryAfterSeconds = -1; // Retry-After header, when >= 0
    };

    static constexpr int MaxWebhookEndpoints = 16;

    explicit StripeTestServer(QObject* parent = nullptr);
    ~StripeTestServer() override;

    bool listen(QString* error = nullptr);
    quint16 port() const;
    // "http://127.0.0.1:<port>", what DEWEY_STRIPE_API_BASE holds.
    QUrl baseUrl() const;

    QString secretKey() const { return m_secretKey; }
    void setSecretKey(const QString& key) { m_secretKey = key; }
    // Stripe's clock: the Date header, and the `created` of new endpoints. Default: the real time.
    void setNow(const QDateTime& now) { m_now = now; }
    QDateTime now() const;

    // Events, listed newest first (by created, then by the order they were added).
    void addEvent(const QJsonObject& event);
    int eventCount() const { return static_cast<int>(m_events.size()); }
    // Checkout Session line items, each an object like Stripe's ("id", "description", "quantity", …).
    void setLineItems(const QString& sessionId, const QList<QJsonObject>& items);

    QList<QJsonObject> webhookEndpoints() const { return m_endpoints; }
    // An endpoint made elsewhere (the dashboard, another program); returns it with its id.
    QJsonObject addWebhookEndpoint(const QString& url, const QMap<QString, QString>& metadata = {},
                                   const QStringList& enabledEvents = {QStringLiteral("*")});

    // The next `count` requests whose method matches and whose path starts with pathPrefix fail.
    void failNext(const QByteArray& method, const QString& pathPrefix, const Failure& failure, int count = 1);

    QList<StripeRecordedRequest> requests() const { return m_requests; }
    QList<StripeRecordedRequest> requests(const QByteArray& method, const QString& pathPrefix) const;
    void clearRequests() { m_requests.clear(); }

signals:
    void requestReceived(const DeweyTest::StripeRecordedRequest& request);
    // A connection was closed without an answer on purpose (Drop, DropAfterProcessing).
    void connectionDropped();

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct ScriptedFailure
    {
        QByteArray method;
        QString pathPrefix;
        Failure failure;
        int remaining = 0;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const StripeRecordedRequest& request);
    Reply route(const StripeRecordedRequest& request);
    Reply listEvents(const StripeRecordedRequest& request);
    Reply listLineItems(const StripeRecordedRequest& request, const QString& sessionId);
    Reply createEndpoint(const StripeRecordedRequest& request);
    Reply updateEndpoint(const StripeRecordedRequest& request, const QString& id);
    Reply listObjects(const StripeRecordedRequest& request, const QList<QJsonObject>& objects,
                      const QString& url);
    void write(QTcpSocket* socket, const Reply& reply);
    qsizetype endpointIndex(const QString& id) const;

    QTcpServer m_server;
    QString m_secretKey = QStringLiteral("sk_test_dewey_local_server_key");
    QDateTime m_now;
    QList<QJsonObject> m_events;
    QHash<QString, QList<QJsonObject>> m_lineItems;
    QList<QJsonObject> m_endpoints;
    int m_nextEndpoint = 1;
    QHash<QByteArray, Reply> m_idempotentReplies;
    QList<ScriptedFailure> m_failures;
    QList<StripeRecordedRequest> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

// Shapes of Stripe objects for tests.
QJsonObject stripeEvent(const QString& id, const QString& type, qint64 created, const QJsonObject& object);
QJsonObject stripeLineItem(const QString& id, const QString& description, qint64 quantity);

} // namespace DeweyTest

Q_DECLARE_METATYPE(DeweyTest::StripeRecordedRequest)
