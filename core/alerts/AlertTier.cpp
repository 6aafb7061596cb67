#include "alerts/AlertTier.h"

#include <algorithm>

namespace Dewey {

bool AlertTier::matches(qint64 amountMinor, const QString& saleCurrency, const QList<SaleItem>& items) const
{
    if (!currency.isEmpty() && currency.compare(saleCurrency, Qt::CaseInsensitive) != 0)
        return false;
    if (minAmountMinor && amountMinor < *minAmountMinor)
        return false;
    if (!productContains.isEmpty()) {
        const bool any = std::any_of(items.cbegin(), items.cend(), [this](const SaleItem& item) {
            return item.name.contains(productContains, Qt::CaseInsensitive);
        });
        if (!any)
            return false;
    }
    return true;
}

const AlertTier* findTier(const QList<AlertTier>& tiers, qint64 amountMinor, const QString& currency,
                          const QList<SaleItem>& items)
{
    for (const AlertTier& tier : tiers) {
        if (tier.matches(amountMinor, currency, items))
            return &tier;
    }
    return nullptr;
}

} // namespace Dewey
