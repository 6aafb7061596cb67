#include "assistant/ConnectionTest.h"

#include "assistant/OpenAiErrorClassifier.h"
#include "common/Clock.h"
#include "common/DeweyVersion.h"
#include "log/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Dewey {

ConnectionTest::ConnectionTest(QNetworkAccessManager& network, OpenAiEndpoint endpoint, QString model,
                               const IClock& clock, qint64 timeoutMs, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_model(std::move(model))
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::start()
{
    const QString server = OpenAiErrorClassifier::serverName(m_endpoint.baseUrl);
    if (m_endpoint.apiKey.isEmpty() && m_endpoint.requiresApiKey()) {
        QTimer::singleShot(0, this, [this, server] {
            ConnectionTestResult result;
            result.server = server;
            result.error = OpenAiErrorClassifier::missingApiKey();
            report(result);
        });
        return;
    }
    QNetworkRequest request(m_endpoint.url(QStringLiteral("models")));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("%1/%2").arg(QLatin1String(kApplicationName), QLatin1String(kVersion)));
    if (!m_endpoint.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_endpoint.apiKey.toUtf8());
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTest::onFinished);
    m_timeout.start(int(m_timeoutMs));
}

void ConnectionTest::cancel()
{
    m_timeout.stop();
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ConnectionTest::onFinished()
{
    m_timeout.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    ConnectionTestResult result;
    result.server = OpenAiErrorClassifier::serverName(m_endpoint.baseUrl);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (m_timedOut) {
        result.error = OpenAiErrorClassifier::timeout(false, m_timeoutMs, result.server);
    } else if (status == 0) {
        result.error =
            OpenAiErrorClassifier::fromNetwork(reply->error(), reply->errorString(), result.server, false);
    } else if (status < 200 || status > 299) {
        OpenAiErrorClassifier::HttpFailure failure{status, body, reply->rawHeader("retry-after-ms"),
                                                   reply->rawHeader("retry-after")};
        result.error = OpenAiErrorClassifier::fromHttp(failure, m_clock.now(), result.server);
    } else {
        const QJsonValue data = QJsonDocument::fromJson(body).object().value(QLatin1String("data"));
        if (!data.isArray()) {
            result.error = OpenAiErrorClassifier::malformed(QString::fromUtf8(body.left(200)), result.server);
        } else {
            for (const QJsonValue& entry : data.toArray()) {
                const QString id = entry.toObject().value(QLatin1String("id")).toString();
                if (!id.isEmpty())
                    result.models.append(id);
            }
            result.modelListed = result.models.contains(m_model);
        }
    }
    qCInfo(lcAssistant) << "connection test to" << result.server << ":"
                        << (result.ok() ? QStringLiteral("ok") : assistantErrorKindName(result.error.kind))
                        << result.models.size() << "models";
    report(result);
}

void ConnectionTest::report(ConnectionTestResult result)
{
    emit finished(result);
}

} // namespace Dewey
