#pragma once

#include "alerts/AlertCommands.h"
#include "alerts/AlertTier.h"
#include "alerts/AlertTimer.h"
#include "stripe/CatchUpAlertPolicy.h"

#include <QList>
#include <QObject>

#include <memory>

namespace Dewey {

class AlertComposer;
class AlertQueue;
class AlertRepository;
class AppStateRepository;
class ControlServer;
class Database;
class IClock;
class OverlayServer;
class SalesLedger;
class Settings;

// Everything behind on-stream alerts, built once by the composition root: the queue and its
// database table, the composer with the streamer's tiers (<data folder>/alert-tiers.json), and the
// wiring to the overlay server (clients, the page's look), the sales ledger (each recorded sale
// alerts, unless catch-up found it too late) and the control channel (dewey-cli alerts …). Settings changes
// apply at once.
class AlertsModule : public QObject
{
    Q_OBJECT

public:
    // timer: null uses a QTimer (tests pass a manual one).
    AlertsModule(Database& database, AppStateRepository& appState, const Settings& settings,
                 const IClock& clock, QString tiersFilePath, std::unique_ptr<AlertTimer> timer = {},
                 QObject* parent = nullptr);
    ~AlertsModule() override;

    // Opens the queue's own connection to the (already migrated) database, loads the tiers (a broken
    // file is reported by tiersProblem(), not fatal) and the queue's pending alerts and pause state.
    bool prepare(QString* error);

    void connectOverlay(OverlayServer& server);
    void connectLedger(SalesLedger& ledger);
    void addCommands(ControlServer& control, AlertCommands::SaleLookup findSale = {});

    AlertQueue& queue() { return *m_queue; }
    // The queue's stored alerts (e.g. each sale's alert state for the sales history).
    const AlertRepository& repository() const { return *m_repository; }
    AlertComposer& composer() { return *m_composer; }

    QString tiersFilePath() const { return m_tiersFilePath; }
    const QList<AlertTier>& tiers() const;
    // Saves the tiers file and uses the tiers for the next alerts.
    bool setTiers(const QList<AlertTier>& tiers, QString* error);
    // Why the tiers file could not be used (then no tiers apply); empty when all is well.
    QString tiersProblem() const { return m_tiersProblem; }

signals:
    void tiersChanged();

private:
    void applySettings();
    void applyOverlayConfig();

    Database& m_appDatabase;
    // The queue writes through its own connection, without waiting for the disk on every commit
    // (synchronous=NORMAL): an alert must reach the stream in milliseconds, and the sale it shows is
    // already durable in the ledger. After a power cut the last alert states may be lost; after an
    // app crash they are not.
    std::unique_ptr<Database> m_database;
    const Settings& m_settings;
    QString m_tiersFilePath;
    QString m_tiersProblem;
    CatchUpAlertPolicy m_catchUpPolicy;
    std::unique_ptr<AlertRepository> m_repository;
    std::unique_ptr<AlertComposer> m_composer;
    std::unique_ptr<AlertQueue> m_queue;
    OverlayServer* m_overlay = nullptr;
};

} // namespace Dewey
