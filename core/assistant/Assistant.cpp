#include "assistant/Assistant.h"

#include "log/LogCategories.h"
#include "settings/Settings.h"

namespace Dewey {

namespace {

const QString kBaseUrlVariable = QStringLiteral("DEWEY_OPENAI_BASE_URL");

} // namespace

Assistant::Assistant(Services services, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
    , m_client(
          m_services.network, [this] { return endpoint(); }, m_services.clock)
    , m_tools(m_services.notes, m_services.retriever, m_services.ledger, m_services.clock)
{
    if (!baseUrlOverride().isEmpty())
        qCInfo(lcAssistant) << "using the server from" << kBaseUrlVariable << ":"
                            << endpoint().baseUrl.toString();
}

Assistant::~Assistant() = default;

QString Assistant::baseUrlOverride() const
{
    return m_services.environment.value(kBaseUrlVariable).trimmed().isEmpty() ? QString() : kBaseUrlVariable;
}

OpenAiEndpoint Assistant::endpoint() const
{
    OpenAiEndpoint endpoint;
    const QString fromEnvironment = m_services.environment.value(kBaseUrlVariable);
    QUrl url;
    QString error;
    if (!fromEnvironment.trimmed().isEmpty() && OpenAiEndpoint::parseBaseUrl(fromEnvironment, &url, &error)) {
        endpoint.baseUrl = url;
    } else {
        if (!fromEnvironment.trimmed().isEmpty())
            qCWarning(lcAssistant) << "ignoring" << kBaseUrlVariable << ":" << error;
        if (!OpenAiEndpoint::parseBaseUrl(m_services.settings.openAiBaseUrl(), &url, &error))
            url = OpenAiEndpoint::defaultBaseUrl();
        endpoint.baseUrl = url;
    }
    endpoint.apiKey = m_services.apiKey ? m_services.apiKey() : QString();
    return endpoint;
}

AssistantConfig Assistant::config() const
{
    AssistantConfig config;
    config.model = m_services.settings.assistantModel();
    config.temperature = m_services.settings.assistantTemperature();
    return config;
}

ChatSession* Assistant::createSession(QObject* parent)
{
    ChatSession::Dependencies dependencies{
        m_client, m_services.conversations, m_services.notes,           m_services.retriever,
        m_tools,  m_services.clock,         [this] { return config(); }};
    return new ChatSession(std::move(dependencies), parent);
}

ConnectionTest* Assistant::testConnection(QObject* parent)
{
    return m_client.testConnection(config().model, parent);
}

} // namespace Dewey
