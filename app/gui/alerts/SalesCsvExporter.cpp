#include "alerts/SalesCsvExporter.h"

#include "alerts/AlertTemplate.h"
#include "stripe/SalesLedger.h"

#include <QSaveFile>

namespace Dewey {

QStringList SalesCsvExporter::header()
{
    // Stable English column names: scripts and spreadsheets key on them.
    return {QStringLiteral("created_utc"), QStringLiteral("buyer"),        QStringLiteral("items"),
            QStringLiteral("amount"),      QStringLiteral("amount_minor"), QStringLiteral("currency"),
            QStringLiteral("message"),     QStringLiteral("status"),       QStringLiteral("mode"),
            QStringLiteral("event_id")};
}

QStringList SalesCsvExporter::fields(const Sale& sale)
{
    return {sale.created.toUTC().toString(Qt::ISODate),
            sale.buyerName,
            AlertTemplate::formatItems(sale.items).join(QStringLiteral(", ")),
            sale.formattedAmount,
            QString::number(sale.amountMinor),
            sale.currency.toUpper(),
            sale.message,
            saleStatusName(sale.status),
            sale.livemode ? QStringLiteral("live") : QStringLiteral("test"),
            sale.eventId};
}

QString SalesCsvExporter::cell(const QString& value)
{
    QString text = value;
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && kFormulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray SalesCsvExporter::toCsv(const QList<Sale>& sales)
{
    const auto row = [](const QStringList& values) -> QString {
        QStringList cells;
        cells.reserve(values.size());
        for (const QString& value : values)
            cells << cell(value);
        return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString text = row(header());
    for (const Sale& sale : sales)
        text += row(fields(sale));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

bool SalesCsvExporter::exportToFile(const SalesLedger& ledger, const QDateTime& since, const QString& path,
                                    int* exported, QString* error)
{
    QString reason;
    const QList<Sale> sales = ledger.sales(since, 0, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = tr("Cannot read the sales: %1").arg(reason);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(sales)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (exported)
        *exported = static_cast<int>(sales.size());
    return true;
}

} // namespace Dewey
