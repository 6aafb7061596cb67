#pragma once

#include "common/Clock.h"
#include "common/DataDirectory.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Dewey {

class AlertsModule;
class AppStateRepository;
class Assistant;
class CatchUp;
class ControlServer;
class ConversationRepository;
class Database;
class EndpointRegistrar;
class Logging;
class NotesModule;
class OverlayLanMode;
class OverlayServer;
class SalesLedger;
class SalesLedgerWriter;
class SecretStore;
class Settings;
class StripeApiClient;
class StripeWebhookIntake;
class TunnelProcessLauncher;
class TunnelSupervisor;
class WebhookReceiver;

// Ports to listen on; unset means "the port stored in Settings", 0 means "any free port".
struct ServerPorts
{
    std::optional<quint16> overlay;
    std::optional<quint16> webhook;
};

// The composition root: builds every service of Dewey once, in one place, and hands references to
// the GUI and the CLI. Nothing else creates services; nothing reaches them through globals.
class AppServices : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool logToStderr = true;
        // Compute missing note vectors in the background once secrets are loaded (not in dewey-cli).
        bool indexNotes = true;
    };

    AppServices(DataDirectory dataDirectory, QProcessEnvironment environment, Options options,
                QObject* parent = nullptr);
    ~AppServices() override;

    // Creates the data folder, starts logging, opens the database and settings, and starts loading
    // secrets (secretsLoaded() follows). On failure *error is a message the streamer can act on.
    bool open(QString* error);

    // Starts the overlay server and the webhook receiver on 127.0.0.1.
    bool startServers(const ServerPorts& ports, QString* error);

    // Stops the servers and closes the database. Safe to call twice.
    void shutdown();

    const DataDirectory& dataDirectory() const { return m_dataDirectory; }
    const QProcessEnvironment& environment() const { return m_environment; }
    IClock& clock() { return m_clock; }
    Settings& settings() { return *m_settings; }
    Database& database() { return *m_database; }
    AppStateRepository& appState() { return *m_appState; }
    SecretStore& secrets() { return *m_secrets; }
    OverlayServer& overlayServer() { return *m_overlayServer; }
    WebhookReceiver& webhookReceiver() { return *m_webhookReceiver; }
    // Stripe sales: the ledger (every recorded sale, saleRecorded) and the intake that feeds it from
    // webhooks and catch-up (ingestEvent).
    SalesLedger& salesLedger() { return *m_salesLedger; }
    StripeWebhookIntake& stripeIntake() { return *m_stripeIntake; }
    // The Stripe API side: the REST client, catch-up, the tunnel to the webhook port, and the
    // registration of the tunnel's address with the streamer's Stripe account ("Connect Stripe").
    StripeApiClient& stripeApi() { return *m_stripeApi; }
    CatchUp& catchUp() { return *m_catchUp; }
    TunnelSupervisor& tunnel() { return *m_tunnel; }
    EndpointRegistrar& endpointRegistrar() { return *m_endpointRegistrar; }
    // Shared by everything that talks HTTP to the outside (OpenAI chat and embeddings, Stripe).
    QNetworkAccessManager& network() { return *m_network; }
    // Notes: repository, embeddings and hybrid retrieval.
    NotesModule& notes() { return *m_notes; }
    // Dewey the assistant: chat sessions over the notes and the ledger, and the stored conversations.
    Assistant& assistant() { return *m_assistant; }
    ConversationRepository& conversations() { return *m_conversations; }
    // On-stream alerts: the queue, tiers, and their wiring to the overlay server and the ledger.
    AlertsModule& alerts() { return *m_alerts; }
    // The local channel `dewey-cli alerts …` talks to; listening once startServers() succeeded.
    ControlServer& control() { return *m_control; }

signals:
    void secretsLoaded();

private:
    bool openNotes(QString* error);
    void configureNotesEmbeddings();
    void startStripe();

private:
    DataDirectory m_dataDirectory;
    QProcessEnvironment m_environment;
    Options m_options;
    SystemClock m_clock;
    std::unique_ptr<Logging> m_logging;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppStateRepository> m_appState;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<OverlayServer> m_overlayServer;
    std::unique_ptr<WebhookReceiver> m_webhookReceiver;
    std::unique_ptr<SalesLedger> m_salesLedger;
    std::unique_ptr<SalesLedgerWriter> m_salesLedgerWriter; // commits webhook batches off the UI thread
    std::unique_ptr<StripeWebhookIntake> m_stripeIntake;
    std::unique_ptr<QNetworkAccessManager> m_network;
    // After the network manager, so they are gone before it.
    std::unique_ptr<StripeApiClient> m_stripeApi;
    std::unique_ptr<CatchUp> m_catchUp;
    std::unique_ptr<TunnelProcessLauncher> m_tunnelLauncher;
    std::unique_ptr<TunnelSupervisor> m_tunnel;
    std::unique_ptr<EndpointRegistrar> m_endpointRegistrar;
    std::unique_ptr<NotesModule> m_notes;
    std::unique_ptr<AlertsModule> m_alerts;
    std::unique_ptr<OverlayLanMode> m_lanMode;
    std::unique_ptr<ControlServer> m_control;
    std::unique_ptr<ConversationRepository> m_conversations;
    std::unique_ptr<Assistant> m_assistant;
};

} // namespace Dewey
