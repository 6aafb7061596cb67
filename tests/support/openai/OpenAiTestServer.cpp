#include "OpenAiTestServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <cmath>

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
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
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

QByteArray openAiError(const QString& message, const QString& type, const QJsonValue& code)
{
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("param"), QJsonValue::Null},
                            {QStringLiteral("code"), code}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Indented);
}

bool isUsageEvent(const QByteArray& event)
{
    return event.contains("\"choices\":[]") && event.contains("\"usage\":{");
}

QByteArray httpChunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

} // namespace

QJsonObject OpenAiRecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

// One client connection. Requests on a keep-alive connection are answered one after the other.
struct OpenAiTestServer::Connection : QObject
{
    explicit Connection(QObject* parent)
        : QObject(parent)
    {}

    QTcpSocket* socket = nullptr;
    QByteArray buffer;
    bool busy = false;      // a reply is being written (or held back on purpose)
    bool streaming = false; // a stream has not reached its end yet
    QTimer timer;
    QList<QByteArray> pieces; // network writes still to send
    enum class End
    {
        Finish,
        Cut,
        Stall
    } end = End::Finish;
    QString path;
};

OpenAiTestServer::OpenAiTestServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &OpenAiTestServer::onNewConnection);
}

OpenAiTestServer::~OpenAiTestServer()
{
    for (Connection* connection : std::as_const(m_connections)) {
        if (connection->socket)
            connection->socket->abort();
    }
}

bool OpenAiTestServer::listen(QString* error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

quint16 OpenAiTestServer::port() const
{
    return m_server.serverPort();
}

QUrl OpenAiTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

QList<OpenAiRecordedRequest> OpenAiTestServer::requests(const QString& path) const
{
    QList<OpenAiRecordedRequest> matching;
    for (const OpenAiRecordedRequest& request : m_requests) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

int OpenAiTestServer::openConnections() const
{
    int open = 0;
    for (const Connection* connection : m_connections) {
        if (connection->socket && connection->socket->state() == QAbstractSocket::ConnectedState)
            ++open;
    }
    return open;
}

std::vector<float> OpenAiTestServer::standInEmbedding(const QString& text, int dimensions)
{
    std::vector<float> vector(std::size_t(std::max(dimensions, 1)), 0.0f);
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QByteArray hash = QCryptographicHash::hash(word.toUtf8(), QCryptographicHash::Sha1);
        const quint32 bucket =
            (quint8(hash[0]) << 24 | quint8(hash[1]) << 16 | quint8(hash[2]) << 8 | quint8(hash[3]));
        vector[bucket % vector.size()] += (quint8(hash[4]) & 1) ? 1.0f : -1.0f;
    }
    double norm = 0;
    for (float value : vector)
        norm += double(value) * value;
    if (norm == 0) {
        vector[0] = 1.0f; // a text without words still gets a valid unit vector
        return vector;
    }
    const float scale = float(1.0 / std::sqrt(norm));
    for (float& value : vector)
        value *= scale;
    return vector;
}

void OpenAiTestServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto* connection = new Connection(this);
        socket->setParent(connection);
        connection->socket = socket;
        connection->timer.setSingleShot(true);
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, connection, [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::disconnected, connection,
                [this, connection] { removeConnection(connection); });
        connect(&connection->timer, &QTimer::timeout, connection,
                [this, connection] { writeNextPiece(connection); });
    }
}

void OpenAiTestServer::removeConnection(Connection* connection)
{
    if (!m_connections.removeOne(connection))
        return;
    if (connection->streaming)
        emit connectionDropped();
    connection->streaming = false;
    connection->timer.stop();
    connection->deleteLater();
}

void OpenAiTestServer::onReadyRead(Connection* connection)
{
    connection->buffer.append(connection->socket->readAll());
    while (!connection->busy) {
        const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        OpenAiRecordedRequest request;
        request.method = requestLine.value(0);
        request.path = QString::fromLatin1(requestLine.value(1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray& line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (connection->buffer.size() < headerEnd + 4 + length)
            return; // the body is still on its way
        request.body = connection->buffer.mid(headerEnd + 4, length);
        connection->buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        emit requestReceived(request);
        handle(connection, request);
    }
}

void OpenAiTestServer::handle(Connection* connection, const OpenAiRecordedRequest& request)
{
    connection->busy = true;
    QString path = request.path;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    if (query >= 0)
        path.truncate(query);

    if (!m_apiKey.isEmpty()) {
        const QByteArray authorization = request.header("authorization");
        if (authorization.isEmpty()) {
            sendComplete(
                connection,
                OpenAiTestReply::error(
                    401, openAiError(QStringLiteral("You didn't provide an API key. You need to provide your "
                                                    "API key in an Authorization header using Bearer auth."),
                                     QStringLiteral("invalid_request_error"), QJsonValue::Null)),
                path);
            return;
        }
        if (authorization != "Bearer " + m_apiKey.toUtf8()) {
            sendComplete(connection, OpenAiTestReply::invalidApiKey(), path);
            return;
        }
    }

    if (request.method == "POST" && path == QLatin1String("/v1/chat/completions")) {
        const OpenAiTestReply reply = chatReply(request);
        const QJsonObject body = request.json();
        const bool stream = body.value(QLatin1String("stream")).toBool();
        const bool includeUsage = body.value(QLatin1String("stream_options"))
                                      .toObject()
                                      .value(QLatin1String("include_usage"))
                                      .toBool();
        if (reply.kind == OpenAiTestReply::Kind::Hang)
            return; // stays busy: the client's timeout must end it
        if (reply.kind == OpenAiTestReply::Kind::Stream && stream)
            startStream(connection, reply, includeUsage, path);
        else
            sendComplete(connection, reply, path);
        return;
    }
    if (request.method == "POST" && path == QLatin1String("/v1/embeddings")) {
        sendComplete(connection, embeddingsReply(request), path);
        return;
    }
    if (request.method == "GET" && path == QLatin1String("/v1/models")) {
        sendComplete(connection, modelsReply(), path);
        return;
    }
    sendComplete(
        connection,
        OpenAiTestReply::error(
            404,
            openAiError(QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(request.method), path),
                        QStringLiteral("invalid_request_error"), QJsonValue::Null)),
        path);
}

OpenAiTestReply OpenAiTestServer::chatReply(const OpenAiRecordedRequest& request)
{
    if (!m_chatQueue.isEmpty())
        return m_chatQueue.dequeue();
    if (m_chatHandler)
        return m_chatHandler(request);
    return OpenAiTestReply::error(
        500, openAiError(QStringLiteral("OpenAiTestServer: no chat reply was scripted for this request"),
                         QStringLiteral("test_script_error"), QJsonValue::Null));
}

OpenAiTestReply OpenAiTestServer::embeddingsReply(const OpenAiRecordedRequest& request)
{
    if (!m_embeddingQueue.isEmpty())
        return m_embeddingQueue.dequeue();

    const QJsonObject body = request.json();
    QStringList inputs;
    const QJsonValue input = body.value(QLatin1String("input"));
    if (input.isString()) {
        inputs.append(input.toString());
    } else {
        for (const QJsonValue& value : input.toArray())
            inputs.append(value.toString());
    }
    if (inputs.isEmpty()) {
        return OpenAiTestReply::error(400,
                                      openAiError(QStringLiteral("'input' is a required property"),
                                                  QStringLiteral("invalid_request_error"), QJsonValue::Null));
    }
    const int dimensions = body.value(QLatin1String("dimensions")).toInt(1536);
    const bool base64 = body.value(QLatin1String("encoding_format")).toString() == QLatin1String("base64");

    QJsonArray data;
    int tokens = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const std::vector<float> vector = m_embeddingFunction ? m_embeddingFunction(inputs.at(i), dimensions)
                                                              : standInEmbedding(inputs.at(i), dimensions);
        QJsonValue embedding;
        if (base64) {
            // Little-endian float32, as the API sends it.
            QByteArray raw(qsizetype(vector.size() * sizeof(float)), Qt::Uninitialized);
            for (std::size_t j = 0; j < vector.size(); ++j)
                qToLittleEndian(vector[j], raw.data() + j * sizeof(float));
            embedding = QString::fromLatin1(raw.toBase64());
        } else {
            QJsonArray values;
            for (float value : vector)
                values.append(double(value));
            embedding = values;
        }
        data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                {QStringLiteral("index"), int(i)},
                                {QStringLiteral("embedding"), embedding}});
        tokens += int(inputs.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    }
    const QJsonObject root{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("data"), data},
        {QStringLiteral("model"), body.value(QLatin1String("model")).toString()},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("prompt_tokens"), tokens}, {QStringLiteral("total_tokens"), tokens}}},
    };
    return OpenAiTestReply::error(200, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

OpenAiTestReply OpenAiTestServer::modelsReply() const
{
    QJsonArray data;
    for (const QString& model : m_models) {
        data.append(QJsonObject{{QStringLiteral("id"), model},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("created"), 1744316542},
                                {QStringLiteral("owned_by"), QStringLiteral("system")}});
    }
    const QJsonObject root{{QStringLiteral("object"), QStringLiteral("list")},
                           {QStringLiteral("data"), data}};
    return OpenAiTestReply::error(200, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void OpenAiTestServer::sendComplete(Connection* connection, const OpenAiTestReply& reply, const QString& path)
{
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto& [name, value] : reply.headers)
        response += name + ": " + value + "\r\n";
    response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    response += "x-request-id: req_dewey_test\r\nConnection: keep-alive\r\n\r\n";
    response += reply.body;
    connection->socket->write(response);
    connection->busy = false;
    emit replyFinished(path);
    // A request that arrived while this one was answered is waiting in the buffer.
    if (!connection->buffer.isEmpty())
        QTimer::singleShot(0, connection, [this, connection] { onReadyRead(connection); });
}

void OpenAiTestServer::startStream(Connection* connection, const OpenAiTestReply& reply, bool includeUsage,
                                   const QString& path)
{
    QList<QByteArray> events;
    for (const QByteArray& event : reply.events) {
        if (includeUsage || !isUsageEvent(event))
            events.append(event);
    }
    connection->end = Connection::End::Finish;
    if (reply.cutAfterEvents >= 0 && reply.cutAfterEvents < events.size()) {
        events = events.first(reply.cutAfterEvents);
        connection->end = Connection::End::Cut;
    } else if (reply.stallAfterEvents >= 0 && reply.stallAfterEvents < events.size()) {
        events = events.first(reply.stallAfterEvents);
        connection->end = Connection::End::Stall;
    }

    // Cut the byte stream the way a network does: most events in one write, some split in two,
    // some sent together with the next one.
    QRandomGenerator random(reply.seed);
    QList<QByteArray> pieces;
    QByteArray pending;
    for (const QByteArray& event : std::as_const(events)) {
        const int roll = int(random.bounded(4));
        if (roll == 0 && event.size() > 2) {
            const qsizetype at = 1 + qsizetype(random.bounded(int(event.size() - 1)));
            pieces.append(pending + event.left(at));
            pending = event.mid(at);
        } else if (roll == 1) {
            pending += event;
            continue;
        } else {
            pieces.append(pending + event);
            pending.clear();
        }
    }
    if (!pending.isEmpty())
        pieces.append(pending);

    connection->pieces = pieces;
    connection->path = path;
    connection->streaming = true;
    QByteArray head = "HTTP/1.1 200 OK\r\n"
                      "Content-Type: text/event-stream; charset=utf-8\r\n"
                      "Transfer-Encoding: chunked\r\n"
                      "Connection: keep-alive\r\n"
                      "x-request-id: req_dewey_test\r\n"
                      "openai-processing-ms: 143\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    connection->socket->write(head + "\r\n");
    connection->timer.setInterval(std::max(0, reply.pauseMs));
    connection->timer.start();
}

void OpenAiTestServer::writeNextPiece(Connection* connection)
{
    if (!connection->socket || connection->socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (!connection->pieces.isEmpty()) {
        connection->socket->write(httpChunk(connection->pieces.takeFirst()));
        connection->timer.start();
        return;
    }
    switch (connection->end) {
    case Connection::End::Finish:
        connection->socket->write("0\r\n\r\n");
        connection->streaming = false;
        connection->busy = false;
        emit replyFinished(connection->path);
        if (!connection->buffer.isEmpty())
            onReadyRead(connection);
        break;
    case Connection::End::Cut:
        // The last chunk never comes: to the client this is a connection lost mid-answer.
        connection->streaming = false;
        emit connectionDropped();
        connection->socket->disconnectFromHost();
        break;
    case Connection::End::Stall:
        break; // keep the connection open and say nothing more
    }
}

} // namespace DeweyTest
