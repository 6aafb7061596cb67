#pragma once

#include "assistant/ChatTypes.h"
#include "assistant/ToolOutcome.h"
#include "stripe/CurrencyFormatter.h"
#include "stripe/Sale.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Dewey {

class IClock;
class SalesLedger;

// The store tools: sales_summary (counts, totals, top buyers and items for a period) and
// recent_sales, answered from the sales ledger. Buyers' messages are never passed to the model:
// they are buyer-written text, shown as text only, and must not steer the assistant.
class SalesTools
{
    Q_DECLARE_TR_FUNCTIONS(SalesTools)

public:
    struct Period
    {
        QString name;
        QDateTime from; // inclusive; invalid: since the beginning
        QDateTime to;   // exclusive
    };

    static constexpr int kDefaultRecent = 10;
    static constexpr int kMaxRecent = 50;
    static constexpr int kTopEntries = 5;

    SalesTools(SalesLedger& ledger, const IClock& clock, CurrencyFormatter formatter = CurrencyFormatter());

    static QList<ToolDefinition> definitions();
    static QStringList periodNames();

    ToolOutcome salesSummary(const QJsonObject& arguments) const;
    ToolOutcome recentSales(const QJsonObject& arguments) const;

    // The period around `now`, in now's own offset from UTC ("today" is the streamer's local day);
    // false for an unknown name.
    static bool period(const QString& name, const QDateTime& now, Period* period);
    // The summary of the given sales (already limited to the period), as sent to the model.
    QJsonObject summarize(const QList<Sale>& sales, const Period& period) const;

private:
    SalesLedger& m_ledger;
    const IClock& m_clock;
    CurrencyFormatter m_formatter;
};

} // namespace Dewey
