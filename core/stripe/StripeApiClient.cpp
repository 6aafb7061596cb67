#include "stripe/StripeApiClient.h"

#include "log/LogCategories.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

namespace Dewey {

namespace {

QString methodName(StripeApiClient::Method method)
{
    switch (method) {
    case StripeApiClient::Method::Get:
        return QStringLiteral("GET");
    case StripeApiClient::Method::Post:
        return QStringLiteral("POST");
    case StripeApiClient::Method::Delete:
        return QStringLiteral("DELETE");
    }
    return {};
}

// The Date header ("Tue, 15 Nov 2024 08:12:31 GMT"); invalid when absent or unreadable.
QDateTime httpDate(const QByteArray& header)
{
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(header.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    date.setTimeZone(QTimeZone::utc());
    return date;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list << item.toString();
    return list;
}

} // namespace

StripeWebhookEndpoint StripeWebhookEndpoint::fromJson(const QJsonObject& object)
{
    StripeWebhookEndpoint endpoint;
    endpoint.id = object.value(QLatin1String("id")).toString();
    endpoint.url = object.value(QLatin1String("url")).toString();
    endpoint.enabledEvents = stringList(object.value(QLatin1String("enabled_events")));
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        endpoint.metadata.insert(it.key(), it.value().toString());
    endpoint.status = object.value(QLatin1String("status")).toString();
    endpoint.description = object.value(QLatin1String("description")).toString();
    endpoint.apiVersion = object.value(QLatin1String("api_version")).toString();
    endpoint.secret = object.value(QLatin1String("secret")).toString();
    endpoint.livemode = object.value(QLatin1String("livemode")).toBool();
    const qint64 created = object.value(QLatin1String("created")).toInteger();
    if (created > 0)
        endpoint.created = QDateTime::fromSecsSinceEpoch(created, QTimeZone::utc());
    return endpoint;
}

QUrl StripeApiClient::baseUrlFrom(const QProcessEnvironment& environment)
{
    const QString text = environment.value(QStringLiteral("DEWEY_STRIPE_API_BASE")).trimmed();
    if (text.isEmpty())
        return defaultBaseUrl();
    const QUrl url(text);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        qCWarning(lcStripe) << "DEWEY_STRIPE_API_BASE is not an http(s) URL; using" << defaultBaseUrl();
        return defaultBaseUrl();
    }
    return url;
}

StripeApiClient::StripeApiClient(QNetworkAccessManager& network, const SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
{}

StripeApiClient::~StripeApiClient()
{
    // Nobody is left to call back: drop the requests quietly.
    for (Call& call : m_calls) {
        if (QNetworkReply* reply = call.reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

bool StripeApiClient::hasSecretKey() const
{
    return m_secrets.hasValue(SecretId::StripeSecretKey);
}

StripeApiClient::KeyMode StripeApiClient::keyMode(const QString& key)
{
    if (key.startsWith(QLatin1String("sk_live_")) || key.startsWith(QLatin1String("rk_live_")))
        return KeyMode::Live;
    if (key.startsWith(QLatin1String("sk_test_")) || key.startsWith(QLatin1String("rk_test_")))
        return KeyMode::Test;
    return KeyMode::None;
}

QByteArray StripeApiClient::encodeForm(const Params& params)
{
    QByteArray encoded;
    for (const auto& [key, value] : params) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

void StripeApiClient::send(Method method, const QString& path, const Params& params, QObject* context,
                           ResponseCallback callback)
{
    Call call;
    call.id = m_nextCallId++;
    call.method = method;
    call.path = path;
    call.params = params;
    call.context = context;
    call.hasContext = context != nullptr;
    call.callback = std::move(callback);
    if (method == Method::Post)
        call.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const quint64 id = call.id;
    m_calls.insert(id, std::move(call));
    startAttempt(id);
}

void StripeApiClient::startAttempt(quint64 callId)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    Call& call = *it;
    ++call.attempt;

    const QString key = m_secrets.value(SecretId::StripeSecretKey);
    if (key.isEmpty()) {
        Response response;
        response.error = Error::NoSecretKey;
        response.attempts = call.attempt;
        response.message = tr("No Stripe secret key is set. Add it in Settings → Secrets.");
        // Callers may rely on the callback not running inside their own call.
        QTimer::singleShot(0, this, [this, callId, response] { complete(callId, response); });
        return;
    }

    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + call.path);
    const QByteArray form = encodeForm(call.params);
    if (call.method != Method::Post && !form.isEmpty())
        url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + key.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Stripe-Version"), apiVersion().toLatin1());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Dewey (Qt)"));
    request.setTransferTimeout(m_options.timeoutMs);
    if (!call.idempotencyKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), call.idempotencyKey);

    QNetworkReply* reply = nullptr;
    switch (call.method) {
    case Method::Get:
        reply = m_network.get(request);
        break;
    case Method::Post:
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, form);
        break;
    case Method::Delete:
        reply = m_network.deleteResource(request);
        break;
    }
    call.reply = reply;
    qCDebug(lcStripe).noquote() << methodName(call.method) << call.path << "attempt" << call.attempt;
    connect(reply, &QNetworkReply::finished, this, [this, callId, reply] { onFinished(callId, reply); });
}

void StripeApiClient::onFinished(quint64 callId, QNetworkReply* reply)
{
    reply->deleteLater();
    auto it = m_calls.find(callId);
    if (it == m_calls.end() || it->reply != reply)
        return;
    it->reply = nullptr;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    Response response = classify(reply, body);
    response.attempts = it->attempt;

    if (!response.ok() && retryable(response, reply)) {
        const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed();
        bool numeric = false;
        const qint64 serverDelaySeconds = retryAfter.toLongLong(&numeric);
        const qint64 delay =
            m_options.retry.delayBeforeRetry(it->attempt, numeric ? serverDelaySeconds * 1000 : -1,
                                             QRandomGenerator::global()->generateDouble());
        if (delay >= 0) {
            qCInfo(lcStripe).noquote()
                << methodName(it->method) << it->path << "failed (" << response.httpStatus << response.message
                << "); retrying in" << delay << "ms";
            QTimer::singleShot(delay, this, [this, callId] { startAttempt(callId); });
            return;
        }
    }
    if (response.ok()) {
        qCDebug(lcStripe).noquote() << methodName(it->method) << it->path << "->" << response.httpStatus;
    } else {
        qCWarning(lcStripe).noquote() << methodName(it->method) << it->path << "failed after" << it->attempt
                                      << "attempt(s):" << response.message;
    }
    complete(callId, std::move(response));
}

void StripeApiClient::complete(quint64 callId, Response response)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    Call call = std::move(*it);
    m_calls.erase(it);
    if (call.hasContext && !call.context)
        return;
    if (call.callback)
        call.callback(response);
}

StripeApiClient::Response StripeApiClient::classify(QNetworkReply* reply, const QByteArray& body) const
{
    Response response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.serverTime = httpDate(reply->rawHeader(QByteArrayLiteral("Date")));
    const QString host = m_baseUrl.host();

    if (response.httpStatus == 0) {
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError) {
            response.error = Error::Timeout;
            response.message = tr("Stripe (%1) did not answer within %2 seconds.")
                                   .arg(host)
                                   .arg(m_options.timeoutMs / 1000.0, 0, 'g', 3);
        } else {
            response.error = Error::Network;
            response.message = tr("Cannot reach Stripe at %1: %2").arg(host, reply->errorString());
        }
        return response;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject stripeError = document.object().value(QLatin1String("error")).toObject();
    const QString stripeMessage = scrub(stripeError.value(QLatin1String("message")).toString());
    const QString because = stripeMessage.isEmpty() ? QString() : QStringLiteral(": ") + stripeMessage;

    const int status = response.httpStatus;
    if (status >= 200 && status < 300) {
        if (!document.isObject()) {
            response.error = Error::BadResponse;
            response.message = tr("Stripe's answer could not be read (%1).").arg(parseError.errorString());
            return response;
        }
        response.json = document.object();
        return response;
    }
    if (status == 401) {
        response.error = Error::Unauthorized;
        response.message = tr("Stripe refused the secret key (HTTP 401)%1. Check the Stripe secret key in "
                              "Settings → Secrets: it starts with sk_live_, sk_test_ or rk_.")
                               .arg(because);
    } else if (status == 403) {
        response.error = Error::Forbidden;
        response.message =
            tr("The Stripe key may not do this (HTTP 403)%1. A restricted key needs read access "
               "to Events and Checkout Sessions and write access to Webhook Endpoints.")
                .arg(because);
    } else if (status == 404) {
        response.error = Error::NotFound;
        response.message = tr("Stripe does not know this (HTTP 404)%1.").arg(because);
    } else if (status == 429) {
        response.error = Error::RateLimited;
        response.message =
            tr("Stripe is limiting requests (HTTP 429)%1. Dewey tries again later.").arg(because);
    } else if (status >= 500) {
        response.error = Error::ServerError;
        response.message =
            tr("Stripe had a problem (HTTP %1)%2. Dewey tries again later.").arg(status).arg(because);
    } else {
        response.error = Error::InvalidRequest;
        response.message = tr("Stripe refused the request (HTTP %1)%2").arg(status).arg(because);
    }
    return response;
}

bool StripeApiClient::retryable(const Response& response, QNetworkReply* reply) const
{
    // Stripe says so itself when it knows better (for example after a request that did go through).
    const QByteArray shouldRetry = reply->rawHeader(QByteArrayLiteral("Stripe-Should-Retry"));
    if (shouldRetry == "false")
        return false;
    if (shouldRetry == "true")
        return true;
    switch (response.error) {
    case Error::Network:
    case Error::Timeout:
    case Error::RateLimited:
    case Error::ServerError:
        return true;
    case Error::InvalidRequest:
        return response.httpStatus == 409; // a lock or idempotency conflict: it clears by itself
    default:
        return false;
    }
}

QString StripeApiClient::scrub(QString text) const
{
    // Stripe masks keys in its messages already; this is the belt to that pair of braces.
    const QString key = m_secrets.value(SecretId::StripeSecretKey);
    if (key.size() >= 8)
        text.replace(key, key.left(8) + QStringLiteral("…"));
    return text;
}

void StripeApiClient::listAll(const QString& path, const Params& params, QObject* context,
                              ListCallback callback)
{
    pageFrom(path, params, context, std::move(callback), {}, {}, 1);
}

void StripeApiClient::pageFrom(const QString& path, const Params& params, QObject* context,
                               ListCallback callback, QList<QJsonObject> collected,
                               const QString& startingAfter, int page)
{
    Params pageParams = params;
    pageParams.append({QStringLiteral("limit"), QStringLiteral("100")});
    if (!startingAfter.isEmpty())
        pageParams.append({QStringLiteral("starting_after"), startingAfter});
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    send(Method::Get, path, pageParams, this,
         [this, path, params, guard, hasContext, callback = std::move(callback),
          collected = std::move(collected), startingAfter, page](const Response& response) mutable {
             if (hasContext && !guard)
                 return;
             if (!response.ok()) {
                 callback(response, {});
                 return;
             }
             const QJsonArray data = response.json.value(QLatin1String("data")).toArray();
             for (const QJsonValue& item : data)
                 collected << item.toObject();
             const bool hasMore = response.json.value(QLatin1String("has_more")).toBool();
             const QString last = collected.isEmpty()
                                      ? QString()
                                      : collected.constLast().value(QLatin1String("id")).toString();
             if (!hasMore) {
                 callback(response, collected);
                 return;
             }
             // A list that claims more but does not move on would page forever.
             if (data.isEmpty() || last.isEmpty() || last == startingAfter || page >= m_options.maxPages) {
                 Response broken = response;
                 broken.error = Error::BadResponse;
                 broken.message = tr("Stripe's list at %1 did not end after %2 pages.").arg(path).arg(page);
                 callback(broken, collected);
                 return;
             }
             pageFrom(path, params, guard, std::move(callback), std::move(collected), last, page + 1);
         });
}

void StripeApiClient::fetchCheckoutLineItems(const QString& sessionId, Callback callback)
{
    if (sessionId.isEmpty() || sessionId.contains(QLatin1Char('/'))) {
        callback({false, {}, tr("Not a Checkout Session id: %1").arg(sessionId)});
        return;
    }
    const QString path = QStringLiteral("/v1/checkout/sessions/") + sessionId + QStringLiteral("/line_items");
    listAll(path, {}, nullptr,
            [callback = std::move(callback)](const Response& response, const QList<QJsonObject>& data) {
                if (!response.ok()) {
                    callback({false, {}, response.message});
                    return;
                }
                LineItemsSource::Result result;
                result.ok = true;
                for (const QJsonObject& line : data) {
                    SaleItem item;
                    item.name = line.value(QLatin1String("description")).toString().trimmed();
                    if (item.name.isEmpty())
                        item.name = line.value(QLatin1String("price"))
                                        .toObject()
                                        .value(QLatin1String("nickname"))
                                        .toString();
                    if (item.name.isEmpty())
                        item.name = tr("Item");
                    item.quantity = std::max<qint64>(1, line.value(QLatin1String("quantity")).toInteger(1));
                    result.items << item;
                }
                callback(result);
            });
}

void StripeApiClient::listEvents(const EventsQuery& query, QObject* context, EventsCallback callback)
{
    Params params;
    for (qsizetype i = 0; i < query.types.size(); ++i)
        params.append({QStringLiteral("types[%1]").arg(i), query.types.at(i)});
    if (query.createdAfter.isValid())
        params.append(
            {QStringLiteral("created[gt]"), QString::number(query.createdAfter.toSecsSinceEpoch())});
    if (!query.startingAfter.isEmpty())
        params.append({QStringLiteral("starting_after"), query.startingAfter});
    params.append({QStringLiteral("limit"), QString::number(std::clamp(query.limit, 1, 100))});
    send(Method::Get, QStringLiteral("/v1/events"), params, context,
         [callback = std::move(callback)](const Response& response) {
             EventsPage page;
             page.response = response;
             if (response.ok()) {
                 const QJsonArray data = response.json.value(QLatin1String("data")).toArray();
                 for (const QJsonValue& event : data)
                     page.events << event.toObject();
                 page.hasMore = response.json.value(QLatin1String("has_more")).toBool();
             }
             callback(page);
         });
}

StripeApiClient::Params StripeApiClient::endpointParams(const StripeWebhookEndpointParams& endpoint,
                                                        bool creating)
{
    Params params;
    if (!endpoint.url.isEmpty())
        params.append({QStringLiteral("url"), endpoint.url});
    for (qsizetype i = 0; i < endpoint.enabledEvents.size(); ++i)
        params.append({QStringLiteral("enabled_events[%1]").arg(i), endpoint.enabledEvents.at(i)});
    for (auto it = endpoint.metadata.begin(); it != endpoint.metadata.end(); ++it)
        params.append({QStringLiteral("metadata[%1]").arg(it.key()), it.value()});
    if (!endpoint.description.isEmpty())
        params.append({QStringLiteral("description"), endpoint.description});
    if (creating && !endpoint.apiVersion.isEmpty())
        params.append({QStringLiteral("api_version"), endpoint.apiVersion});
    if (!creating)
        params.append({QStringLiteral("disabled"), QStringLiteral("false")});
    return params;
}

void StripeApiClient::listWebhookEndpoints(QObject* context, EndpointListCallback callback)
{
    listAll(QStringLiteral("/v1/webhook_endpoints"), {}, context,
            [callback = std::move(callback)](const Response& response, const QList<QJsonObject>& data) {
                QList<StripeWebhookEndpoint> endpoints;
                for (const QJsonObject& object : data)
                    endpoints << StripeWebhookEndpoint::fromJson(object);
                callback(response, endpoints);
            });
}

void StripeApiClient::createWebhookEndpoint(const StripeWebhookEndpointParams& params, QObject* context,
                                            EndpointCallback callback)
{
    send(Method::Post, QStringLiteral("/v1/webhook_endpoints"), endpointParams(params, true), context,
         [this, callback = std::move(callback)](const Response& response) {
             StripeWebhookEndpoint endpoint = StripeWebhookEndpoint::fromJson(response.json);
             if (response.ok() && (endpoint.id.isEmpty() || endpoint.secret.isEmpty())) {
                 Response broken = response;
                 broken.error = Error::BadResponse;
                 broken.message = tr("Stripe created the webhook endpoint but sent no id or signing secret.");
                 callback(broken, endpoint);
                 return;
             }
             callback(response, endpoint);
         });
}

void StripeApiClient::updateWebhookEndpoint(const QString& id, const StripeWebhookEndpointParams& params,
                                            QObject* context, EndpointCallback callback)
{
    send(Method::Post, QStringLiteral("/v1/webhook_endpoints/") + id, endpointParams(params, false), context,
         [callback = std::move(callback)](const Response& response) {
             callback(response, StripeWebhookEndpoint::fromJson(response.json));
         });
}

void StripeApiClient::deleteWebhookEndpoint(const QString& id, QObject* context, ResponseCallback callback)
{
    send(Method::Delete, QStringLiteral("/v1/webhook_endpoints/") + id, {}, context, std::move(callback));
}

} // namespace Dewey
