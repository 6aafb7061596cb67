#include "stripe/SalesLedger.h"

#include "common/Clock.h"
#include "db/Database.h"
#include "db/SqliteError.h"
#include "log/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace Dewey {

namespace {

const QString kSaleColumns = QStringLiteral(
    "id, event_id, object_id, kind, livemode, created, buyer_name, items, amount_minor, currency,"
    " formatted_amount, message, status, source");

QString dbTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// SQL NULL for "not known", so the partial unique indexes ignore it.
QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString itemsJson(const QList<SaleItem>& items)
{
    QJsonArray array;
    for (const SaleItem& item : items)
        array.append(
            QJsonObject{{QStringLiteral("name"), item.name}, {QStringLiteral("quantity"), item.quantity}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<SaleItem> itemsFromJson(const QString& text)
{
    QList<SaleItem> items;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        items.append({object.value(QLatin1String("name")).toString(),
                      object.value(QLatin1String("quantity")).toInteger(1)});
    }
    return items;
}

Sale saleFromRow(const QSqlQuery& query)
{
    Sale sale;
    sale.id = query.value(0).toLongLong();
    sale.eventId = query.value(1).toString();
    sale.objectId = query.value(2).toString();
    saleKindFromName(query.value(3).toString(), &sale.kind);
    sale.livemode = query.value(4).toBool();
    sale.created = fromDbTime(query.value(5).toString());
    sale.buyerName = query.value(6).toString();
    sale.items = itemsFromJson(query.value(7).toString());
    sale.amountMinor = query.value(8).toLongLong();
    sale.currency = query.value(9).toString();
    sale.formattedAmount = query.value(10).toString();
    sale.message = query.value(11).toString();
    saleStatusFromName(query.value(12).toString(), &sale.status);
    eventSourceFromName(query.value(13).toString(), &sale.source);
    return sale;
}

// "(object_id = ? OR payment_intent_id = ? …)" over the keys that are known, with their values.
QString purchaseCondition(const PurchaseKeys& keys, QVariantList* values, bool withSubscription)
{
    QStringList terms;
    const auto add = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        terms.append(QLatin1String(column) + QStringLiteral(" = ?"));
        values->append(value);
    };
    add("object_id", keys.objectId);
    add("payment_intent_id", keys.paymentIntentId);
    add("invoice_id", keys.invoiceId);
    if (withSubscription)
        add("subscription_id", keys.subscriptionId);
    return terms.isEmpty() ? QString()
                           : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

bool execute(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    *error = sqliteErrorText(query.lastError());
    return false;
}

} // namespace

SalesLedger::SalesLedger(Database& database, const IClock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{}

SalesLedger::~SalesLedger() = default;

QSqlQuery* SalesLedger::statement(const QString& sql, QString* error)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        if (!query->prepare(sql)) {
            *error = sqliteErrorText(query->lastError());
            return nullptr;
        }
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    return found->second.get();
}

void SalesLedger::resetStatements()
{
    // Still prepared, but none stays active across COMMIT or ROLLBACK.
    for (const auto& [sql, query] : m_statements)
        query->finish();
}

bool SalesLedger::hasEvent(const QString& eventId)
{
    QString error;
    QSqlQuery* query = statement(QStringLiteral("SELECT 1 FROM stripe_events WHERE event_id = ?"), &error);
    if (!query)
        return false;
    query->addBindValue(eventId);
    const bool found = query->exec() && query->next();
    query->finish();
    return found;
}

bool SalesLedger::begin(QString* error)
{
    if (!m_database.isOpen()) {
        *error = tr("The database is not open.");
        return false;
    }
    // IMMEDIATE takes the write lock first, so a concurrent writer (another connection delivering the
    // same event) waits instead of both deciding the event is new.
    QSqlQuery* query = statement(QStringLiteral("BEGIN IMMEDIATE"), error);
    if (query && query->exec())
        return true;
    if (query)
        *error = sqliteErrorText(query->lastError());
    return false;
}

void SalesLedger::rollback()
{
    resetStatements();
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

bool SalesLedger::commit(QString* error)
{
    resetStatements();
    QSqlQuery* query = statement(QStringLiteral("COMMIT"), error);
    if (query && query->exec())
        return true;
    if (query)
        *error = sqliteErrorText(query->lastError());
    rollback();
    return false;
}

bool SalesLedger::insertEvent(const QString& eventId, const QString& eventType, const QDateTime& created,
                              EventSource source, const QString& outcome, qint64 saleId,
                              const PurchaseKeys& keys, const QString& status, QString* error)
{
    QSqlQuery* query =
        statement(QStringLiteral("INSERT INTO stripe_events (event_id, type, created, received_at, source,"
                                 " outcome, sale_id, object_id, payment_intent_id, invoice_id, status)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  error);
    if (!query)
        return false;
    query->addBindValue(eventId);
    query->addBindValue(eventType);
    query->addBindValue(dbTime(created));
    query->addBindValue(dbTime(m_clock.now()));
    query->addBindValue(eventSourceName(source));
    query->addBindValue(outcome);
    query->addBindValue(saleId > 0 ? QVariant(saleId) : QVariant(QMetaType(QMetaType::LongLong)));
    query->addBindValue(nullable(keys.objectId));
    query->addBindValue(nullable(keys.paymentIntentId));
    query->addBindValue(nullable(keys.invoiceId));
    query->addBindValue(nullable(status));
    return execute(*query, error);
}

qint64 SalesLedger::findPurchase(const PurchaseKeys& keys, bool* failed, QString* error)
{
    *failed = false;
    QVariantList values;
    const QString condition = purchaseCondition(keys, &values, true);
    if (condition.isEmpty())
        return 0;
    QSqlQuery* query = statement(
        QStringLiteral("SELECT id FROM sales WHERE ") + condition + QStringLiteral(" LIMIT 1"), error);
    if (!query) {
        *failed = true;
        return 0;
    }
    for (const QVariant& value : values)
        query->addBindValue(value);
    if (!execute(*query, error)) {
        *failed = true;
        return 0;
    }
    const qint64 id = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return id;
}

SalesLedger::Write SalesLedger::Write::newSale(const Sale& sale, const PurchaseKeys& keys,
                                               const QString& eventType, bool itemsPending)
{
    Write write;
    write.kind = Kind::NewSale;
    write.sale = sale;
    write.eventId = sale.eventId;
    write.eventType = eventType;
    write.created = sale.created;
    write.source = sale.source;
    write.keys = keys;
    write.itemsPending = itemsPending;
    return write;
}

SalesLedger::Write SalesLedger::Write::statusChange(const QString& eventId, const QString& eventType,
                                                    const QDateTime& created, const PurchaseKeys& keys,
                                                    SaleStatus status, EventSource source)
{
    Write write;
    write.kind = Kind::StatusChange;
    write.eventId = eventId;
    write.eventType = eventType;
    write.created = created;
    write.source = source;
    write.keys = keys;
    write.status = status;
    return write;
}

SalesLedger::WriteResult SalesLedger::recordSale(const Sale& sale, const PurchaseKeys& keys,
                                                 const QString& eventType, bool itemsPending)
{
    return write({Write::newSale(sale, keys, eventType, itemsPending)}).first();
}

SalesLedger::WriteResult SalesLedger::recordStatusEvent(const QString& eventId, const QString& eventType,
                                                        const QDateTime& created, const PurchaseKeys& keys,
                                                        SaleStatus status, EventSource source)
{
    return write({Write::statusChange(eventId, eventType, created, keys, status, source)}).first();
}

QList<SalesLedger::WriteResult> SalesLedger::write(const QList<Write>& writes)
{
    const QList<WriteResult> results = writeSilently(writes);
    announce(writes, results);
    return results;
}

QList<SalesLedger::WriteResult> SalesLedger::writeSilently(const QList<Write>& writes)
{
    QList<WriteResult> results;
    results.reserve(writes.size());
    QString error;
    bool ok = begin(&error);
    for (qsizetype i = 0; ok && i < writes.size(); ++i) {
        const Write& item = writes.at(i);
        results.append(item.kind == Write::Kind::NewSale ? insertSale(item, &error)
                                                         : applyStatus(item, &error));
        ok = results.last().status != WriteStatus::Failed;
    }
    if (ok)
        ok = commit(&error);
    if (!ok)
        rollback();
    if (!m_keepStatements)
        m_statements.clear();
    if (ok)
        return results;

    // All or nothing: the caller answers every event of the batch with "try again".
    qCWarning(lcStripe) << "Cannot record" << writes.size() << "Stripe event(s):" << error;
    const QString reason = tr("The sales ledger could not be written: %1").arg(error);
    results.clear();
    for (qsizetype i = 0; i < writes.size(); ++i)
        results.append({WriteStatus::Failed, {}, reason});
    return results;
}

void SalesLedger::announce(const QList<Write>& writes, const QList<WriteResult>& results, Announce when)
{
    const auto emitOrQueue = [this, when](auto&& signal) {
        if (when == Announce::Now)
            signal();
        else
            QMetaObject::invokeMethod(this, std::move(signal), Qt::QueuedConnection);
    };
    for (qsizetype i = 0; i < writes.size() && i < results.size(); ++i) {
        const WriteResult& result = results.at(i);
        if (result.status != WriteStatus::Written)
            continue;
        const Sale sale = result.sale;
        if (writes.at(i).kind == Write::Kind::NewSale && !writes.at(i).itemsPending)
            emitOrQueue([this, sale] { emit saleRecorded(sale); });
        else if (writes.at(i).kind == Write::Kind::StatusChange && result.statusChanged)
            emitOrQueue([this, sale] { emit saleChanged(sale); });
    }
}

SalesLedger::WriteResult SalesLedger::insertSale(const Write& item, QString* error)
{
    const WriteResult failed{WriteStatus::Failed, {}, {}};
    if (hasEvent(item.eventId))
        return {WriteStatus::DuplicateEvent, {}, {}};
    bool lookupFailed = false;
    if (const qint64 existing = findPurchase(item.keys, &lookupFailed, error); existing > 0 || lookupFailed) {
        if (lookupFailed ||
            !insertEvent(item.eventId, item.eventType, item.created, item.source,
                         QStringLiteral("duplicate_purchase"), existing, item.keys, {}, error)) {
            return failed;
        }
        return {WriteStatus::DuplicatePurchase, sale(existing).value_or(Sale{}), {}};
    }

    Sale recorded = item.sale;
    // A refund or dispute that arrived first (catch-up returns newest events first) applies now.
    QStringList earlierStatusEvents;
    {
        QVariantList values;
        const QString condition = purchaseCondition(item.keys, &values, false);
        QSqlQuery* query = statement(
            QStringLiteral("SELECT event_id, status FROM stripe_events WHERE outcome = 'unmatched' AND ") +
                condition + QStringLiteral(" ORDER BY created, rowid"),
            error);
        if (!query)
            return failed;
        for (const QVariant& value : values)
            query->addBindValue(value);
        if (!execute(*query, error))
            return failed;
        while (query->next()) {
            earlierStatusEvents.append(query->value(0).toString());
            saleStatusFromName(query->value(1).toString(), &recorded.status);
        }
        query->finish();
    }

    QSqlQuery* insert = statement(
        QStringLiteral("INSERT INTO sales (event_id, object_id, kind, payment_intent_id, invoice_id,"
                       " subscription_id, livemode, created, buyer_name, items, amount_minor, currency,"
                       " formatted_amount, message, status, source, announced, recorded_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!insert)
        return failed;
    insert->addBindValue(recorded.eventId);
    insert->addBindValue(item.keys.objectId.isEmpty() ? recorded.objectId : item.keys.objectId);
    insert->addBindValue(saleKindName(recorded.kind));
    insert->addBindValue(nullable(item.keys.paymentIntentId));
    insert->addBindValue(nullable(item.keys.invoiceId));
    insert->addBindValue(nullable(item.keys.subscriptionId));
    insert->addBindValue(recorded.livemode ? 1 : 0);
    insert->addBindValue(dbTime(recorded.created));
    insert->addBindValue(recorded.buyerName);
    insert->addBindValue(itemsJson(recorded.items));
    insert->addBindValue(recorded.amountMinor);
    insert->addBindValue(recorded.currency);
    insert->addBindValue(recorded.formattedAmount);
    insert->addBindValue(recorded.message.isNull() ? QString(QLatin1String("")) : recorded.message);
    insert->addBindValue(saleStatusName(recorded.status));
    insert->addBindValue(eventSourceName(recorded.source));
    insert->addBindValue(item.itemsPending ? 0 : 1);
    insert->addBindValue(dbTime(m_clock.now()));
    if (!execute(*insert, error))
        return failed;
    recorded.id = insert->lastInsertId().toLongLong();

    if (!insertEvent(recorded.eventId, item.eventType, recorded.created, recorded.source,
                     QStringLiteral("sale"), recorded.id, item.keys, {}, error)) {
        return failed;
    }
    for (const QString& eventId : std::as_const(earlierStatusEvents)) {
        QSqlQuery* update = statement(
            QStringLiteral("UPDATE stripe_events SET outcome = 'applied', sale_id = ? WHERE event_id = ?"),
            error);
        if (!update)
            return failed;
        update->addBindValue(recorded.id);
        update->addBindValue(eventId);
        if (!execute(*update, error))
            return failed;
    }
    return {WriteStatus::Written, recorded, {}};
}

SalesLedger::WriteResult SalesLedger::applyStatus(const Write& item, QString* error)
{
    const WriteResult failed{WriteStatus::Failed, {}, {}};
    if (hasEvent(item.eventId))
        return {WriteStatus::DuplicateEvent, {}, {}};
    bool lookupFailed = false;
    const qint64 saleId = findPurchase(item.keys, &lookupFailed, error);
    if (lookupFailed)
        return failed;
    if (saleId == 0) {
        if (!insertEvent(item.eventId, item.eventType, item.created, item.source, QStringLiteral("unmatched"),
                         0, item.keys, saleStatusName(item.status), error)) {
            return failed;
        }
        return {WriteStatus::NoMatchingSale, {}, {}};
    }

    Sale changed = sale(saleId).value_or(Sale{});
    QSqlQuery* update = statement(QStringLiteral("UPDATE sales SET status = ? WHERE id = ?"), error);
    if (!update)
        return failed;
    update->addBindValue(saleStatusName(item.status));
    update->addBindValue(saleId);
    if (!execute(*update, error) ||
        !insertEvent(item.eventId, item.eventType, item.created, item.source, QStringLiteral("status"),
                     saleId, item.keys, saleStatusName(item.status), error)) {
        return failed;
    }
    WriteResult result{WriteStatus::Written, changed, {}};
    result.statusChanged = changed.status != item.status;
    result.sale.status = item.status;
    return result;
}

bool SalesLedger::completeSale(qint64 saleId, const QList<SaleItem>& items, QString* error)
{
    QString reason;
    if (!m_database.isOpen()) {
        reason = tr("The database is not open.");
    } else {
        QSqlQuery update(m_database.connection());
        // Only the first completion announces: a late second answer must not alert twice.
        if (items.isEmpty()) {
            update.prepare(QStringLiteral("UPDATE sales SET announced = 1 WHERE id = ? AND announced = 0"));
        } else {
            update.prepare(
                QStringLiteral("UPDATE sales SET announced = 1, items = ? WHERE id = ? AND announced = 0"));
            update.addBindValue(itemsJson(items));
        }
        update.addBindValue(saleId);
        if (execute(update, &reason)) {
            if (update.numRowsAffected() > 0) {
                if (const std::optional<Sale> completed = sale(saleId))
                    emit saleRecorded(*completed);
            }
            return true;
        }
    }
    qCWarning(lcStripe) << "Cannot complete sale" << saleId << ":" << reason;
    if (error)
        *error = reason;
    return false;
}

QList<Sale> SalesLedger::pendingSales(QString* error) const
{
    return querySales(QStringLiteral("announced = 0"), {}, QStringLiteral("ORDER BY id"), error);
}

bool SalesLedger::containsEvent(const QString& eventId) const
{
    if (!m_database.isOpen())
        return false;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM stripe_events WHERE event_id = ?"));
    query.addBindValue(eventId);
    return query.exec() && query.next();
}

QDateTime SalesLedger::newestEventCreated() const
{
    if (!m_database.isOpen())
        return {};
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT MAX(created) FROM stripe_events")) || !query.next() ||
        query.value(0).isNull()) {
        return {};
    }
    return fromDbTime(query.value(0).toString());
}

QList<Sale> SalesLedger::querySales(const QString& where, const QVariantList& values, const QString& tail,
                                    QString* error) const
{
    QList<Sale> result;
    QString reason;
    if (!m_database.isOpen()) {
        reason = tr("The database is not open.");
    } else {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + kSaleColumns + QStringLiteral(" FROM sales") +
                      (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QLatin1Char(' ') +
                      tail);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (execute(query, &reason)) {
            while (query.next())
                result.append(saleFromRow(query));
            return result;
        }
    }
    qCWarning(lcStripe) << "Cannot read sales:" << reason;
    if (error)
        *error = reason;
    return result;
}

QList<Sale> SalesLedger::sales(const QDateTime& since, int limit, QString* error) const
{
    QString where;
    QVariantList values;
    if (since.isValid()) {
        where = QStringLiteral("created >= ?");
        values.append(dbTime(since));
    }
    return querySales(where, values,
                      QStringLiteral("ORDER BY created DESC, id DESC LIMIT %1").arg(limit > 0 ? limit : -1),
                      error);
}

QList<Sale> SalesLedger::salesPage(const QDateTime& since, const std::optional<PageCursor>& after, int limit,
                                   QString* error) const
{
    QStringList conditions;
    QVariantList values;
    if (since.isValid()) {
        conditions << QStringLiteral("created >= ?");
        values << dbTime(since);
    }
    if (after) {
        conditions << QStringLiteral("(created < ? OR (created = ? AND id < ?))");
        values << dbTime(after->created) << dbTime(after->created) << after->id;
    }
    return querySales(conditions.join(QStringLiteral(" AND ")), values,
                      QStringLiteral("ORDER BY created DESC, id DESC LIMIT %1").arg(limit > 0 ? limit : -1),
                      error);
}

std::optional<Sale> SalesLedger::sale(qint64 id) const
{
    const QList<Sale> found = querySales(QStringLiteral("id = ?"), {id}, {}, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<Sale>(found.first());
}

std::optional<Sale> SalesLedger::saleForEvent(const QString& eventId) const
{
    // The sale an event made, or the one it was a duplicate of or changed.
    const QList<Sale> found =
        querySales(QStringLiteral("id = (SELECT sale_id FROM stripe_events WHERE event_id = ?)"), {eventId},
                   {}, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<Sale>(found.first());
}

SalesLedger::Totals SalesLedger::totals(const QDateTime& from, const QDateTime& to, QString* error) const
{
    Totals totals;
    QString reason;
    if (!m_database.isOpen()) {
        reason = tr("The database is not open.");
    } else {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT currency, COUNT(*), SUM(amount_minor) FROM sales"
                                     " WHERE created >= ? AND created < ? AND status != 'refunded'"
                                     " GROUP BY currency"));
        query.addBindValue(dbTime(from));
        query.addBindValue(dbTime(to));
        if (execute(query, &reason)) {
            while (query.next()) {
                totals.count += query.value(1).toInt();
                totals.amountMinor.insert(query.value(0).toString(), query.value(2).toLongLong());
            }
            return totals;
        }
    }
    qCWarning(lcStripe) << "Cannot total sales:" << reason;
    if (error)
        *error = reason;
    return totals;
}

} // namespace Dewey
