#include "AppServices.h"

#include "alerts/AlertsModule.h"
#include "assistant/Assistant.h"
#include "assistant/ConversationRepository.h"
#include "db/AppStateRepository.h"
#include "db/Database.h"
#include "log/LogCategories.h"
#include "log/Logging.h"
#include "notes/NotesModule.h"
#include "secrets/FileSecretBackend.h"
#include "secrets/KeychainSecretBackend.h"
#include "secrets/MemorySecretBackend.h"
#include "secrets/SecretStore.h"
#include "server/ControlServer.h"
#include "server/OverlayLanMode.h"
#include "server/OverlayServer.h"
#include "server/WebhookReceiver.h"
#include "settings/Settings.h"
#include "stripe/CatchUp.h"
#include "stripe/EndpointRegistrar.h"
#include "stripe/SalesLedger.h"
#include "stripe/SalesLedgerWriter.h"
#include "stripe/StripeApiClient.h"
#include "stripe/StripeWebhookIntake.h"
#include "stripe/tunnel/TunnelProcessLauncher.h"
#include "stripe/tunnel/TunnelSupervisor.h"

#include <QNetworkAccessManager>

namespace Dewey {

AppServices::AppServices(DataDirectory dataDirectory, QProcessEnvironment environment, Options options,
                         QObject* parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_environment(std::move(environment))
    , m_options(options)
{}

AppServices::~AppServices()
{
    shutdown();
}

bool AppServices::open(QString* error)
{
    if (!m_dataDirectory.ensureExists(error))
        return false;

    Logging::Options logOptions;
    logOptions.directory = m_dataDirectory.logDirectory();
    logOptions.toStderr = m_options.logToStderr;
    m_logging = std::make_unique<Logging>(logOptions);
    qCInfo(lcApp) << "data folder" << m_dataDirectory.path();

    m_settings = std::make_unique<Settings>(m_dataDirectory.settingsPath());

    m_database = std::make_unique<Database>();
    const Database::OpenResult opened = m_database->open(m_dataDirectory.databasePath());
    if (!opened.ok()) {
        *error = opened.error;
        qCCritical(lcDb) << opened.error;
        return false;
    }
    m_appState = std::make_unique<AppStateRepository>(*m_database, m_clock);

    m_secrets =
        std::make_unique<SecretStore>(std::make_unique<KeychainSecretBackend>(m_dataDirectory.path()),
                                      std::make_unique<MemorySecretBackend>(),
                                      std::make_unique<FileSecretBackend>(m_dataDirectory.secretsFilePath()),
                                      m_environment, m_settings->secretStorageMode());
    auto registerSecrets = [this] {
        for (const QString& value : m_secrets->knownSecretValues())
            m_logging->redactor().addSecret(value);
    };
    connect(m_secrets.get(), &SecretStore::loaded, this, [this, registerSecrets] {
        registerSecrets();
        emit secretsLoaded();
    });
    connect(m_secrets.get(), &SecretStore::saved, this, registerSecrets);
    if (!openNotes(error))
        return false;
    m_secrets->load();

    m_overlayServer = std::make_unique<OverlayServer>();
    m_overlayServer->setToken(m_settings->overlayToken());
    connect(m_settings.get(), &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::OverlayToken)
            m_overlayServer->setToken(m_settings->overlayToken());
    });
    m_webhookReceiver = std::make_unique<WebhookReceiver>();
    m_salesLedger = std::make_unique<SalesLedger>(*m_database, m_clock);
    m_stripeIntake =
        std::make_unique<StripeWebhookIntake>(*m_salesLedger, *m_secrets, *m_settings, m_clock, nullptr);
    // The Stripe API side. Nothing of it talks to Stripe or starts a tunnel before startServers():
    // dewey-cli's one-shot commands open the services too.
    m_stripeApi = std::make_unique<StripeApiClient>(*m_network, *m_secrets);
    m_stripeApi->setBaseUrl(StripeApiClient::baseUrlFrom(m_environment));
    m_stripeIntake->setLineItemsSource(m_stripeApi.get());
    m_catchUp = std::make_unique<CatchUp>(*m_stripeApi, *m_stripeIntake, *m_salesLedger, *m_appState,
                                          *m_settings, *m_secrets, m_clock);
    m_tunnelLauncher = std::make_unique<TunnelProcessLauncher>(m_environment);
    m_tunnel =
        std::make_unique<TunnelSupervisor>(*m_settings, *m_secrets, *m_tunnelLauncher, *m_network, m_clock);
    m_endpointRegistrar =
        std::make_unique<EndpointRegistrar>(*m_stripeApi, *m_secrets, *m_appState, *m_settings);
    connect(m_tunnel.get(), &TunnelSupervisor::publicUrlChanged, m_endpointRegistrar.get(),
            [this] { m_endpointRegistrar->followUrl(m_tunnel->webhookUrl()); });
    connect(m_tunnel.get(), &TunnelSupervisor::stateChanged, m_catchUp.get(),
            [this](TunnelSupervisor::State state) {
                m_catchUp->setTunnelUp(state == TunnelSupervisor::State::Running);
            });
    m_salesLedgerWriter = std::make_unique<SalesLedgerWriter>(m_database->path(), m_clock);
    if (QString writerError; m_salesLedgerWriter->start(&writerError))
        m_stripeIntake->setWriter(m_salesLedgerWriter.get());
    else
        qCWarning(lcStripe) << "Webhooks are recorded on the main thread:" << writerError;
    m_webhookReceiver->setHandler([this](const QHttpServerRequest& request, WebhookResponder responder) {
        m_stripeIntake->handleRequest(request, std::move(responder));
    });
    // Sales recorded just before the last stop may still wait for their line items (and alert).
    connect(this, &AppServices::secretsLoaded, m_stripeIntake.get(),
            &StripeWebhookIntake::resumePendingSales);
    m_lanMode = std::make_unique<OverlayLanMode>(*m_overlayServer, *m_settings);
    m_conversations = std::make_unique<ConversationRepository>(*m_database, m_clock);
    m_assistant = std::make_unique<Assistant>(Assistant::Services{
        *m_network, *m_settings, [this] { return m_secrets->value(SecretId::OpenAiApiKey); },
        *m_conversations, m_notes->repository(), m_notes->retriever(), m_salesLedger.get(), m_clock,
        m_environment});

    m_alerts = std::make_unique<AlertsModule>(*m_database, *m_appState, *m_settings, m_clock,
                                              m_dataDirectory.path() + QStringLiteral("/alert-tiers.json"));
    if (!m_alerts->prepare(error))
        return false;
    m_alerts->connectOverlay(*m_overlayServer);
    m_alerts->connectLedger(*m_salesLedger);
    m_control = std::make_unique<ControlServer>(m_dataDirectory.path());
    m_alerts->addCommands(*m_control,
                          [this](const QString& eventId) { return m_salesLedger->saleForEvent(eventId); });
    return true;
}

bool AppServices::openNotes(QString* error)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    // The key is read per request, so a key added in Settings is used at once.
    m_notes = std::make_unique<NotesModule>(*m_database, m_clock, *m_network,
                                            [this] { return m_secrets->value(SecretId::OpenAiApiKey); });
    if (!m_notes->prepare(error))
        return false;
    configureNotesEmbeddings();
    connect(m_settings.get(), &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::OpenAiBaseUrl || key == SettingsKey::EmbeddingModel ||
            key == SettingsKey::EmbeddingDimensions)
            configureNotesEmbeddings();
    });
    connect(m_secrets.get(), &SecretStore::valueChanged, this, [this](SecretId id) {
        if (id == SecretId::OpenAiApiKey)
            m_notes->apiKeyChanged();
    });
    if (m_options.indexNotes)
        connect(m_secrets.get(), &SecretStore::loaded, m_notes.get(), &NotesModule::startIndexing);
    else
        m_notes->loadVectors();
    return true;
}

void AppServices::configureNotesEmbeddings()
{
    const QString overrideUrl = m_environment.value(QStringLiteral("DEWEY_OPENAI_BASE_URL")).trimmed();
    m_notes->setEmbeddingConfig({QUrl(overrideUrl.isEmpty() ? m_settings->openAiBaseUrl() : overrideUrl),
                                 m_settings->embeddingModel(), m_settings->embeddingDimensions()});
}

bool AppServices::startServers(const ServerPorts& ports, QString* error)
{
    const QHostAddress loopback(QHostAddress::LocalHost);
    if (!m_overlayServer->listen(loopback, ports.overlay.value_or(m_settings->overlayPort()), error))
        return false;
    if (!m_webhookReceiver->listen(loopback, ports.webhook.value_or(m_settings->webhookPort()), error)) {
        m_overlayServer->close();
        return false;
    }
    startStripe();
    // Without the control channel only `dewey-cli alerts …` is missing: worth a warning, not a stop.
    QString controlError;
    if (!m_control->start(&controlError))
        qCWarning(lcApp) << controlError;
    return true;
}

void AppServices::startStripe()
{
    m_tunnel->setWebhookPort(m_webhookReceiver->port());
    // The Stripe CLI and catch-up both need the Stripe secret key: they start once secrets are read.
    auto start = [this] {
        m_tunnel->start();
        m_catchUp->start();
    };
    if (m_secrets->isLoaded())
        start();
    else
        connect(m_secrets.get(), &SecretStore::loaded, this, start, Qt::SingleShotConnection);
}

void AppServices::shutdown()
{
    // The tunnel program goes first: a quick tunnel left running would point at a closed port.
    if (m_tunnel)
        m_tunnel->shutdown();
    if (m_catchUp)
        m_catchUp->stop();
    if (m_control)
        m_control->stop();
    if (m_webhookReceiver)
        m_webhookReceiver->close();
    if (m_overlayServer)
        m_overlayServer->close();
    if (m_database && m_database->isOpen()) {
        m_database->close();
        qCInfo(lcApp) << "database closed";
    }
}

} // namespace Dewey
