#pragma once

#include <QByteArray>
#include <QHttpServerResponder>

#include <functional>

namespace Dewey {

// The answer to one webhook delivery, which its handler may give later (the intake answers after its
// group commit). Sending writes the response at once instead of at the next turn of the event loop,
// so work queued meanwhile (alerts, line items) never delays Stripe's 2xx. Unanswered when destroyed:
// 503, so Stripe retries.
class WebhookResponder
{
public:
    WebhookResponder(QHttpServerResponder&& responder, std::function<void()> flush);
    WebhookResponder(WebhookResponder&& other) noexcept;
    WebhookResponder& operator=(WebhookResponder&&) = delete;
    WebhookResponder(const WebhookResponder&) = delete;
    WebhookResponder& operator=(const WebhookResponder&) = delete;
    ~WebhookResponder();

    // Answers once; later calls do nothing. The connection ends with the answer.
    void send(int status, const QByteArray& body,
              const QByteArray& contentType = "text/plain; charset=utf-8");
    bool isSent() const { return m_sent; }

private:
    QHttpServerResponder m_responder;
    std::function<void()> m_flush;
    bool m_sent = false;
};

} // namespace Dewey
