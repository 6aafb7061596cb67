#include "alerts/AlertQueue.h"

#include "alerts/AlertClient.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertRepository.h"
#include "alerts/AlertTimer.h"
#include "common/Clock.h"
#include "db/AppStateRepository.h"
#include "log/LogCategories.h"
#include "stripe/Sale.h"

#include <QPointer>

namespace Dewey {

namespace {
const QString kPausedValue = QStringLiteral("1");
const QString kRunningValue = QStringLiteral("0");
} // namespace

QString AlertQueue::pausedStateKey()
{
    return QStringLiteral("alerts/paused");
}

AlertQueue::AlertQueue(AlertRepository& repository, AppStateRepository& appState,
                       const AlertComposer& composer, const IClock& clock, std::unique_ptr<AlertTimer> timer,
                       QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_appState(appState)
    , m_composer(composer)
    , m_clock(clock)
    , m_timer(timer ? std::move(timer) : std::make_unique<QtAlertTimer>())
{
    connect(m_timer.get(), &AlertTimer::timeout, this, &AlertQueue::onTimeout);
}

AlertQueue::~AlertQueue()
{
    // Clients may outlive the queue; they must not call back into it.
    for (const ClientEntry& entry : std::as_const(m_clients))
        disconnect(entry.client, nullptr, this, nullptr);
}

bool AlertQueue::load(QString* error)
{
    m_paused = m_appState.value(pausedStateKey(), kRunningValue) == kPausedValue;
    bool ok = false;
    QList<Alert> stored = m_repository.pending(&ok);
    if (!ok) {
        if (error)
            *error = tr("Dewey could not read the waiting alerts from its database.");
        return false;
    }
    QList<qint64> expired;
    m_pending.clear();
    for (const Alert& alert : std::as_const(stored)) {
        if (isTooOld(alert))
            expired << alert.id;
        else
            m_pending << alert;
    }
    if (!expired.isEmpty()) {
        qCInfo(lcAlerts) << "dropping" << expired.size() << "alerts that waited too long";
        m_repository.setState(expired, AlertRepository::State::Expired);
    }
    qCInfo(lcAlerts) << "loaded" << m_pending.size() << "waiting alerts; paused:" << m_paused;
    emit pendingCountChanged(pendingCount());
    tryStart();
    return true;
}

qint64 AlertQueue::enqueue(Alert alert, QString* error)
{
    if (isTooOld(alert)) {
        qCInfo(lcAlerts) << "not alerting" << alert.eventId << ": older than the maximum age";
        if (error)
            *error = tr("The sale is too old to be shown on stream.");
        return 0;
    }
    if (canStart() && m_pending.isEmpty()) {
        switch (sendBeforeStoring(alert)) {
        case SendNow::Sent:
            return alert.id;
        case SendNow::AlreadyAlerted:
            return refuseAlreadyAlerted(alert, error);
        case SendNow::NotChecked:
            break;
        }
    }
    QString reason;
    switch (m_repository.insert(&alert, &reason)) {
    case AlertRepository::InsertStatus::Inserted:
        break;
    case AlertRepository::InsertStatus::Duplicate:
        return refuseAlreadyAlerted(alert, error);
    case AlertRepository::InsertStatus::Failed:
        emit problem(reason);
        if (error)
            *error = reason;
        return 0;
    }
    qCInfo(lcAlerts) << "queued alert" << alert.id << alertKindName(alert.kind) << alert.eventId;
    emit alertQueued(alert);
    m_pending << alert;
    emit pendingCountChanged(pendingCount());
    tryStart();
    return alert.id;
}

qint64 AlertQueue::refuseAlreadyAlerted(const Alert& alert, QString* error) const
{
    qCInfo(lcAlerts) << "already alerted for" << alert.eventId;
    if (error)
        *error = tr("This sale has already been queued.");
    return 0;
}

AlertQueue::SendNow AlertQueue::sendBeforeStoring(Alert& alert)
{
    // With nothing ahead of it the alert goes on stream at once, and is stored (as shown) right after:
    // the row is the slow half (about a quarter of a millisecond), and viewers should not wait for it.
    // What it guards is checked first: a sale's alert plays once, and the id is reserved. If the row
    // then cannot be written (a full disk), the alert still played; the streamer sees the problem.
    if (alert.kind == AlertKind::Sale && !alert.replay) {
        bool readable = false;
        const bool alerted = m_repository.saleHasAlert(alert.eventId, &readable);
        if (!readable)
            return SendNow::NotChecked;
        if (alerted)
            return SendNow::AlreadyAlerted;
    }
    alert.id = m_repository.reserveId();
    if (alert.id <= 0)
        return SendNow::NotChecked;
    emit alertQueued(alert);
    show(alert);
    QString reason;
    const AlertRepository::InsertStatus stored =
        m_repository.insert(&alert, &reason, AlertRepository::State::Shown);
    if (stored != AlertRepository::InsertStatus::Inserted) {
        qCWarning(lcAlerts) << "alert" << alert.id << "went on stream but could not be stored:"
                            << (stored == AlertRepository::InsertStatus::Duplicate
                                    ? QStringLiteral("duplicate")
                                    : reason);
        if (!reason.isEmpty())
            emit problem(reason);
    }
    return SendNow::Sent;
}

qint64 AlertQueue::enqueueSale(const Sale& sale, QString* error)
{
    if (sale.status != SaleStatus::Recorded) {
        if (error)
            *error = tr("Refunded or disputed sales are not shown on stream.");
        return 0;
    }
    return enqueue(m_composer.fromSale(sale), error);
}

qint64 AlertQueue::replaySale(const Sale& sale, QString* error)
{
    return enqueue(m_composer.fromSale(sale, true), error);
}

qint64 AlertQueue::sendTestAlert(QString* error)
{
    return enqueue(m_composer.testAlert(), error);
}

bool AlertQueue::setPaused(bool paused, QString* error)
{
    if (paused == m_paused)
        return true;
    QString reason;
    if (!m_appState.setValue(pausedStateKey(), paused ? kPausedValue : kRunningValue, &reason)) {
        qCWarning(lcAlerts) << "Could not remember the alert pause:" << reason;
        if (error)
            *error = reason;
        return false;
    }
    m_paused = paused;
    qCInfo(lcAlerts) << (paused ? "paused" : "resumed");
    broadcast(paused ? AlertControl::Pause : AlertControl::Resume);
    emit pausedChanged(m_paused);
    tryStart();
    return true;
}

bool AlertQueue::skip()
{
    if (m_phase != Phase::Showing || !m_current)
        return false;
    broadcast(AlertControl::Skip, m_current->id);
    finish(FinishReason::Skipped);
    return true;
}

int AlertQueue::clear(QString* error)
{
    QList<qint64> ids;
    for (const Alert& alert : std::as_const(m_pending))
        ids << alert.id;
    QString reason;
    if (!m_repository.setState(ids, AlertRepository::State::Cleared, &reason)) {
        emit problem(reason);
        if (error)
            *error = reason;
        return 0;
    }
    m_pending.clear();
    broadcast(AlertControl::Clear);
    if (m_phase == Phase::Showing)
        finish(FinishReason::Cleared);
    qCInfo(lcAlerts) << "cleared" << ids.size() << "waiting alerts";
    emit pendingCountChanged(0);
    return static_cast<int>(ids.size());
}

void AlertQueue::reloadClients()
{
    broadcast(AlertControl::Reload);
}

void AlertQueue::addClient(AlertClient* client)
{
    if (!client)
        return;
    for (const ClientEntry& entry : std::as_const(m_clients)) {
        if (entry.client == client)
            return;
    }
    const bool overlay = client->role() == AlertClient::Role::Overlay;
    m_clients << ClientEntry{client, overlay};
    connect(client, &AlertClient::shown, this, [this, client](qint64 id) { onShown(client, id); });
    connect(client, &AlertClient::done, this, [this, client](qint64 id) { onDone(client, id); });
    connect(client, &QObject::destroyed, this, &AlertQueue::forgetClient);
    qCInfo(lcAlerts) << "client attached:" << client->description();
    if (m_paused)
        client->sendControl(AlertControl::Pause, 0);
    if (overlay) {
        emit overlayCountChanged(overlayCount());
        tryStart();
    }
}

void AlertQueue::removeClient(AlertClient* client)
{
    if (client)
        disconnect(client, nullptr, this, nullptr);
    forgetClient(client);
}

void AlertQueue::forgetClient(QObject* client)
{
    // Called from QObject::destroyed too, when the AlertClient part is already gone: compare only.
    const auto found = std::find_if(m_clients.begin(), m_clients.end(), [client](const ClientEntry& entry) {
        return static_cast<QObject*>(entry.client) == client;
    });
    if (found == m_clients.end())
        return;
    AlertClient* const gone = found->client;
    const bool overlay = found->overlay;
    m_clients.erase(found);
    m_waiting.remove(gone);
    qCInfo(lcAlerts) << "client detached;" << m_clients.size() << "left";
    if (!overlay)
        return;
    emit overlayCountChanged(overlayCount());
    if (m_phase == Phase::Showing && m_waiting.isEmpty())
        finish(overlayCount() == 0 ? FinishReason::NoAudience : FinishReason::Done);
}

int AlertQueue::overlayCount() const
{
    return static_cast<int>(std::count_if(m_clients.cbegin(), m_clients.cend(),
                                          [](const ClientEntry& entry) { return entry.overlay; }));
}

bool AlertQueue::canStart() const
{
    return m_phase == Phase::Idle && !m_paused && overlayCount() > 0;
}

void AlertQueue::tryStart()
{
    if (!canStart())
        return;
    QList<qint64> expired;
    while (!m_pending.isEmpty()) {
        const Alert next = m_pending.takeFirst();
        if (isTooOld(next)) {
            expired << next.id;
            continue;
        }
        // Marked before it is sent: after a crash mid-alert it must not play a second time.
        QString reason;
        if (!m_repository.setState({next.id}, AlertRepository::State::Shown, &reason)) {
            qCWarning(lcAlerts) << "Could not mark alert" << next.id << "as shown:" << reason;
            emit problem(reason);
        }
        emit pendingCountChanged(pendingCount());
        show(next);
        break;
    }
    if (!expired.isEmpty()) {
        qCInfo(lcAlerts) << "dropping" << expired.size() << "alerts that waited too long";
        m_repository.setState(expired, AlertRepository::State::Expired);
        emit pendingCountChanged(pendingCount());
    }
}

void AlertQueue::show(const Alert& alert)
{
    m_phase = Phase::Showing;
    m_current = alert;
    m_currentShown = false;
    m_waiting.clear();
    QList<QPointer<AlertClient>> targets;
    for (const ClientEntry& entry : std::as_const(m_clients)) {
        if (entry.overlay)
            m_waiting.insert(entry.client);
        targets << entry.client;
    }
    m_timer->start(alert.durationMs + m_options.graceMs);
    emit alertStarted(alert);
    // A client may answer (or vanish) synchronously while we send; QPointer skips the vanished, and
    // the id check stops sending once the alert already ended.
    for (const QPointer<AlertClient>& target : std::as_const(targets)) {
        if (target && m_current && m_current->id == alert.id)
            target->showAlert(alert);
    }
    // Logged once it is on its way: writing the line costs more than sending the alert.
    qCInfo(lcAlerts) << "showing alert" << alert.id << alertKindName(alert.kind) << alert.eventId << "on"
                     << targets.size() << "clients";
}

void AlertQueue::finish(FinishReason reason)
{
    if (m_phase != Phase::Showing || !m_current)
        return;
    const qint64 id = m_current->id;
    m_current.reset();
    m_waiting.clear();
    m_phase = Phase::Gap;
    m_timer->start(m_options.gapMs);
    qCInfo(lcAlerts) << "alert" << id << "finished:" << reason;
    emit alertFinished(id, reason);
}

void AlertQueue::onTimeout()
{
    switch (m_phase) {
    case Phase::Showing:
        qCInfo(lcAlerts) << "overlays did not report done in time:" << m_waiting.size();
        finish(FinishReason::TimedOut);
        break;
    case Phase::Gap:
        m_phase = Phase::Idle;
        tryStart();
        break;
    case Phase::Idle:
        break;
    }
}

void AlertQueue::onShown(AlertClient* client, qint64 alertId)
{
    Q_UNUSED(client)
    if (!m_current || m_current->id != alertId || m_currentShown)
        return;
    m_currentShown = true;
    emit alertShown(alertId);
}

void AlertQueue::onDone(AlertClient* client, qint64 alertId)
{
    if (m_phase != Phase::Showing || !m_current || m_current->id != alertId)
        return;
    if (m_waiting.remove(client) && m_waiting.isEmpty())
        finish(FinishReason::Done);
}

void AlertQueue::broadcast(AlertControl control, qint64 alertId)
{
    QList<QPointer<AlertClient>> targets;
    for (const ClientEntry& entry : std::as_const(m_clients))
        targets << entry.client;
    for (const QPointer<AlertClient>& target : std::as_const(targets)) {
        if (target)
            target->sendControl(control, alertId);
    }
}

bool AlertQueue::isTooOld(const Alert& alert) const
{
    if (!alert.createdAt.isValid() || m_options.maxPendingAgeMs <= 0)
        return false;
    return alert.createdAt.msecsTo(m_clock.now()) > m_options.maxPendingAgeMs;
}

} // namespace Dewey
