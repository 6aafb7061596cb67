#pragma once

#include "ManualClock.h"
#include "alerts/AlertsModule.h"
#include "db/AppStateRepository.h"
#include "db/Database.h"
#include "settings/Settings.h"
#include "stripe/SalesLedger.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

// The alerts and sales services of the app on a temporary data folder, with a clock the test sets:
// what the Alerts area's widgets are built on, without the servers.
namespace DeweyTest {

class AlertsFixture
{
public:
    AlertsFixture()
    {
        QVERIFY(m_dir.isValid());
        settings = std::make_unique<Dewey::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        database = std::make_unique<Dewey::Database>();
        const Dewey::Database::OpenResult opened =
            database->open(m_dir.filePath(QStringLiteral("dewey.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        appState = std::make_unique<Dewey::AppStateRepository>(*database, clock);
        ledger = std::make_unique<Dewey::SalesLedger>(*database, clock);
        alerts = std::make_unique<Dewey::AlertsModule>(*database, *appState, *settings, clock,
                                                       m_dir.filePath(QStringLiteral("alert-tiers.json")));
        QString error;
        QVERIFY2(alerts->prepare(&error), qPrintable(error));
        alerts->connectLedger(*ledger);
    }

    ~AlertsFixture()
    {
        alerts.reset();
        ledger.reset();
        appState.reset();
        database.reset();
    }

    static Dewey::Sale sale(const QString& id, const QDateTime& created, qint64 amountMinor = 6400,
                            const QString& currency = QStringLiteral("usd"),
                            const QString& buyer = QStringLiteral("Alex"))
    {
        Dewey::Sale sale;
        sale.eventId = QStringLiteral("evt_") + id;
        sale.objectId = QStringLiteral("cs_") + id;
        sale.created = created;
        sale.buyerName = buyer;
        sale.items = {Dewey::SaleItem{QStringLiteral("Hoodie"), 2}};
        sale.amountMinor = amountMinor;
        sale.currency = currency;
        sale.formattedAmount = QStringLiteral("%1 %2").arg(amountMinor).arg(currency);
        return sale;
    }

    static Dewey::PurchaseKeys keys(const Dewey::Sale& sale)
    {
        Dewey::PurchaseKeys keys;
        keys.objectId = sale.objectId;
        return keys;
    }

    // Records the sale as the intake does (announced through saleRecorded on the event loop).
    bool record(const Dewey::Sale& sale)
    {
        return ledger->recordSale(sale, keys(sale), QStringLiteral("checkout.session.completed"), false)
                   .status == Dewey::SalesLedger::WriteStatus::Written;
    }

    ManualClock clock{QDateTime(QDate(2026, 3, 14), QTime(20, 0), QTimeZone::utc()).toUTC()};
    std::unique_ptr<Dewey::Settings> settings;
    std::unique_ptr<Dewey::Database> database;
    std::unique_ptr<Dewey::AppStateRepository> appState;
    std::unique_ptr<Dewey::SalesLedger> ledger;
    std::unique_ptr<Dewey::AlertsModule> alerts;

private:
    QTemporaryDir m_dir;
};

} // namespace DeweyTest
