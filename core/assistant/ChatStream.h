#pragma once

#include "assistant/AssistantError.h"
#include "assistant/ChatStreamDecoder.h"
#include "assistant/ChatTypes.h"
#include "assistant/OpenAiEndpoint.h"
#include "assistant/RetryPolicy.h"
#include "assistant/SseParser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dewey {

class IClock;

// Timeouts and retries of the OpenAI client.
struct OpenAiClientOptions
{
    // Until the response headers arrive. Generous: a local server may load a model first.
    qint64 connectTimeoutMs = 60000;
    // Between two pieces of a streamed answer.
    qint64 idleTimeoutMs = 60000;
    RetryPolicy retry;
};

// One streamed Chat Completions request, from POST to the last chunk: retried on its own while
// nothing has been shown yet, and then either finished() or failed() exactly once — unless cancel()
// was called, after which it emits nothing more. Created by OpenAiClient::streamChat().
class ChatStream : public QObject
{
    Q_OBJECT

public:
    ChatStream(QNetworkAccessManager& network, OpenAiEndpoint endpoint, ChatRequest request,
               OpenAiClientOptions options, const IClock& clock, QObject* parent = nullptr);
    ~ChatStream() override;

    void start();
    // Stop: drops the connection; no signal follows.
    void cancel();
    bool isRunning() const { return m_running; }

    // The text received so far (for keeping a partial answer after Stop).
    QString partialContent() const { return m_decoder.content(); }

signals:
    void contentReceived(const QString& delta);
    // A retryable failure before any output; the request is sent again after delayMs.
    void retrying(int retry, qint64 delayMs, const Dewey::AssistantError& reason);
    void finished(const Dewey::ChatResult& result);
    void failed(const Dewey::AssistantError& error);

private:
    enum class BodyMode
    {
        Undecided,
        EventStream,
        Json,  // the server ignored stream: true and sent one chat.completion object
        Error, // a non-2xx status: collect the error body
    };

    void sendAttempt();
    void onReadyRead();
    void onReplyFinished();
    void onTimeout();
    void decideBodyMode();
    bool processEvents(const QList<SseEvent>& events); // false once the stream failed or completed
    void finishFromJsonBody();
    void failOrRetry(const AssistantError& error);
    void complete();
    void fail(const AssistantError& error);
    void dropReply();
    QString serverName() const;

    QNetworkAccessManager& m_network;
    OpenAiEndpoint m_endpoint;
    ChatRequest m_request;
    QByteArray m_body;
    OpenAiClientOptions m_options;
    const IClock& m_clock;

    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_sawFirstByte = false;
    bool m_outputSeen = false;
    int m_retries = 0;

    BodyMode m_mode = BodyMode::Undecided;
    QByteArray m_collected; // error bodies and non-streamed JSON answers
    SseParser m_parser;
    ChatStreamDecoder m_decoder;
};

} // namespace Dewey
