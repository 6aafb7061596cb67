#include "SalesCommand.h"

#include "alerts/AlertTemplate.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "stripe/SalesLedger.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dewey {

namespace {

const QString kJson = QStringLiteral("json");
const QString kSince = QStringLiteral("since");

QJsonObject toJson(const Sale& sale)
{
    QJsonArray items;
    for (const SaleItem& item : sale.items)
        items.append(
            QJsonObject{{QStringLiteral("name"), item.name}, {QStringLiteral("quantity"), item.quantity}});
    return QJsonObject{
        {QStringLiteral("eventId"), sale.eventId},
        {QStringLiteral("buyer"), sale.buyerName},
        {QStringLiteral("items"), items},
        {QStringLiteral("amountMinor"), sale.amountMinor},
        {QStringLiteral("currency"), sale.currency},
        {QStringLiteral("amount"), sale.formattedAmount},
        {QStringLiteral("message"), sale.message},
        {QStringLiteral("status"), saleStatusName(sale.status)},
        {QStringLiteral("livemode"), sale.livemode},
        {QStringLiteral("created"), sale.created.toUTC().toString(Qt::ISODate)},
    };
}

QString itemsText(const QList<SaleItem>& items)
{
    const QStringList parts = AlertTemplate::formatItems(items);
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

// "2024-05-01", "2024-05-01T20:00", "2024-05-01T20:00:00Z", "…+02:00"; without an offset, local time.
QDateTime parseSince(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay();
    }
    return time;
}

} // namespace

QString SalesCommand::summary() const
{
    return tr("List the recorded Stripe sales: 'sales list [--json] [--since ISO]'.");
}

void SalesCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("list"), tr("List the sales, newest first."));
    parser.addOption({kJson, tr("Print JSON (an array of sales) instead of a table.")});
    parser.addOption(
        {kSince, tr("Only sales made at or after TIME (ISO 8601, e.g. 2024-05-01 or 2024-05-01T20:00:00Z)."),
         tr("TIME")});
}

int SalesCommand::run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context)
{
    QString problem;
    if (arguments.isEmpty())
        problem = tr("missing subcommand; use 'sales list'.");
    else if (arguments.first() != QLatin1String("list"))
        problem = tr("unknown subcommand '%1'; use 'sales list'.").arg(arguments.first());
    else if (arguments.size() > 1)
        problem = tr("unexpected argument '%1'.").arg(arguments.at(1));
    if (!problem.isEmpty()) {
        context.err << "dewey-cli sales: " << problem << '\n';
        return ExitUsage;
    }
    return list(parser, context);
}

int SalesCommand::list(const QCommandLineParser& parser, CliContext& context)
{
    QDateTime since;
    if (parser.isSet(kSince)) {
        since = parseSince(parser.value(kSince));
        if (!since.isValid()) {
            context.err << "dewey-cli sales: "
                        << tr("'%1' is not an ISO 8601 date or time (for example 2024-05-01T20:00:00Z).")
                               .arg(parser.value(kSince))
                        << '\n';
            return ExitUsage;
        }
    }

    QList<Sale> sales;
    // No database yet means no sales yet; listing must not create one.
    if (QFileInfo::exists(context.dataDirectory.databasePath())) {
        Database database;
        const Database::OpenResult opened = database.open(context.dataDirectory.databasePath());
        if (!opened.ok()) {
            context.err << "dewey-cli: " << opened.error << '\n';
            return ExitFailure;
        }
        SystemClock clock;
        const SalesLedger ledger(database, clock);
        QString error;
        sales = ledger.sales(since, 0, &error);
        if (!error.isEmpty()) {
            context.err << "dewey-cli: " << tr("Cannot read the sales ledger: %1").arg(error) << '\n';
            return ExitFailure;
        }
    }

    if (parser.isSet(kJson)) {
        QJsonArray array;
        for (const Sale& sale : std::as_const(sales))
            array.append(toJson(sale));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (sales.isEmpty()) {
        context.err << tr("No sales recorded yet.") << '\n';
        return ExitSuccess;
    }
    for (const Sale& sale : std::as_const(sales)) {
        QStringList columns{sale.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            sale.formattedAmount.rightJustified(12), sale.buyerName.leftJustified(14),
                            itemsText(sale.items)};
        if (sale.status != SaleStatus::Recorded)
            columns.append(QLatin1Char('[') + saleStatusName(sale.status) + QLatin1Char(']'));
        if (!sale.livemode)
            columns.append(tr("[test]"));
        if (!sale.message.isEmpty())
            columns.append(QLatin1Char('"') + sale.message + QLatin1Char('"'));
        context.out << columns.join(QStringLiteral("  ")) << '\n';
    }
    return ExitSuccess;
}

} // namespace Dewey
