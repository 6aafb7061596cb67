#include "alerts/AlertsModule.h"

#include "alerts/AlertComposer.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertRepository.h"
#include "alerts/AlertTierFile.h"
#include "alerts/AlertTimer.h"
#include "db/Database.h"
#include "db/SqliteError.h"
#include "log/LogCategories.h"
#include "server/OverlayServer.h"
#include "settings/Settings.h"
#include "stripe/SalesLedger.h"

#include <QSqlQuery>

namespace Dewey {

AlertsModule::AlertsModule(Database& database, AppStateRepository& appState, const Settings& settings,
                           const IClock& clock, QString tiersFilePath, std::unique_ptr<AlertTimer> timer,
                           QObject* parent)
    : QObject(parent)
    , m_appDatabase(database)
    , m_database(std::make_unique<Database>())
    , m_settings(settings)
    , m_tiersFilePath(std::move(tiersFilePath))
    , m_catchUpPolicy(settings, clock)
    , m_repository(std::make_unique<AlertRepository>(*m_database, clock))
    , m_composer(std::make_unique<AlertComposer>(clock))
    , m_queue(std::make_unique<AlertQueue>(*m_repository, appState, *m_composer, clock, std::move(timer)))
{
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::AlertDurationMs || key == SettingsKey::AlertGapMs ||
            key == SettingsKey::AlertMaxPendingMinutes || key == SettingsKey::AlertVolumePercent)
            applySettings();
        if (key == SettingsKey::OverlayTheme || key == SettingsKey::OverlayCustomCss ||
            key == SettingsKey::AlertVolumePercent)
            applyOverlayConfig();
    });
}

AlertsModule::~AlertsModule() = default;

bool AlertsModule::prepare(QString* error)
{
    const Database::OpenResult opened = m_database->open(m_appDatabase.path());
    if (!opened.ok()) {
        if (error)
            *error = opened.error;
        return false;
    }
    QSqlQuery pragma(m_database->connection());
    if (!pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        qCWarning(lcAlerts) << "alert writes wait for the disk:" << sqliteErrorText(pragma.lastError());
    const AlertTierFile::ParseResult loaded = AlertTierFile::load(m_tiersFilePath);
    m_tiersProblem = loaded.error;
    if (!loaded.ok())
        qCWarning(lcAlerts) << "tiers not used:" << loaded.error;
    m_composer->setTiers(loaded.tiers);
    applySettings();
    return m_queue->load(error);
}

void AlertsModule::applySettings()
{
    AlertComposer::Defaults defaults = m_composer->defaults();
    defaults.durationMs = m_settings.alertDurationMs();
    defaults.volume = m_settings.alertVolumePercent() / 100.0;
    m_composer->setDefaults(defaults);

    AlertQueue::Options options = m_queue->options();
    options.gapMs = m_settings.alertGapMs();
    options.maxPendingAgeMs = qint64(m_settings.alertMaxPendingMinutes()) * 60 * 1000;
    m_queue->setOptions(options);
}

void AlertsModule::connectOverlay(OverlayServer& server)
{
    m_overlay = &server;
    connect(&server, &OverlayServer::clientReady, m_queue.get(), &AlertQueue::addClient);
    applyOverlayConfig();
}

void AlertsModule::applyOverlayConfig()
{
    if (!m_overlay)
        return;
    OverlayConfig config;
    config.theme = m_settings.overlayTheme();
    config.volume = m_settings.alertVolumePercent() / 100.0;
    m_overlay->setCustomCssFile(m_settings.overlayCustomCssFile());
    m_overlay->setConfig(config);
}

void AlertsModule::connectLedger(SalesLedger& ledger)
{
    connect(&ledger, &SalesLedger::saleRecorded, m_queue.get(), [this](const Sale& sale) {
        // A sale caught up after Dewey was closed for hours is recorded, not shouted about on stream.
        if (!m_catchUpPolicy.shouldAlert(sale)) {
            qCInfo(lcAlerts) << "no alert for" << sale.eventId << ": caught up too late";
            return;
        }
        QString reason;
        if (m_queue->enqueueSale(sale, &reason) == 0)
            qCInfo(lcAlerts) << "no alert for" << sale.eventId << ":" << reason;
    });
}

void AlertsModule::addCommands(ControlServer& control, AlertCommands::SaleLookup findSale)
{
    AlertCommands::addTo(control, *m_queue, std::move(findSale));
}

const QList<AlertTier>& AlertsModule::tiers() const
{
    return m_composer->tiers();
}

bool AlertsModule::setTiers(const QList<AlertTier>& tiers, QString* error)
{
    if (!AlertTierFile::save(m_tiersFilePath, tiers, error))
        return false;
    m_tiersProblem.clear();
    m_composer->setTiers(tiers);
    emit tiersChanged();
    return true;
}

} // namespace Dewey
