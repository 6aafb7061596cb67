#include "server/WebhookReceiver.h"

#include "server/HttpCompat.h"

#include <QHttpServerRequest>

namespace Dewey {

HttpLimits WebhookReceiver::defaultLimits()
{
    HttpLimits limits;
    limits.maxBodyBytes = MaxBodyBytes;
    limits.maxHeadBytes = 16 * 1024;
    limits.maxConnections = 32;
    return limits;
}

WebhookReceiver::WebhookReceiver(QObject* parent)
    : QObject(parent)
{
    m_listener.setLimits(defaultLimits());
    connect(&m_listener, &HttpListener::listeningChanged, this, &WebhookReceiver::listeningChanged);
    connect(&m_listener, &HttpListener::requestRefused, this, &WebhookReceiver::requestRefused);
    m_listener.http().route(QStringLiteral("/webhooks/stripe"),
                            [this](const QHttpServerRequest& request) { return handle(request); });
}

void WebhookReceiver::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

bool WebhookReceiver::listen(const QHostAddress& address, quint16 port, QString* error)
{
    return m_listener.listen(address, port, error);
}

void WebhookReceiver::close()
{
    m_listener.close();
}

QString WebhookReceiver::webhookUrl() const
{
    if (!isListening())
        return {};
    return QStringLiteral("http://127.0.0.1:%1/webhooks/stripe").arg(port());
}

QHttpServerResponse WebhookReceiver::handle(const QHttpServerRequest& request) const
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::MethodNotAllowed);
    if (request.method() != QHttpServerRequest::Method::Post) {
        HttpCompat::setResponseHeader(response, QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
    } else if (!m_handler) {
        // Without an intake, answering 503 makes Stripe retry later instead of dropping the event.
        response = QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
    } else {
        response = m_handler(request);
    }
    // The guard serves one request per connection; saying so keeps clients from reusing it.
    HttpCompat::setResponseHeader(response, QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    return response;
}

} // namespace Dewey
