#include "RecentSalesModel.h"

#include <QLocale>

namespace Dewey {

RecentSalesModel::RecentSalesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RecentSalesModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RecentSalesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecentSalesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentSalesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(row.time.toLocalTime(), QLocale::ShortFormat);
        case BuyerColumn:
            return row.buyer;
        case ItemsColumn:
            return row.items;
        case AmountColumn:
            return row.amount;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant RecentSalesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case BuyerColumn:
        return tr("Buyer");
    case ItemsColumn:
        return tr("Items");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace Dewey
