#include "notes/OpenAiEmbedder.h"

#include "log/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QtEndian>

#include <cmath>

namespace Dewey {

namespace {

// The reply handed to the caller; aborting it aborts the network request too.
class OpenAiEmbeddingReply final : public EmbeddingReply
{
public:
    using EmbeddingReply::EmbeddingReply;

    void setNetworkReply(QNetworkReply* reply) { m_network = reply; }
    void abort() override
    {
        EmbeddingReply::abort();
        if (m_network)
            m_network->abort();
    }

private:
    QPointer<QNetworkReply> m_network;
};

// The server's own explanation ({"error":{"message":…}}), when it sent one.
QString serverMessage(const QByteArray& body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    return error.value(QLatin1String("message")).toString();
}

// Base64 of little-endian float32 values, or a JSON list of numbers.
EmbeddingVector decodeVector(const QJsonValue& embedding)
{
    EmbeddingVector vector;
    if (embedding.isString()) {
        const QByteArray raw = QByteArray::fromBase64(embedding.toString().toLatin1());
        if (raw.size() % qsizetype(sizeof(float)) != 0)
            return {};
        vector.resize(static_cast<std::size_t>(raw.size()) / sizeof(float));
        for (std::size_t i = 0; i < vector.size(); ++i)
            vector[i] = qFromLittleEndian<float>(raw.constData() + i * sizeof(float));
        return vector;
    }
    const QJsonArray values = embedding.toArray();
    vector.reserve(static_cast<std::size_t>(values.size()));
    for (const QJsonValue& v : values)
        vector.push_back(static_cast<float>(v.toDouble()));
    return vector;
}

bool normalize(EmbeddingVector& vector)
{
    double sum = 0;
    for (const float x : vector)
        sum += double(x) * double(x);
    if (!(sum > 0) || !std::isfinite(sum))
        return false;
    const auto scale = static_cast<float>(1.0 / std::sqrt(sum));
    for (float& x : vector)
        x *= scale;
    return true;
}

} // namespace

OpenAiEmbedder::OpenAiEmbedder(QNetworkAccessManager& network, std::function<QString()> apiKey,
                               QObject* parent)
    : Embedder(parent)
    , m_network(network)
    , m_apiKey(std::move(apiKey))
{}

void OpenAiEmbedder::setBaseUrl(const QUrl& baseUrl)
{
    if (baseUrl == m_baseUrl)
        return;
    m_baseUrl = baseUrl;
    emit availabilityChanged();
}

void OpenAiEmbedder::setModel(const QString& model)
{
    const QString trimmed = model.trimmed().isEmpty() ? defaultModel() : model.trimmed();
    if (trimmed == m_model)
        return;
    m_model = trimmed;
    emit spaceChanged();
}

void OpenAiEmbedder::setDimensions(int dimensions)
{
    if (dimensions <= 0 || dimensions == m_dimensions)
        return;
    m_dimensions = dimensions;
    emit spaceChanged();
}

QUrl OpenAiEmbedder::endpoint() const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/embeddings"));
    return url;
}

QString OpenAiEmbedder::unavailableReason() const
{
    if (!m_baseUrl.isValid() || m_baseUrl.scheme().isEmpty() || m_baseUrl.host().isEmpty())
        return tr("The OpenAI base URL \"%1\" is not a valid address.").arg(m_baseUrl.toString());
    if (m_apiKey().isEmpty())
        return tr("No OpenAI API key is set, so notes are found by their words only. Add a key in Settings "
                  "to also find notes by meaning.");
    return {};
}

EmbeddingReply* OpenAiEmbedder::embed(const QStringList& texts)
{
    auto* reply = new OpenAiEmbeddingReply();
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        reply->fail(m_apiKey().isEmpty() ? EmbeddingReply::Error::NoApiKey
                                         : EmbeddingReply::Error::BadResponse,
                    reason);
        return reply;
    }
    if (texts.isEmpty()) {
        reply->succeed({});
        return reply;
    }

    QNetworkRequest request(endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_apiKey().toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    const QJsonObject body{
        {QStringLiteral("model"), m_model},
        {QStringLiteral("input"), QJsonArray::fromStringList(texts)},
        {QStringLiteral("dimensions"), m_dimensions},
        // A quarter of the bytes of a JSON number list; servers that ignore it send numbers, also read.
        {QStringLiteral("encoding_format"), QStringLiteral("base64")},
    };
    QNetworkReply* network = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    reply->setNetworkReply(network);
    const auto count = static_cast<int>(texts.size());
    connect(network, &QNetworkReply::finished, reply,
            [this, network, reply, count] { finishRequest(network, reply, count); });
    // A reply deleted before the answer takes its request with it.
    connect(reply, &QObject::destroyed, network, [network] {
        QObject::disconnect(network, nullptr, nullptr, nullptr); // the reply is half destroyed already
        network->abort();
        network->deleteLater();
    });
    return reply;
}

void OpenAiEmbedder::finishRequest(QNetworkReply* network, EmbeddingReply* reply, int expectedCount)
{
    network->deleteLater();
    if (reply->isFinished())
        return;
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = network->readAll();
    const QString host = m_baseUrl.host();
    using Error = EmbeddingReply::Error;

    if (network->error() == QNetworkReply::OperationCanceledError) {
        reply->fail(Error::Timeout,
                    tr("%1 did not answer within %2 seconds.").arg(host).arg(m_timeoutMs / 1000));
        return;
    }
    if (status == 0) {
        reply->fail(Error::Network, tr("Cannot reach %1: %2").arg(host, network->errorString()));
        return;
    }
    if (status == 401 || status == 403) {
        reply->fail(
            Error::Unauthorized,
            tr("%1 refused the OpenAI API key (HTTP %2). Check the key in Settings.").arg(host).arg(status));
        return;
    }
    if (status == 429) {
        reply->fail(Error::RateLimited, tr("%1 is limiting requests: %2").arg(host, serverMessage(body)));
        return;
    }
    if (status < 200 || status >= 300) {
        const QString message = serverMessage(body);
        reply->fail(status >= 500 ? Error::Network : Error::BadResponse,
                    message.isEmpty() ? tr("%1 answered HTTP %2.").arg(host).arg(status)
                                      : tr("%1 answered HTTP %2: %3").arg(host).arg(status).arg(message));
        return;
    }

    const auto bad = [&](const QString& why) {
        qCWarning(lcNotes) << "Unusable embeddings response from" << host << ":" << why;
        reply->fail(Error::BadResponse, tr("%1 sent embeddings Dewey cannot use: %2").arg(host, why));
    };
    const QJsonArray data = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
    if (data.size() != expectedCount) {
        bad(tr("%1 vectors for %2 texts").arg(data.size()).arg(expectedCount));
        return;
    }
    std::vector<EmbeddingVector> vectors(static_cast<std::size_t>(expectedCount));
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject item = data.at(i).toObject();
        const int index = item.value(QLatin1String("index")).toInt(static_cast<int>(i));
        const QJsonValue embedding = item.value(QLatin1String("embedding"));
        if (index < 0 || index >= expectedCount || !vectors[static_cast<std::size_t>(index)].empty()) {
            bad(tr("the vector positions do not match the texts"));
            return;
        }
        EmbeddingVector vector = decodeVector(embedding);
        if (vector.size() != static_cast<std::size_t>(m_dimensions)) {
            bad(tr("vectors of %1 numbers instead of %2; set the embedding size to %1, or choose a model "
                   "that "
                   "supports %2")
                    .arg(vector.size())
                    .arg(m_dimensions));
            return;
        }
        if (!normalize(vector)) {
            bad(tr("a vector of zeros"));
            return;
        }
        vectors[static_cast<std::size_t>(index)] = std::move(vector);
    }
    reply->succeed(std::move(vectors));
}

} // namespace Dewey
