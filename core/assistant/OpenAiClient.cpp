#include "assistant/OpenAiClient.h"

#include <algorithm>

namespace Dewey {

namespace {

constexpr qint64 kConnectionTestTimeoutMs = 15000;

} // namespace

OpenAiClient::OpenAiClient(QNetworkAccessManager& network, EndpointProvider endpoint, const IClock& clock,
                           QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_clock(clock)
{}

ChatStream* OpenAiClient::streamChat(const ChatRequest& request, QObject* parent)
{
    auto* stream = new ChatStream(m_network, m_endpoint(), request, m_options, m_clock, parent);
    connect(stream, &ChatStream::finished, this, &OpenAiClient::serverAnswered);
    connect(stream, &ChatStream::failed, this, &OpenAiClient::reportFailure);
    stream->start();
    return stream;
}

ConnectionTest* OpenAiClient::testConnection(const QString& model, QObject* parent)
{
    auto* test = new ConnectionTest(m_network, m_endpoint(), model, m_clock,
                                    std::min(kConnectionTestTimeoutMs, m_options.connectTimeoutMs), parent);
    connect(test, &ConnectionTest::finished, this, [this](const ConnectionTestResult& result) {
        if (result.ok())
            emit serverAnswered();
        else
            reportFailure(result.error);
    });
    test->start();
    return test;
}

void OpenAiClient::reportFailure(const AssistantError& error)
{
    if (error.kind != AssistantError::Kind::MissingApiKey)
        emit serverFailed(error);
}

} // namespace Dewey
