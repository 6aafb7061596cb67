#pragma once

#include "assistant/ChatStream.h"
#include "assistant/ChatTypes.h"
#include "assistant/ConnectionTest.h"
#include "assistant/OpenAiEndpoint.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace Dewey {

class IClock;

// Talks to the OpenAI API or any server that speaks its protocol (LM Studio, Ollama, llama.cpp).
// The endpoint (base URL and key) is asked for on every request, so a key pasted in Settings is
// used by the very next question. Every chat and connection test goes through here, so this is
// where the outcome of the last request to the server is known (the status bar shows it).
class OpenAiClient : public QObject
{
    Q_OBJECT

public:
    using EndpointProvider = std::function<OpenAiEndpoint()>;

    OpenAiClient(QNetworkAccessManager& network, EndpointProvider endpoint, const IClock& clock,
                 QObject* parent = nullptr);

    void setOptions(const OpenAiClientOptions& options) { m_options = options; }
    const OpenAiClientOptions& options() const { return m_options; }
    OpenAiEndpoint endpoint() const { return m_endpoint(); }

    // Starts a streamed chat request. The stream belongs to `parent` (or to the caller when null).
    ChatStream* streamChat(const ChatRequest& request, QObject* parent);
    // Starts a "Test connection" check for `model`.
    ConnectionTest* testConnection(const QString& model, QObject* parent);

signals:
    // The server refused or failed a chat round or a connection test. A missing key is not reported:
    // nothing was sent, and the key's own state already says so.
    void serverFailed(const Dewey::AssistantError& error);
    // The server answered a chat round or a connection test: any earlier failure is over.
    void serverAnswered();

private:
    void reportFailure(const AssistantError& error);

    QNetworkAccessManager& m_network;
    EndpointProvider m_endpoint;
    const IClock& m_clock;
    OpenAiClientOptions m_options;
};

} // namespace Dewey
