#pragma once

#include "stripe/StripeApiClient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Dewey {

class AppStateRepository;
class IClock;
class SalesLedger;
class SecretStore;
class Settings;
class StripeWebhookIntake;

// No sale lost while Dewey was closed or the tunnel was down: asks the Stripe Events API for the
// events Dewey acts on since it last looked, and feeds them through the same intake as webhooks
// (EventSource::CatchUp), where the ledger's idempotency makes an event that came both ways count
// once. Runs at start, every few minutes (Settings), when the tunnel comes back, and on request; it
// needs only the Stripe secret key, so it also works with no tunnel at all.
//
// Where it starts: the cursor it stored after the last complete run ("stripe/catchUpCursor" in the
// app state: Stripe's clock at that run, minus an overlap for events Stripe lists late), else the
// newest event in the ledger, else the moment of this first run (a new install does not import
// history). The cursor only moves after every page was read and every event recorded, so a failed
// run is simply repeated. Stripe keeps events for 30 days; a longer gap is reported, not hidden.
class CatchUp : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int overlapSeconds = 300;
        int retentionDays = 30;
        int pageLimit = 100;
        int maxPages = 500; // 50,000 events: far beyond any store's month, and a bound on a broken list
    };

    struct Report
    {
        bool ok = false;
        QString error;         // why the run failed (no key, Stripe refused, …)
        QDateTime from;        // events created after this were asked for
        QDateTime until;       // Stripe's time when the run began
        int listed = 0;        // events Stripe listed
        int recorded = 0;      // new sales
        int statusChanges = 0; // refunds, disputes
        int duplicates = 0;    // already known (webhooks got there first)
        int ignored = 0;       // not alert-worthy, unsupported or unreadable
        // Some of the gap is older than Stripe keeps events; gapMessage says what is missing.
        bool gapBeyondRetention = false;
        QString gapMessage;
        QDateTime finishedAt;
    };

    static QString cursorStateKey() { return QStringLiteral("stripe/catchUpCursor"); }

    CatchUp(StripeApiClient& api, StripeWebhookIntake& intake, const SalesLedger& ledger,
            AppStateRepository& appState, const Settings& settings, const SecretStore& secrets,
            const IClock& clock, QObject* parent = nullptr);

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }

    // Runs now and then every catch-up interval (Settings); also when the Stripe key is added.
    void start();
    void stop();
    // Runs now, or right after the run in progress.
    void runNow();
    // Tell it whether the tunnel is up: coming back up triggers a run (events may have been missed).
    void setTunnelUp(bool up);

    bool isRunning() const { return m_running; }
    bool hasRun() const { return m_lastReport.finishedAt.isValid(); }
    const Report& lastReport() const { return m_lastReport; }
    // The stored cursor; invalid before the first complete run.
    QDateTime cursor() const;
    // A one-line summary of the last run for Settings → Stripe.
    QString summary() const;

signals:
    void started();
    void finished(const Dewey::CatchUp::Report& report);

private:
    void begin();
    void requestPage(const QString& startingAfter, int page);
    void onPage(const StripeApiClient::EventsPage& page, int pageNumber);
    void ingestAll();
    void finish(Report report);
    void applyInterval();
    QDateTime startPoint(const QDateTime& now) const;

    StripeApiClient& m_api;
    StripeWebhookIntake& m_intake;
    const SalesLedger& m_ledger;
    AppStateRepository& m_appState;
    const Settings& m_settings;
    const SecretStore& m_secrets;
    const IClock& m_clock;
    Options m_options;
    QTimer m_timer;

    bool m_active = false; // start() was called
    bool m_running = false;
    bool m_runAgain = false;
    bool m_tunnelUp = false;
    bool m_tunnelWasUp = false;
    qsizetype m_ingestIndex = 0;
    Report m_current;
    QList<QJsonObject> m_collected; // newest first, as listed
    QString m_lastId;
    Report m_lastReport;
};

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::CatchUp::Report)
