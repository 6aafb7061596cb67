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
// used by the very next question.
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

private:
    QNetworkAccessManager& m_network;
    EndpointProvider m_endpoint;
    const IClock& m_clock;
    OpenAiClientOptions m_options;
};

} // namespace Dewey
