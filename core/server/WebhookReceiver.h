#pragma once

#include "server/HttpListener.h"
#include "server/WebhookResponder.h"

#include <QObject>

#include <functional>

class QHttpServerRequest;

namespace Dewey {

// The webhook port: the only port ever exposed through a tunnel. It answers POST /webhooks/stripe
// and nothing else; the Stripe intake (signature check, ledger) is installed as the request handler.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    // Answers through the responder, at once or later (the intake answers after its group commit).
    using Handler = std::function<void(const QHttpServerRequest& request, WebhookResponder responder)>;

    // Stripe's events are far below this; anything larger is refused before it is buffered.
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    static HttpLimits defaultLimits();

    explicit WebhookReceiver(QObject* parent = nullptr);

    void setHandler(Handler handler);
    // Applies from the next listen() (tests shorten the timeouts).
    void setLimits(const HttpLimits& limits) { m_listener.setLimits(limits); }
    const HttpLimits& limits() const { return m_listener.limits(); }
    int openConnections() const { return m_listener.openConnections(); }

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    void close();

    bool isListening() const { return m_listener.isListening(); }
    quint16 port() const { return m_listener.port(); }
    QString webhookUrl() const;

signals:
    void listeningChanged(bool listening);
    void requestRefused(int status, const QByteArray& reason);

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);

    HttpListener m_listener;
    Handler m_handler;
};

} // namespace Dewey
