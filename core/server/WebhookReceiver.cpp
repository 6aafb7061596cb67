#include "server/WebhookReceiver.h"

#include <QHttpServerRequest>

namespace Dewey {

WebhookReceiver::WebhookReceiver(QObject* parent)
    : QObject(parent)
{
    connect(&m_listener, &HttpListener::listeningChanged, this, &WebhookReceiver::listeningChanged);
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
    if (request.method() != QHttpServerRequest::Method::Post)
        return QHttpServerResponse(QHttpServerResponse::StatusCode::MethodNotAllowed);
    // Without an intake, answering 503 makes Stripe retry later instead of dropping the event.
    if (!m_handler)
        return QHttpServerResponse(QHttpServerResponse::StatusCode::ServiceUnavailable);
    return m_handler(request);
}

} // namespace Dewey
