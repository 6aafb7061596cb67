#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertTimer.h"

#include <QList>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace Dewey {

class AlertClient;
class AlertComposer;
class AlertRepository;
class AppStateRepository;
class IClock;
struct Sale;

// One alert on stream at a time, in order of arrival. An alert goes to every connected client; the
// next one follows when every overlay reported done — or when the alert's duration plus a grace
// period has passed, so a stuck or vanished client never holds the queue — and then a gap.
//
// Alerts wait in the database while no overlay is connected, while paused, and across restarts (up to
// a maximum age); an alert is marked shown the moment it is sent, so it never plays twice. The queue
// owns the paused state ("alerts/paused" in the app state) for the tray, the Alerts area and the CLI.
class AlertQueue : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int gapMs = 1500;                        // between one alert leaving and the next arriving
        int graceMs = 4000;                      // how long past its duration an alert may take
        qint64 maxPendingAgeMs = 30 * 60 * 1000; // older alerts are dropped instead of shown
    };

    enum class FinishReason
    {
        Done,       // every overlay reported done
        TimedOut,   // duration + grace elapsed first
        Skipped,    // the streamer skipped it
        Cleared,    // the streamer cleared the queue
        NoAudience, // the last overlay disconnected
    };
    Q_ENUM(FinishReason)

    // The app-state key of the paused flag ("1" paused, "0" running).
    static QString pausedStateKey();

    // timer: null uses a QTimer; tests pass a manual one.
    AlertQueue(AlertRepository& repository, AppStateRepository& appState, const AlertComposer& composer,
               const IClock& clock, std::unique_ptr<AlertTimer> timer = {}, QObject* parent = nullptr);
    ~AlertQueue() override;

    // Restores the paused flag and the pending alerts of the last run, dropping those past the
    // maximum age. Call once after the database is open.
    bool load(QString* error = nullptr);

    const Options& options() const { return m_options; }
    void setOptions(const Options& options) { m_options = options; }

    // Queues an alert; returns its id, or 0 when it was not queued (*error says why: a duplicate
    // sale, too old, or the database refused).
    qint64 enqueue(Alert alert, QString* error = nullptr);
    // A sale recorded by the intake (once per sale: a second call for the same event is ignored).
    qint64 enqueueSale(const Sale& sale, QString* error = nullptr);
    // Any past sale again, as the streamer asked.
    qint64 replaySale(const Sale& sale, QString* error = nullptr);
    qint64 sendTestAlert(QString* error = nullptr);

    bool isPaused() const { return m_paused; }
    // Persists first; the state changes only when it was stored. An alert on screen plays to its end.
    bool setPaused(bool paused, QString* error = nullptr);
    // Takes the current alert off now; false when none is on screen.
    bool skip();
    // Drops every pending alert and takes the current one off; returns how many were pending.
    int clear(QString* error = nullptr);
    // Tells every client to load its page again.
    void reloadClients();

    void addClient(AlertClient* client);
    void removeClient(AlertClient* client);
    // Clients that show alerts to viewers (previews are not counted).
    int overlayCount() const;
    int clientCount() const { return static_cast<int>(m_clients.size()); }

    std::optional<Alert> current() const { return m_current; }
    const QList<Alert>& pending() const { return m_pending; }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

signals:
    void pausedChanged(bool paused);
    void pendingCountChanged(int count);
    void overlayCountChanged(int count);
    void alertQueued(const Dewey::Alert& alert);
    void alertStarted(const Dewey::Alert& alert);
    void alertShown(qint64 alertId);
    void alertFinished(qint64 alertId, Dewey::AlertQueue::FinishReason reason);
    // Something went wrong that the streamer should see (the database refused a write).
    void problem(const QString& message);

private:
    enum class Phase
    {
        Idle,
        Showing,
        Gap,
    };

    struct ClientEntry
    {
        AlertClient* client = nullptr;
        bool overlay = true;
    };

    enum class SendNow
    {
        Sent,           // on stream, then stored as shown
        AlreadyAlerted, // the sale had its alert: nothing sent
        NotChecked,     // the database could not be asked first: store, then send
    };

    bool canStart() const;
    SendNow sendBeforeStoring(Alert& alert);
    qint64 refuseAlreadyAlerted(const Alert& alert, QString* error) const;
    void tryStart();
    void show(const Alert& alert);
    void finish(FinishReason reason);
    void onTimeout();
    void onShown(AlertClient* client, qint64 alertId);
    void onDone(AlertClient* client, qint64 alertId);
    void forgetClient(QObject* client);
    void broadcast(AlertControl control, qint64 alertId = 0);
    bool isTooOld(const Alert& alert) const;

    AlertRepository& m_repository;
    AppStateRepository& m_appState;
    const AlertComposer& m_composer;
    const IClock& m_clock;
    std::unique_ptr<AlertTimer> m_timer;
    Options m_options;

    bool m_paused = false;
    Phase m_phase = Phase::Idle;
    QList<Alert> m_pending;
    std::optional<Alert> m_current;
    bool m_currentShown = false;
    QSet<AlertClient*> m_waiting; // overlays that have not reported done for the current alert
    QList<ClientEntry> m_clients;
};

} // namespace Dewey
