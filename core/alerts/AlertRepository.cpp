#include "alerts/AlertRepository.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqliteError.h"
#include "log/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Dewey {

namespace {

QString stateName(AlertRepository::State state)
{
    switch (state) {
    case AlertRepository::State::Pending:
        return QStringLiteral("pending");
    case AlertRepository::State::Shown:
        return QStringLiteral("shown");
    case AlertRepository::State::Expired:
        return QStringLiteral("expired");
    case AlertRepository::State::Cleared:
        return QStringLiteral("cleared");
    }
    return {};
}

QString timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The resolved alert as stored: enough to show it again exactly as it was composed.
QByteArray payloadOf(const Alert& alert)
{
    const QJsonObject object{
        {QStringLiteral("buyer"), alert.buyer},
        {QStringLiteral("items"), QJsonArray::fromStringList(alert.items)},
        {QStringLiteral("amount"), alert.amount},
        {QStringLiteral("amountMinor"), alert.amountMinor},
        {QStringLiteral("currency"), alert.currency},
        {QStringLiteral("message"), alert.message},
        {QStringLiteral("durationMs"), alert.durationMs},
        {QStringLiteral("title"), alert.title},
        {QStringLiteral("text"), alert.text},
        {QStringLiteral("tier"), alert.tier},
        {QStringLiteral("style"), alert.style},
        {QStringLiteral("soundFile"), alert.soundFile},
        {QStringLiteral("soundVolume"), alert.soundVolume},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void readPayload(const QByteArray& payload, Alert* alert)
{
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    alert->buyer = object.value(QStringLiteral("buyer")).toString();
    for (const QJsonValue& item : object.value(QStringLiteral("items")).toArray())
        alert->items << item.toString();
    alert->amount = object.value(QStringLiteral("amount")).toString();
    alert->amountMinor = object.value(QStringLiteral("amountMinor")).toInteger();
    alert->currency = object.value(QStringLiteral("currency")).toString();
    alert->message = object.value(QStringLiteral("message")).toString();
    alert->durationMs = object.value(QStringLiteral("durationMs")).toInt(8000);
    alert->title = object.value(QStringLiteral("title")).toString();
    alert->text = object.value(QStringLiteral("text")).toString();
    alert->tier = object.value(QStringLiteral("tier")).toString();
    alert->style = object.value(QStringLiteral("style")).toString();
    alert->soundFile = object.value(QStringLiteral("soundFile")).toString();
    alert->soundVolume = object.value(QStringLiteral("soundVolume")).toDouble(1.0);
}

} // namespace

AlertRepository::AlertRepository(Database& database, const IClock& clock)
    : m_database(database)
    , m_clock(clock)
{}

bool AlertRepository::ensureOpen(QString* error) const
{
    if (m_database.isOpen())
        return true;
    if (error)
        *error = tr("The database is not open.");
    return false;
}

AlertRepository::InsertStatus AlertRepository::insert(Alert* alert, QString* error, State state)
{
    if (!ensureOpen(error))
        return InsertStatus::Failed;
    QSqlQuery query(m_database.connection());
    // The partial unique index lets each sale alert once; the conflict is how we learn it did.
    query.prepare(
        QStringLiteral("INSERT INTO alerts (id, event_id, kind, replay, state, payload, created_at, "
                       "queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    if (alert->id <= 0)
        alert->id = reserveId();
    // Without a reserved id (the counter could not be moved), SQLite picks the next one.
    query.addBindValue(alert->id > 0 ? QVariant(alert->id) : QVariant());
    query.addBindValue(alert->eventId);
    query.addBindValue(alertKindName(alert->kind));
    query.addBindValue(alert->replay ? 1 : 0);
    query.addBindValue(stateName(state));
    query.addBindValue(QString::fromUtf8(payloadOf(*alert)));
    query.addBindValue(timestamp(alert->createdAt.isValid() ? alert->createdAt : m_clock.now()));
    query.addBindValue(timestamp(m_clock.now()));
    if (!query.exec()) {
        const QString reason = sqliteErrorText(query.lastError());
        qCWarning(lcAlerts) << "Cannot queue alert for" << alert->eventId << ":" << reason;
        if (error)
            *error = tr("Dewey could not queue the alert: %1").arg(reason);
        return InsertStatus::Failed;
    }
    if (query.numRowsAffected() == 0)
        return InsertStatus::Duplicate;
    if (alert->id <= 0) {
        alert->id = query.lastInsertId().toLongLong();
        m_nextId = 0; // past the block SQLite just used: take a new one next time
    }
    return InsertStatus::Inserted;
}

qint64 AlertRepository::reserveId(QString* error)
{
    if (m_nextId > 0 && m_nextId <= m_lastInBlock)
        return m_nextId++;
    if (!ensureOpen(error))
        return 0;
    const auto fail = [this, error](const QSqlQuery& query) {
        const QString reason = sqliteErrorText(query.lastError());
        qCWarning(lcAlerts) << "Cannot take alert ids:" << reason;
        if (error)
            *error = tr("Dewey could not queue the alert: %1").arg(reason);
        m_nextId = 0;
        return qint64(0);
    };
    // AUTOINCREMENT's counter, not only the largest id: ids of deleted rows and of handed-out blocks
    // are not used again.
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM alerts), 0), coalesce("
                                   "(SELECT seq FROM sqlite_sequence WHERE name = 'alerts'), 0))")) ||
        !query.next())
        return fail(query);
    const qint64 first = query.value(0).toLongLong() + 1;
    const qint64 last = first + kIdBlock - 1;
    query.finish();
    // One statement either way: the row exists once any alert was stored.
    query.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = ? WHERE name = 'alerts'"));
    query.addBindValue(last);
    if (!query.exec())
        return fail(query);
    if (query.numRowsAffected() == 0) {
        query.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES ('alerts', ?)"));
        query.addBindValue(last);
        if (!query.exec())
            return fail(query);
    }
    m_nextId = first;
    m_lastInBlock = last;
    return m_nextId++;
}

bool AlertRepository::saleHasAlert(const QString& eventId, bool* ok) const
{
    if (ok)
        *ok = false;
    if (!ensureOpen(nullptr))
        return false;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT 1 FROM alerts WHERE event_id = ? AND kind = 'sale' AND replay = 0"));
    query.addBindValue(eventId);
    if (!query.exec()) {
        qCWarning(lcAlerts) << "Cannot look up the alert of" << eventId << ":"
                            << sqliteErrorText(query.lastError());
        return false;
    }
    if (ok)
        *ok = true;
    return query.next();
}

QList<Alert> AlertRepository::pending(bool* ok) const
{
    QList<Alert> alerts;
    if (ok)
        *ok = false;
    if (!ensureOpen(nullptr))
        return alerts;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, event_id, kind, replay, payload, created_at FROM alerts "
                                 "WHERE state = 'pending' ORDER BY id"));
    if (!query.exec()) {
        qCWarning(lcAlerts) << "Cannot read pending alerts:" << sqliteErrorText(query.lastError());
        return alerts;
    }
    while (query.next()) {
        Alert alert;
        alert.id = query.value(0).toLongLong();
        alert.eventId = query.value(1).toString();
        if (!alertKindFromName(query.value(2).toString(), &alert.kind))
            continue; // written by a newer Dewey: leave it for that version
        alert.replay = query.value(3).toInt() != 0;
        readPayload(query.value(4).toString().toUtf8(), &alert);
        alert.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs).toUTC();
        alerts << alert;
    }
    if (ok)
        *ok = true;
    return alerts;
}

bool AlertRepository::setState(const QList<qint64>& ids, State state, QString* error)
{
    if (ids.isEmpty())
        return true;
    if (!ensureOpen(error))
        return false;
    QSqlDatabase db = m_database.connection();
    const bool transaction = ids.size() > 1 && db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE alerts SET state = ?, finished_at = ? WHERE id = ?"));
    const QString now = timestamp(m_clock.now());
    for (qint64 id : ids) {
        query.addBindValue(stateName(state));
        query.addBindValue(now);
        query.addBindValue(id);
        if (!query.exec()) {
            const QString reason = sqliteErrorText(query.lastError());
            qCWarning(lcAlerts) << "Cannot update alert" << id << ":" << reason;
            if (transaction)
                db.rollback();
            if (error)
                *error = tr("Dewey could not update the alert queue: %1").arg(reason);
            return false;
        }
    }
    if (transaction && !db.commit()) {
        const QString reason = sqliteErrorText(db.lastError());
        if (error)
            *error = tr("Dewey could not update the alert queue: %1").arg(reason);
        return false;
    }
    return true;
}

std::optional<AlertRepository::State> AlertRepository::state(qint64 id) const
{
    if (!ensureOpen(nullptr))
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT state FROM alerts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QString name = query.value(0).toString();
    for (State candidate : {State::Pending, State::Shown, State::Expired, State::Cleared}) {
        if (stateName(candidate) == name)
            return candidate;
    }
    return std::nullopt;
}

QHash<QString, AlertRepository::State> AlertRepository::saleStates(const QStringList& eventIds) const
{
    QHash<QString, State> states;
    if (eventIds.isEmpty() || !ensureOpen(nullptr))
        return states;
    // In chunks: SQLite builds may cap a statement at 999 bound values.
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < eventIds.size(); start += kChunk) {
        const QStringList chunk = eventIds.mid(start, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT event_id, state FROM alerts WHERE kind = 'sale' AND replay = 0"
                                     " AND event_id IN (") +
                      marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const QString& eventId : chunk)
            query.addBindValue(eventId);
        if (!query.exec()) {
            qCWarning(lcAlerts) << "Cannot read alert states:" << sqliteErrorText(query.lastError());
            return states;
        }
        while (query.next()) {
            const QString name = query.value(1).toString();
            for (State candidate : {State::Pending, State::Shown, State::Expired, State::Cleared}) {
                if (stateName(candidate) == name)
                    states.insert(query.value(0).toString(), candidate);
            }
        }
    }
    return states;
}

} // namespace Dewey
