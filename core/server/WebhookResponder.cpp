#include "server/WebhookResponder.h"

#include "server/HttpCompat.h"

#include <QHttpServerResponse>

namespace Dewey {

WebhookResponder::WebhookResponder(QHttpServerResponder&& responder, std::function<void()> flush)
    : m_responder(std::move(responder))
    , m_flush(std::move(flush))
{}

WebhookResponder::WebhookResponder(WebhookResponder&& other) noexcept
    : m_responder(std::move(other.m_responder))
    , m_flush(std::move(other.m_flush))
    , m_sent(other.m_sent)
{
    other.m_sent = true; // the moved-from object no longer answers anything
}

WebhookResponder::~WebhookResponder()
{
    send(503, QByteArrayLiteral("not answered, try again"));
}

void WebhookResponder::send(int status, const QByteArray& body, const QByteArray& contentType)
{
    if (m_sent)
        return;
    m_sent = true;
    QHttpServerResponse response(contentType, body, static_cast<QHttpServerResponse::StatusCode>(status));
    // The guard serves one request per connection; saying so keeps clients from reusing it.
    HttpCompat::setResponseHeader(response, QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    HttpCompat::sendResponse(m_responder, std::move(response));
    if (m_flush)
        m_flush();
}

} // namespace Dewey
