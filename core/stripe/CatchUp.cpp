#include "stripe/CatchUp.h"

#include "common/Clock.h"
#include "db/AppStateRepository.h"
#include "log/LogCategories.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "stripe/SalesLedger.h"
#include "stripe/StripeEventMapper.h"
#include "stripe/StripeWebhookIntake.h"

#include <QLocale>
#include <QTimeZone>

namespace Dewey {

namespace {

// Events recorded per turn of the event loop, so a long gap does not freeze the window.
constexpr qsizetype kEventsPerTurn = 50;

QString shortDate(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

CatchUp::CatchUp(StripeApiClient& api, StripeWebhookIntake& intake, const SalesLedger& ledger,
                 AppStateRepository& appState, const Settings& settings, const SecretStore& secrets,
                 const IClock& clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_intake(intake)
    , m_ledger(ledger)
    , m_appState(appState)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_clock(clock)
{
    qRegisterMetaType<Dewey::CatchUp::Report>();
    connect(&m_timer, &QTimer::timeout, this, &CatchUp::runNow);
    connect(&settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::StripeCatchUpIntervalMinutes)
            applyInterval();
    });
    connect(&secrets, &SecretStore::valueChanged, this, [this](SecretId id) {
        if (id == SecretId::StripeSecretKey && m_active && m_secrets.hasValue(SecretId::StripeSecretKey))
            runNow();
    });
}

void CatchUp::start()
{
    if (m_active)
        return;
    m_active = true;
    applyInterval();
    runNow();
}

void CatchUp::stop()
{
    m_active = false;
    m_timer.stop();
}

void CatchUp::applyInterval()
{
    if (!m_active)
        return;
    m_timer.start(m_settings.catchUpIntervalMinutes() * 60 * 1000);
}

void CatchUp::setTunnelUp(bool up)
{
    const bool cameBack = up && !m_tunnelUp && m_tunnelWasUp;
    m_tunnelUp = up;
    m_tunnelWasUp = m_tunnelWasUp || up;
    if (cameBack && m_active) {
        qCInfo(lcStripe) << "catch-up: the tunnel is back";
        runNow();
    }
}

void CatchUp::runNow()
{
    if (m_running) {
        m_runAgain = true;
        return;
    }
    begin();
}

QDateTime CatchUp::cursor() const
{
    bool ok = false;
    const qint64 seconds = m_appState.value(cursorStateKey()).toLongLong(&ok);
    return ok && seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()) : QDateTime();
}

QDateTime CatchUp::startPoint(const QDateTime& now) const
{
    const QDateTime stored = cursor();
    if (stored.isValid())
        return stored;
    const QDateTime newest = m_ledger.newestEventCreated();
    if (newest.isValid())
        return newest.addSecs(-m_options.overlapSeconds);
    return now.addSecs(-m_options.overlapSeconds);
}

void CatchUp::begin()
{
    m_running = true;
    m_runAgain = false;
    m_current = Report{};
    m_collected.clear();
    m_ingestIndex = 0;
    // Restart the interval, so a run on request is not followed by another a moment later.
    applyInterval();
    emit started();

    if (!m_api.hasSecretKey()) {
        Report report;
        report.error = tr("Catch-up needs the Stripe secret key: add it in Settings → Secrets.");
        finish(report);
        return;
    }
    m_current.from = startPoint(m_clock.now());
    requestPage({}, 1);
}

void CatchUp::requestPage(const QString& startingAfter, int page)
{
    StripeApiClient::EventsQuery query;
    query.types = StripeEventMapper::handledEventTypes(m_settings.paymentIntentSales());
    query.createdAfter = m_current.from;
    query.startingAfter = startingAfter;
    query.limit = m_options.pageLimit;
    m_api.listEvents(query, this,
                     [this, page](const StripeApiClient::EventsPage& result) { onPage(result, page); });
}

void CatchUp::onPage(const StripeApiClient::EventsPage& page, int pageNumber)
{
    if (!page.response.ok()) {
        Report report = m_current;
        report.error = page.response.message;
        finish(report);
        return;
    }
    if (pageNumber == 1)
        m_current.until = page.response.serverTime.isValid() ? page.response.serverTime : m_clock.now();
    m_collected.append(page.events);
    m_current.listed = static_cast<int>(m_collected.size());
    const QString last =
        page.events.isEmpty() ? QString() : page.events.constLast().value(QLatin1String("id")).toString();
    if (page.hasMore) {
        // A list that says "more" but does not move on would be read forever.
        if (last.isEmpty() || last == m_lastId || pageNumber >= m_options.maxPages) {
            Report report = m_current;
            report.error =
                tr("Stripe's event list did not end after %1 pages; catch-up stopped.").arg(pageNumber);
            finish(report);
            return;
        }
        m_lastId = last;
        requestPage(last, pageNumber + 1);
        return;
    }
    m_lastId.clear();
    ingestAll();
}

void CatchUp::ingestAll()
{
    // Oldest first: a sale before its refund, and the ledger's newest event moves forward in order.
    // A batch is one transaction (one disk flush), and the event loop turns between batches.
    const qsizetype total = m_collected.size();
    QList<QJsonObject> batch;
    QStringList ids;
    while (m_ingestIndex < total && batch.size() < kEventsPerTurn) {
        const QJsonObject& event = m_collected.at(total - 1 - m_ingestIndex);
        ++m_ingestIndex;
        const QString id = event.value(QLatin1String("id")).toString();
        if (!id.isEmpty() && m_ledger.containsEvent(id)) {
            ++m_current.duplicates; // webhooks got there first
            continue;
        }
        batch << event;
        ids << id;
    }
    const QList<StripeWebhookIntake::IngestResult> results =
        batch.isEmpty() ? QList<StripeWebhookIntake::IngestResult>{}
                        : m_intake.ingestEvents(batch, EventSource::CatchUp);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const StripeWebhookIntake::IngestResult& result = results.at(i);
        switch (result.outcome) {
        case StripeWebhookIntake::Outcome::Recorded:
            ++m_current.recorded;
            break;
        case StripeWebhookIntake::Outcome::StatusChanged:
            ++m_current.statusChanges;
            break;
        case StripeWebhookIntake::Outcome::Duplicate:
            ++m_current.duplicates;
            break;
        case StripeWebhookIntake::Outcome::Ignored:
        case StripeWebhookIntake::Outcome::Unsupported:
        case StripeWebhookIntake::Outcome::Invalid:
            ++m_current.ignored;
            break;
        case StripeWebhookIntake::Outcome::Unavailable:
        case StripeWebhookIntake::Outcome::StorageFailed: {
            // Nothing of this run counts: the cursor stays, and the next run repeats it.
            Report report = m_current;
            report.error = tr("Could not record event %1: %2").arg(ids.value(i), result.reason);
            finish(report);
            return;
        }
        }
    }
    if (m_ingestIndex < total) {
        QTimer::singleShot(0, this, &CatchUp::ingestAll);
        return;
    }

    Report report = m_current;
    report.ok = true;
    const QDateTime reachable = report.until.addDays(-m_options.retentionDays);
    if (report.from < reachable) {
        report.gapBeyondRetention = true;
        report.gapMessage =
            tr("Dewey last caught up with Stripe on %1. Stripe keeps events for %2 days, so sales "
               "from %1 to %3 may be missing here: check them in your Stripe dashboard.")
                .arg(shortDate(report.from))
                .arg(m_options.retentionDays)
                .arg(shortDate(reachable));
    }
    const QDateTime next = report.until.addSecs(-m_options.overlapSeconds);
    const QDateTime previous = cursor();
    if (!previous.isValid() || next > previous) {
        QString error;
        if (!m_appState.setValue(cursorStateKey(), QString::number(next.toSecsSinceEpoch()), &error))
            qCWarning(lcStripe) << "catch-up could not store its cursor:" << error;
    }
    finish(report);
}

void CatchUp::finish(Report report)
{
    report.finishedAt = m_clock.now();
    m_collected.clear();
    m_lastId.clear();
    m_running = false;
    m_lastReport = report;
    if (report.ok) {
        qCInfo(lcStripe) << "catch-up from" << report.from << ":" << report.listed << "listed,"
                         << report.recorded << "new," << report.statusChanges << "status,"
                         << report.duplicates << "known," << report.ignored << "ignored";
        if (report.gapBeyondRetention)
            qCWarning(lcStripe).noquote() << report.gapMessage;
    } else if (!m_api.hasSecretKey()) {
        // Normal before the streamer connects Stripe; not worth a warning every few minutes.
        qCInfo(lcStripe).noquote() << "catch-up skipped:" << report.error;
    } else {
        qCWarning(lcStripe).noquote() << "catch-up failed:" << report.error;
    }
    emit finished(report);
    if (m_runAgain && m_active) {
        m_runAgain = false;
        QTimer::singleShot(0, this, &CatchUp::runNow);
    }
}

QString CatchUp::summary() const
{
    if (m_running)
        return tr("Catching up with Stripe…");
    if (!hasRun())
        return tr("Not caught up yet.");
    const Report& report = m_lastReport;
    const QString when = QLocale().toString(report.finishedAt.toLocalTime().time(), QLocale::ShortFormat);
    if (!report.ok)
        return tr("Catch-up at %1 failed: %2").arg(when, report.error);
    QString text = report.recorded == 0
                       ? tr("Caught up at %1: no missed sales.").arg(when)
                       : tr("Caught up at %1: %n missed sale(s) recorded.", "", report.recorded).arg(when);
    if (report.gapBeyondRetention)
        text += QLatin1Char(' ') + report.gapMessage;
    return text;
}

} // namespace Dewey
