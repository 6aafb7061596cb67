#pragma once

#include "assistant/AssistantTools.h"
#include "assistant/ChatSession.h"
#include "assistant/OpenAiClient.h"

#include <QObject>
#include <QProcessEnvironment>

#include <functional>

class QNetworkAccessManager;

namespace Dewey {

class ConversationRepository;
class IClock;
class NoteRetriever;
class NotesRepository;
class SalesLedger;
class Settings;

// Dewey the assistant, put together: the OpenAI client pointed at the server from Settings (or
// DEWEY_OPENAI_BASE_URL), the tools over the notes and the sales ledger, and chat sessions that use
// them. The GUI's chat panel and `dewey-cli ask` each create a session from the same Assistant, so
// both answer with the same retrieval, tools and conversation store.
class Assistant : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        QNetworkAccessManager& network;
        Settings& settings;
        std::function<QString()> apiKey; // read for every request: a key pasted in Settings is used at once
        ConversationRepository& conversations;
        NotesRepository& notes;
        NoteRetriever& retriever;
        SalesLedger* ledger; // null: no store tools
        const IClock& clock;
        QProcessEnvironment environment;
    };

    explicit Assistant(Services services, QObject* parent = nullptr);
    ~Assistant() override;

    // Where requests go now, and with which key.
    OpenAiEndpoint endpoint() const;
    // The model and temperature from Settings.
    AssistantConfig config() const;
    // Empty when the base URL comes from Settings; otherwise the environment variable's name.
    QString baseUrlOverride() const;

    ChatSession* createSession(QObject* parent);
    // Settings → "Test connection" with the model from Settings.
    ConnectionTest* testConnection(QObject* parent);

    OpenAiClient& client() { return m_client; }
    AssistantTools& tools() { return m_tools; }
    ConversationRepository& conversations() { return m_services.conversations; }

private:
    Services m_services;
    OpenAiClient m_client;
    AssistantTools m_tools;
};

} // namespace Dewey
