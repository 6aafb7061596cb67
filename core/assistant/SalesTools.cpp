#include "assistant/SalesTools.h"

#include "common/Clock.h"
#include "stripe/SalesLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace Dewey {

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ToolOutcome failure(const QString& message)
{
    ToolOutcome outcome;
    outcome.succeeded = false;
    outcome.content = json(QJsonObject{{QStringLiteral("error"), message}});
    outcome.activity = message;
    return outcome;
}

QJsonArray itemsJson(const QList<SaleItem>& items)
{
    QJsonArray array;
    for (const SaleItem& item : items)
        array.append(
            QJsonObject{{QStringLiteral("name"), item.name}, {QStringLiteral("quantity"), item.quantity}});
    return array;
}

} // namespace

SalesTools::SalesTools(SalesLedger& ledger, const IClock& clock, CurrencyFormatter formatter)
    : m_ledger(ledger)
    , m_clock(clock)
    , m_formatter(std::move(formatter))
{}

QStringList SalesTools::periodNames()
{
    return {QStringLiteral("today"),       QStringLiteral("yesterday"),  QStringLiteral("this_week"),
            QStringLiteral("last_7_days"), QStringLiteral("this_month"), QStringLiteral("last_30_days"),
            QStringLiteral("this_year"),   QStringLiteral("all_time")};
}

QList<ToolDefinition> SalesTools::definitions()
{
    const QJsonObject summaryParameters{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("period"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                          {QStringLiteral("enum"), QJsonArray::fromStringList(periodNames())},
                          {QStringLiteral("description"),
                           QStringLiteral("The period, in the streamer's local time. this_week starts on "
                                          "Monday.")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("period")}},
        {QStringLiteral("additionalProperties"), false}};
    const QJsonObject recentParameters{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("limit"),
              QJsonObject{
                  {QStringLiteral("type"), QStringLiteral("integer")},
                  {QStringLiteral("minimum"), 1},
                  {QStringLiteral("maximum"), kMaxRecent},
                  {QStringLiteral("description"),
                   QStringLiteral("How many sales, newest first (default %1).").arg(kDefaultRecent)}}}}},
        {QStringLiteral("additionalProperties"), false}};
    return {
        {QStringLiteral("sales_summary"),
         QStringLiteral("Summarise the store's sales for a period: number of sales, totals per currency, the "
                        "buyers who spent the most and the items sold most. Refunded sales are left out."),
         summaryParameters},
        {QStringLiteral("recent_sales"),
         QStringLiteral(
             "List the store's most recent sales, newest first: when, buyer's display name, items, "
             "amount and status."),
         recentParameters},
    };
}

bool SalesTools::period(const QString& name, const QDateTime& now, Period* period)
{
    const int offset = now.offsetFromUtc();
    const QDate today = now.date();
    const QTimeZone zone(offset);
    const auto startOf = [&zone](const QDate& day) { return QDateTime(day, QTime(0, 0), zone); };
    period->name = name;
    period->to = startOf(today.addDays(1));
    if (name == QLatin1String("today")) {
        period->from = startOf(today);
    } else if (name == QLatin1String("yesterday")) {
        period->from = startOf(today.addDays(-1));
        period->to = startOf(today);
    } else if (name == QLatin1String("this_week")) {
        period->from = startOf(today.addDays(1 - today.dayOfWeek()));
    } else if (name == QLatin1String("last_7_days")) {
        period->from = startOf(today.addDays(-6));
    } else if (name == QLatin1String("this_month")) {
        period->from = startOf(QDate(today.year(), today.month(), 1));
    } else if (name == QLatin1String("last_30_days")) {
        period->from = startOf(today.addDays(-29));
    } else if (name == QLatin1String("this_year")) {
        period->from = startOf(QDate(today.year(), 1, 1));
    } else if (name == QLatin1String("all_time")) {
        period->from = QDateTime();
    } else {
        return false;
    }
    return true;
}

QJsonObject SalesTools::summarize(const QList<Sale>& sales, const Period& period) const
{
    QMap<QString, qint64> totals; // currency → minor units
    struct Buyer
    {
        QString name;
        QString currency;
        qint64 amountMinor = 0;
        int purchases = 0;
    };
    QMap<QPair<QString, QString>, Buyer> buyers;
    QMap<QString, qint64> items;
    int count = 0;
    int refunded = 0;
    int testMode = 0;
    for (const Sale& sale : sales) {
        if (sale.status == SaleStatus::Refunded) {
            ++refunded;
            continue;
        }
        ++count;
        if (!sale.livemode)
            ++testMode;
        totals[sale.currency] += sale.amountMinor;
        Buyer& buyer = buyers[{sale.buyerName, sale.currency}];
        buyer.name = sale.buyerName;
        buyer.currency = sale.currency;
        buyer.amountMinor += sale.amountMinor;
        ++buyer.purchases;
        for (const SaleItem& item : sale.items)
            items[item.name] += item.quantity;
    }

    QJsonArray totalsJson;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        totalsJson.append(QJsonObject{{QStringLiteral("currency"), it.key()},
                                      {QStringLiteral("amount"), m_formatter.format(it.value(), it.key())}});
    }
    QList<Buyer> ranked = buyers.values();
    std::stable_sort(ranked.begin(), ranked.end(), [](const Buyer& a, const Buyer& b) {
        return a.amountMinor != b.amountMinor ? a.amountMinor > b.amountMinor : a.purchases > b.purchases;
    });
    QJsonArray buyersJson;
    for (const Buyer& buyer : ranked.first(std::min<qsizetype>(ranked.size(), kTopEntries))) {
        buyersJson.append(
            QJsonObject{{QStringLiteral("name"), buyer.name},
                        {QStringLiteral("purchases"), buyer.purchases},
                        {QStringLiteral("total"), m_formatter.format(buyer.amountMinor, buyer.currency)}});
    }
    QList<QPair<QString, qint64>> rankedItems;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        rankedItems.append({it.key(), it.value()});
    std::stable_sort(rankedItems.begin(), rankedItems.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    QJsonArray itemsJsonArray;
    for (const auto& [name, quantity] :
         rankedItems.first(std::min<qsizetype>(rankedItems.size(), kTopEntries)))
        itemsJsonArray.append(
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("quantity"), quantity}});

    QJsonObject summary{
        {QStringLiteral("period"), period.name},       {QStringLiteral("sales"), count},
        {QStringLiteral("totals"), totalsJson},        {QStringLiteral("top_buyers"), buyersJson},
        {QStringLiteral("top_items"), itemsJsonArray}, {QStringLiteral("refunded_sales_left_out"), refunded}};
    if (period.from.isValid())
        summary.insert(QStringLiteral("from"), period.from.toString(Qt::ISODate));
    summary.insert(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    if (testMode > 0)
        summary.insert(QStringLiteral("test_mode_sales"), testMode);
    return summary;
}

ToolOutcome SalesTools::salesSummary(const QJsonObject& arguments) const
{
    const QString name = arguments.value(QLatin1String("period")).toString(QStringLiteral("today"));
    Period range;
    if (!period(name, m_clock.now().toLocalTime(), &range))
        return failure(
            tr("Unknown period \"%1\"; use one of: %2.").arg(name, periodNames().join(QStringLiteral(", "))));
    QString error;
    QList<Sale> sales = m_ledger.sales(range.from.isValid() ? range.from.toUTC() : QDateTime(), 0, &error);
    if (!error.isEmpty())
        return failure(tr("The sales ledger could not be read: %1").arg(error));
    sales.removeIf([&range](const Sale& sale) { return sale.created >= range.to; });

    ToolOutcome outcome;
    outcome.content = json(summarize(sales, range));
    outcome.activity = tr("Looked up sales (%1)").arg(name);
    return outcome;
}

ToolOutcome SalesTools::recentSales(const QJsonObject& arguments) const
{
    const int limit =
        std::clamp(arguments.value(QLatin1String("limit")).toInt(kDefaultRecent), 1, kMaxRecent);
    QString error;
    const QList<Sale> sales = m_ledger.sales(QDateTime(), limit, &error);
    if (!error.isEmpty())
        return failure(tr("The sales ledger could not be read: %1").arg(error));

    const int offset = m_clock.now().toLocalTime().offsetFromUtc();
    QJsonArray list;
    for (const Sale& sale : sales) {
        QJsonObject entry{
            {QStringLiteral("id"), sale.id},
            {QStringLiteral("when"), sale.created.toOffsetFromUtc(offset).toString(Qt::ISODate)},
            {QStringLiteral("buyer"), sale.buyerName},
            {QStringLiteral("items"), itemsJson(sale.items)},
            {QStringLiteral("amount"), m_formatter.format(sale.amountMinor, sale.currency)},
            {QStringLiteral("status"), saleStatusName(sale.status)}};
        if (!sale.livemode)
            entry.insert(QStringLiteral("test_mode"), true);
        list.append(entry);
    }
    ToolOutcome outcome;
    outcome.content = json(QJsonObject{{QStringLiteral("sales"), list}});
    outcome.activity = tr("Looked up the %n latest sales", nullptr, int(sales.size()));
    return outcome;
}

} // namespace Dewey
