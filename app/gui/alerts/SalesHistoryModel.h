#pragma once

#include "alerts/AlertRepository.h"
#include "stripe/Sale.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <optional>

namespace Dewey {

class AlertQueue;
class SalesLedger;
struct Alert;

// The sales history of the Alerts area: the ledger newest first, read a page at a time as the view
// scrolls (fetchMore), so ten thousand sales open as fast as ten. A sale the ledger records or changes
// is inserted or updated in place without reloading, and each row follows its alert through the
// queue (pending → alerted, or skipped when cleared or too old).
class SalesHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        BuyerColumn,
        ItemsColumn,
        AmountColumn,
        StatusColumn,
        ModeColumn, // the test-mode badge
        ColumnCount
    };

    // What happened to the sale's own alert.
    enum class AlertStatus
    {
        NotAlerted, // recorded silently (e.g. caught up long after the purchase)
        Pending,
        Alerted,
        Skipped, // cleared by the streamer or waited too long
    };
    Q_ENUM(AlertStatus)

    enum Role
    {
        SaleIdRole = Qt::UserRole + 1,
        EventIdRole,
        AlertStatusRole, // AlertStatus as int
        LivemodeRole,
    };

    static constexpr int PageSize = 200;

    SalesHistoryModel(SalesLedger& ledger, const AlertRepository& alerts, AlertQueue& queue,
                      QObject* parent = nullptr);

    // Shows only sales created at or after `since` (invalid: all) and loads the first page again.
    void setSince(const QDateTime& since);
    QDateTime since() const { return m_since; }
    void reload();

    bool isEmpty() const { return m_rows.isEmpty(); }
    std::optional<Sale> saleAt(int row) const;
    AlertStatus alertStatusAt(int row) const;

    static QString alertStatusText(AlertStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct Row
    {
        Sale sale;
        AlertStatus status = AlertStatus::NotAlerted;
    };

    QList<Row> loadPage(const std::optional<Sale>& after, QString* error) const;
    QList<Row> withStates(const QList<Sale>& sales) const;
    void onSaleRecorded(const Sale& sale);
    void onSaleChanged(const Sale& sale);
    void onAlertQueued(const Alert& alert);
    void onAlertStarted(const Alert& alert);
    void refreshPendingStates();
    int rowOfEvent(const QString& eventId) const;
    void setStatus(int row, AlertStatus status);

    SalesLedger& m_ledger;
    const AlertRepository& m_alerts;
    QDateTime m_since;
    QList<Row> m_rows;
    QSet<qint64> m_ids;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace Dewey
