#include "StripeTestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimeZone>

#include <algorithm>

namespace DeweyTest {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Request Failed";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QByteArray stripeError(const QString& type, const QString& message, const QString& code = {})
{
    QJsonObject error{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
    if (!code.isEmpty())
        error.insert(QStringLiteral("code"), code);
    return json(QJsonObject{{QStringLiteral("error"), error}});
}

QByteArray defaultErrorBody(int status)
{
    if (status == 429)
        return stripeError(QStringLiteral("invalid_request_error"),
                           QStringLiteral("Too many requests hit the API too quickly."),
                           QStringLiteral("rate_limit"));
    if (status >= 500)
        return stripeError(QStringLiteral("api_error"), QStringLiteral("An unknown error occurred"));
    if (status == 409)
        return stripeError(
            QStringLiteral("invalid_request_error"),
            QStringLiteral("This object cannot be accessed right now because another API request "
                           "or Stripe process is currently accessing it."),
            QStringLiteral("lock_timeout"));
    return stripeError(QStringLiteral("invalid_request_error"), QStringLiteral("Scripted failure"));
}

StripeRecordedRequest::Params decodeForm(const QByteArray& text)
{
    StripeRecordedRequest::Params params;
    const QList<QByteArray> pairs = text.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        params.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return params;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

QString maskedKey(const QString& key)
{
    return key.left(8) + QStringLiteral("********") + key.right(4);
}

} // namespace

QString StripeRecordedRequest::param(const QString& key) const
{
    QString found;
    for (const Params* params : {&query, &form}) {
        for (const auto& [name, value] : *params) {
            if (name == key)
                found = value;
        }
    }
    return found;
}

bool StripeRecordedRequest::hasParam(const QString& key) const
{
    for (const Params* params : {&query, &form}) {
        for (const auto& [name, value] : *params) {
            if (name == key)
                return true;
        }
    }
    return false;
}

QStringList StripeRecordedRequest::arrayParam(const QString& key) const
{
    static const QRegularExpression indexed(QStringLiteral("^(.+)\\[(\\d*)\\]$"));
    QList<QPair<int, QString>> values;
    int order = 0;
    for (const Params* params : {&query, &form}) {
        for (const auto& [name, value] : *params) {
            const QRegularExpressionMatch match = indexed.match(name);
            if (!match.hasMatch() || match.captured(1) != key)
                continue;
            const QString index = match.captured(2);
            values.append({index.isEmpty() ? 100000 + order : index.toInt(), value});
            ++order;
        }
    }
    std::stable_sort(values.begin(), values.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList list;
    for (const auto& entry : values)
        list << entry.second;
    return list;
}

QMap<QString, QString> StripeRecordedRequest::hashParam(const QString& key) const
{
    static const QRegularExpression named(QStringLiteral("^(.+)\\[([^\\]]+)\\]$"));
    QMap<QString, QString> map;
    for (const Params* params : {&query, &form}) {
        for (const auto& [name, value] : *params) {
            const QRegularExpressionMatch match = named.match(name);
            if (match.hasMatch() && match.captured(1) == key)
                map.insert(match.captured(2), value);
        }
    }
    return map;
}

QJsonObject stripeEvent(const QString& id, const QString& type, qint64 created, const QJsonObject& object)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("api_version"), QStringLiteral("2024-06-20")},
        {QStringLiteral("created"), created},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("pending_webhooks"), 0},
        {QStringLiteral("type"), type},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}},
    };
}

QJsonObject stripeLineItem(const QString& id, const QString& description, qint64 quantity)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("item")},
        {QStringLiteral("description"), description},
        {QStringLiteral("quantity"), quantity},
        {QStringLiteral("currency"), QStringLiteral("usd")},
        {QStringLiteral("price"),
         QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("price_") + id)},
                     {QStringLiteral("object"), QStringLiteral("price")},
                     {QStringLiteral("product"), QString(QStringLiteral("prod_") + id)}}},
    };
}

StripeTestServer::StripeTestServer(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<DeweyTest::StripeRecordedRequest>();
    connect(&m_server, &QTcpServer::newConnection, this, &StripeTestServer::onNewConnection);
}

StripeTestServer::~StripeTestServer()
{
    const QList<QTcpSocket*> sockets = m_buffers.keys();
    for (QTcpSocket* socket : sockets)
        socket->abort();
}

bool StripeTestServer::listen(QString* error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

quint16 StripeTestServer::port() const
{
    return m_server.serverPort();
}

QUrl StripeTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QDateTime StripeTestServer::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void StripeTestServer::addEvent(const QJsonObject& event)
{
    m_events.append(event);
}

void StripeTestServer::setLineItems(const QString& sessionId, const QList<QJsonObject>& items)
{
    m_lineItems.insert(sessionId, items);
}

QJsonObject StripeTestServer::addWebhookEndpoint(const QString& url, const QMap<QString, QString>& metadata,
                                                 const QStringList& enabledEvents)
{
    QJsonObject meta;
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        meta.insert(it.key(), it.value());
    const QJsonObject endpoint{
        {QStringLiteral("id"), QStringLiteral("we_test_%1").arg(m_nextEndpoint++, 6, 10, QLatin1Char('0'))},
        {QStringLiteral("object"), QStringLiteral("webhook_endpoint")},
        {QStringLiteral("url"), url},
        {QStringLiteral("enabled_events"), QJsonArray::fromStringList(enabledEvents)},
        {QStringLiteral("metadata"), meta},
        {QStringLiteral("status"), QStringLiteral("enabled")},
        {QStringLiteral("description"), QJsonValue::Null},
        {QStringLiteral("api_version"), QJsonValue::Null},
        {QStringLiteral("livemode"), false},
        {QStringLiteral("created"), now().toSecsSinceEpoch()},
    };
    m_endpoints.append(endpoint);
    return endpoint;
}

void StripeTestServer::failNext(const QByteArray& method, const QString& pathPrefix, const Failure& failure,
                                int count)
{
    m_failures.append({method, pathPrefix, failure, count});
}

QList<StripeRecordedRequest> StripeTestServer::requests(const QByteArray& method,
                                                        const QString& pathPrefix) const
{
    QList<StripeRecordedRequest> matching;
    for (const StripeRecordedRequest& request : m_requests) {
        if (request.method == method && request.path.startsWith(pathPrefix))
            matching.append(request);
    }
    return matching;
}

void StripeTestServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void StripeTestServer::onReadyRead(QTcpSocket* socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    QByteArray& buffer = *it;
    buffer += socket->readAll();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    StripeRecordedRequest request;
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.insert(name, value);
        if (name == "content-length")
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headEnd + 4 + contentLength)
        return;
    const QByteArray body = buffer.mid(headEnd + 4, contentLength);
    buffer.clear(); // one request per connection: every answer closes it

    const qsizetype question = target.indexOf('?');
    request.path =
        QString::fromUtf8(QByteArray::fromPercentEncoding(question < 0 ? target : target.left(question)));
    if (question >= 0)
        request.query = decodeForm(target.mid(question + 1));
    if (request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        request.form = decodeForm(body);
    m_requests.append(request);
    emit requestReceived(request);
    handle(socket, request);
}

void StripeTestServer::handle(QTcpSocket* socket, const StripeRecordedRequest& request)
{
    for (qsizetype i = 0; i < m_failures.size(); ++i) {
        ScriptedFailure& scripted = m_failures[i];
        if (scripted.method != request.method || !request.path.startsWith(scripted.pathPrefix))
            continue;
        const Failure failure = scripted.failure;
        if (--scripted.remaining <= 0)
            m_failures.removeAt(i);
        switch (failure.kind) {
        case FailureKind::Status: {
            Reply reply{
                failure.status, failure.body.isEmpty() ? defaultErrorBody(failure.status) : failure.body, {}};
            if (!failure.shouldRetry.isEmpty())
                reply.headers.append(qMakePair(QByteArray("Stripe-Should-Retry"), failure.shouldRetry));
            if (failure.retryAfterSeconds >= 0)
                reply.headers.append(
                    qMakePair(QByteArray("Retry-After"), QByteArray::number(failure.retryAfterSeconds)));
            write(socket, reply);
            return;
        }
        case FailureKind::Drop:
            socket->abort();
            emit connectionDropped();
            return;
        case FailureKind::DropAfterProcessing:
            route(request);
            socket->abort();
            emit connectionDropped();
            return;
        case FailureKind::Stall:
            return;
        }
    }
    write(socket, route(request));
}

StripeTestServer::Reply StripeTestServer::route(const StripeRecordedRequest& request)
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.mid(7).trimmed().isEmpty()) {
        return {401,
                stripeError(
                    QStringLiteral("invalid_request_error"),
                    QStringLiteral("You did not provide an API key. You need to provide your API key in the "
                                   "Authorization header, using Bearer auth.")),
                {}};
    }
    const QString key = QString::fromUtf8(authorization.mid(7).trimmed());
    if (key != m_secretKey) {
        return {401,
                stripeError(QStringLiteral("invalid_request_error"),
                            QStringLiteral("Invalid API Key provided: %1").arg(maskedKey(key))),
                {}};
    }

    const QByteArray idempotencyKey = request.header("idempotency-key");
    if (request.method == "POST" && !idempotencyKey.isEmpty()) {
        const auto seen = m_idempotentReplies.constFind(idempotencyKey);
        if (seen != m_idempotentReplies.constEnd()) {
            Reply replay = *seen;
            replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
            return replay;
        }
    }

    static const QRegularExpression lineItems(QStringLiteral("^/v1/checkout/sessions/([^/]+)/line_items$"));
    static const QRegularExpression endpoint(QStringLiteral("^/v1/webhook_endpoints/([^/]+)$"));
    Reply reply;
    const QString& path = request.path;
    if (request.method == "GET" && path == QLatin1String("/v1/events")) {
        reply = listEvents(request);
    } else if (const QRegularExpressionMatch match = lineItems.match(path);
               request.method == "GET" && match.hasMatch()) {
        reply = listLineItems(request, match.captured(1));
    } else if (path == QLatin1String("/v1/webhook_endpoints") && request.method == "POST") {
        reply = createEndpoint(request);
    } else if (path == QLatin1String("/v1/webhook_endpoints") && request.method == "GET") {
        reply = listObjects(request, m_endpoints, path);
    } else if (const QRegularExpressionMatch match = endpoint.match(path); match.hasMatch()) {
        const QString id = match.captured(1);
        const qsizetype index = endpointIndex(id);
        if (index < 0) {
            reply = {404,
                     stripeError(QStringLiteral("invalid_request_error"),
                                 QStringLiteral("No such webhook endpoint: '%1'").arg(id),
                                 QStringLiteral("resource_missing")),
                     {}};
        } else if (request.method == "GET") {
            reply = {200, json(m_endpoints.at(index)), {}};
        } else if (request.method == "POST") {
            reply = updateEndpoint(request, id);
        } else if (request.method == "DELETE") {
            m_endpoints.removeAt(index);
            reply = {200,
                     json(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("object"), QStringLiteral("webhook_endpoint")},
                                      {QStringLiteral("deleted"), true}}),
                     {}};
        } else {
            reply = {
                405,
                stripeError(QStringLiteral("invalid_request_error"), QStringLiteral("Method not allowed")),
                {}};
        }
    } else {
        reply = {404,
                 stripeError(QStringLiteral("invalid_request_error"),
                             QStringLiteral("Unrecognized request URL (%1: %2).")
                                 .arg(QString::fromLatin1(request.method), path)),
                 {}};
    }
    if (request.method == "POST" && !idempotencyKey.isEmpty())
        m_idempotentReplies.insert(idempotencyKey, reply);
    return reply;
}

StripeTestServer::Reply StripeTestServer::listObjects(const StripeRecordedRequest& request,
                                                      const QList<QJsonObject>& objects, const QString& url)
{
    int limit = 10;
    if (request.hasParam(QStringLiteral("limit"))) {
        bool ok = false;
        limit = request.param(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100) {
            return {400,
                    stripeError(QStringLiteral("invalid_request_error"),
                                QStringLiteral("Invalid integer: limit must be between 1 and 100")),
                    {}};
        }
    }
    qsizetype start = 0;
    const QString startingAfter = request.param(QStringLiteral("starting_after"));
    if (!startingAfter.isEmpty()) {
        start = -1;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            if (objects.at(i).value(QLatin1String("id")).toString() == startingAfter) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) {
            return {400,
                    stripeError(QStringLiteral("invalid_request_error"),
                                QStringLiteral("No such object: '%1'").arg(startingAfter),
                                QStringLiteral("resource_missing")),
                    {}};
        }
    }
    QJsonArray data;
    for (qsizetype i = start; i < objects.size() && data.size() < limit; ++i)
        data.append(objects.at(i));
    const bool hasMore = start + data.size() < objects.size();
    return {200,
            json(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                             {QStringLiteral("url"), url},
                             {QStringLiteral("has_more"), hasMore},
                             {QStringLiteral("data"), data}}),
            {}};
}

StripeTestServer::Reply StripeTestServer::listEvents(const StripeRecordedRequest& request)
{
    QStringList types = request.arrayParam(QStringLiteral("types"));
    if (request.hasParam(QStringLiteral("type")))
        types << request.param(QStringLiteral("type"));
    const QMap<QString, QString> created = request.hashParam(QStringLiteral("created"));

    // Newest first; among equal times, the one added last first (as Stripe lists them).
    QList<qsizetype> order(m_events.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const qint64 ca = m_events.at(a).value(QLatin1String("created")).toInteger();
        const qint64 cb = m_events.at(b).value(QLatin1String("created")).toInteger();
        return ca != cb ? ca > cb : a > b;
    });
    QList<QJsonObject> matching;
    for (const qsizetype i : std::as_const(order)) {
        const QJsonObject& event = m_events.at(i);
        if (!types.isEmpty() && !types.contains(event.value(QLatin1String("type")).toString()))
            continue;
        const qint64 time = event.value(QLatin1String("created")).toInteger();
        if (created.contains(QStringLiteral("gt")) &&
            !(time > created.value(QStringLiteral("gt")).toLongLong()))
            continue;
        if (created.contains(QStringLiteral("gte")) &&
            !(time >= created.value(QStringLiteral("gte")).toLongLong()))
            continue;
        if (created.contains(QStringLiteral("lt")) &&
            !(time < created.value(QStringLiteral("lt")).toLongLong()))
            continue;
        if (created.contains(QStringLiteral("lte")) &&
            !(time <= created.value(QStringLiteral("lte")).toLongLong()))
            continue;
        matching.append(event);
    }
    return listObjects(request, matching, QStringLiteral("/v1/events"));
}

StripeTestServer::Reply StripeTestServer::listLineItems(const StripeRecordedRequest& request,
                                                        const QString& sessionId)
{
    const auto it = m_lineItems.constFind(sessionId);
    if (it == m_lineItems.constEnd()) {
        return {404,
                stripeError(QStringLiteral("invalid_request_error"),
                            QStringLiteral("No such checkout.session: '%1'").arg(sessionId),
                            QStringLiteral("resource_missing")),
                {}};
    }
    return listObjects(request, *it, QStringLiteral("/v1/checkout/sessions/%1/line_items").arg(sessionId));
}

StripeTestServer::Reply StripeTestServer::createEndpoint(const StripeRecordedRequest& request)
{
    const QString url = request.param(QStringLiteral("url"));
    const QStringList events = request.arrayParam(QStringLiteral("enabled_events"));
    if (url.isEmpty() || events.isEmpty()) {
        return {
            400,
            stripeError(QStringLiteral("invalid_request_error"),
                        QStringLiteral("Missing required param: %1.")
                            .arg(url.isEmpty() ? QStringLiteral("url") : QStringLiteral("enabled_events"))),
            {}};
    }
    if (m_endpoints.size() >= MaxWebhookEndpoints) {
        return {400,
                stripeError(QStringLiteral("invalid_request_error"),
                            QStringLiteral("You have reached the maximum of %1 test webhook endpoints.")
                                .arg(MaxWebhookEndpoints)),
                {}};
    }
    QJsonObject endpoint = addWebhookEndpoint(url, request.hashParam(QStringLiteral("metadata")), events);
    m_endpoints.removeLast();
    const QString description = request.param(QStringLiteral("description"));
    if (!description.isEmpty())
        endpoint.insert(QStringLiteral("description"), description);
    const QString apiVersion = request.param(QStringLiteral("api_version"));
    if (!apiVersion.isEmpty())
        endpoint.insert(QStringLiteral("api_version"), apiVersion);
    m_endpoints.append(endpoint);
    QJsonObject answer = endpoint;
    answer.insert(QStringLiteral("secret"), QString(QStringLiteral("whsec_") + randomHex(16)));
    return {200, json(answer), {}};
}

StripeTestServer::Reply StripeTestServer::updateEndpoint(const StripeRecordedRequest& request,
                                                         const QString& id)
{
    QJsonObject& endpoint = m_endpoints[endpointIndex(id)];
    if (request.hasParam(QStringLiteral("url")))
        endpoint.insert(QStringLiteral("url"), request.param(QStringLiteral("url")));
    const QStringList events = request.arrayParam(QStringLiteral("enabled_events"));
    if (!events.isEmpty())
        endpoint.insert(QStringLiteral("enabled_events"), QJsonArray::fromStringList(events));
    QJsonObject metadata = endpoint.value(QLatin1String("metadata")).toObject();
    const QMap<QString, QString> changes = request.hashParam(QStringLiteral("metadata"));
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isEmpty())
            metadata.remove(it.key());
        else
            metadata.insert(it.key(), it.value());
    }
    endpoint.insert(QStringLiteral("metadata"), metadata);
    if (request.hasParam(QStringLiteral("description")))
        endpoint.insert(QStringLiteral("description"), request.param(QStringLiteral("description")));
    if (request.hasParam(QStringLiteral("disabled"))) {
        const bool disabled = request.param(QStringLiteral("disabled")) == QLatin1String("true");
        endpoint.insert(QStringLiteral("status"),
                        disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"));
    }
    return {200, json(endpoint), {}};
}

qsizetype StripeTestServer::endpointIndex(const QString& id) const
{
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        if (m_endpoints.at(i).value(QLatin1String("id")).toString() == id)
            return i;
    }
    return -1;
}

void StripeTestServer::write(QTcpSocket* socket, const Reply& reply)
{
    const QString date = QLocale::c().toString(now().toTimeZone(QTimeZone::utc()),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "Date: " + date.toLatin1() + "\r\n";
    head += "Request-Id: req_" + randomHex(7).toLatin1() + "\r\n";
    head += "Connection: close\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head + reply.body);
    socket->disconnectFromHost();
}

} // namespace DeweyTest
