#include "SaleNotifier.h"

#include "TrayController.h"
#include "alerts/AlertTemplate.h"
#include "log/LogCategories.h"
#include "settings/Settings.h"
#include "stripe/Sale.h"
#include "stripe/SalesLedger.h"

#include <QWidget>

namespace Dewey {

SaleNotifier::SaleNotifier(SalesLedger& ledger, Settings& settings, QWidget& window, TrayController& tray,
                           QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_window(window)
    , m_tray(tray)
{
    connect(&ledger, &SalesLedger::saleRecorded, this, &SaleNotifier::saleRecorded);
}

QString SaleNotifier::title(const Sale& sale)
{
    return tr("New sale: %1").arg(sale.formattedAmount);
}

QString SaleNotifier::body(const Sale& sale)
{
    const QStringList items = AlertTemplate::formatItems(sale.items);
    if (items.isEmpty())
        return tr("%1 bought from your store.").arg(sale.buyerName);
    return tr("%1 bought %2.").arg(sale.buyerName, items.join(QStringLiteral(", ")));
}

void SaleNotifier::saleRecorded(const Sale& sale)
{
    const bool windowInSight = m_window.isVisible() && !m_window.isMinimized();
    if (windowInSight || !m_settings.saleNotifications())
        return;
    const QString heading = title(sale);
    const QString text = body(sale);
    const bool shown = m_tray.showMessage(heading, text);
    if (!shown)
        qCDebug(lcGui) << "No notification for sale" << sale.id << ": the tray cannot show messages here";
    emit notified(heading, text, shown);
}

} // namespace Dewey
