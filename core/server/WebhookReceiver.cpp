#include "server/WebhookReceiver.h"

#include "server/HttpCompat.h"

#include <QHttpServerRequest>
#include <QPointer>

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
    HttpCompat::routeDeferred(m_listener.http(), QStringLiteral("/webhooks/stripe"),
                              [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                                  handle(request, std::move(responder));
                              });
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

void WebhookReceiver::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    QPointer<WebhookReceiver> self(this);
    WebhookResponder answer(std::move(responder), [self] {
        if (self)
            self->m_listener.flushPendingWrites();
    });
    if (request.method() != QHttpServerRequest::Method::Post) {
        answer.send(405, QByteArrayLiteral("only POST\n"));
    } else if (!m_handler) {
        // Without an intake, answering 503 makes Stripe retry later instead of dropping the event.
        answer.send(503, QByteArrayLiteral("not ready\n"));
    } else {
        m_handler(request, std::move(answer));
    }
}

} // namespace Dewey
