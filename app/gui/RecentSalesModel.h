#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Dewey {

// The "Recent sales" table of the Alerts area. Rows are ready to show: the sales ledger (a later
// issue) formats the buyer's display name and the amount before they reach the GUI.
class RecentSalesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        BuyerColumn,
        ItemsColumn,
        AmountColumn,
        ColumnCount
    };

    struct Row
    {
        QDateTime time;
        QString buyer;
        QString items;
        QString amount;
    };

    explicit RecentSalesModel(QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    bool isEmpty() const { return m_rows.isEmpty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace Dewey
