#include "alerts/SalesHistoryModel.h"

#include "alerts/Alert.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertTemplate.h"
#include "log/LogCategories.h"
#include "stripe/SalesLedger.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

namespace Dewey {

namespace {

SalesHistoryModel::AlertStatus statusOf(const std::optional<AlertRepository::State>& state)
{
    if (!state)
        return SalesHistoryModel::AlertStatus::NotAlerted;
    switch (*state) {
    case AlertRepository::State::Pending:
        return SalesHistoryModel::AlertStatus::Pending;
    case AlertRepository::State::Shown:
        return SalesHistoryModel::AlertStatus::Alerted;
    case AlertRepository::State::Expired:
    case AlertRepository::State::Cleared:
        return SalesHistoryModel::AlertStatus::Skipped;
    }
    return SalesHistoryModel::AlertStatus::NotAlerted;
}

// Newest first: a later creation time, or the same time and a later row.
bool isNewer(const Sale& a, const Sale& b)
{
    return a.created != b.created ? a.created > b.created : a.id > b.id;
}

QString itemsText(const Sale& sale)
{
    return AlertTemplate::formatItems(sale.items).join(QStringLiteral(", "));
}

} // namespace

SalesHistoryModel::SalesHistoryModel(SalesLedger& ledger, const AlertRepository& alerts, AlertQueue& queue,
                                     QObject* parent)
    : QAbstractTableModel(parent)
    , m_ledger(ledger)
    , m_alerts(alerts)
{
    connect(&m_ledger, &SalesLedger::saleRecorded, this, &SalesHistoryModel::onSaleRecorded);
    connect(&m_ledger, &SalesLedger::saleChanged, this, &SalesHistoryModel::onSaleChanged);
    connect(&queue, &AlertQueue::alertQueued, this, &SalesHistoryModel::onAlertQueued);
    connect(&queue, &AlertQueue::alertStarted, this, &SalesHistoryModel::onAlertStarted);
    // Clearing and expiry change many pending alerts at once.
    connect(&queue, &AlertQueue::pendingCountChanged, this, &SalesHistoryModel::refreshPendingStates);
    reload();
}

void SalesHistoryModel::setSince(const QDateTime& since)
{
    m_since = since;
    reload();
}

void SalesHistoryModel::reload()
{
    QString error;
    QList<Row> rows = loadPage(std::nullopt, &error);
    beginResetModel();
    m_rows = std::move(rows);
    m_ids.clear();
    for (const Row& row : std::as_const(m_rows))
        m_ids.insert(row.sale.id);
    m_more = m_rows.size() == PageSize;
    endResetModel();
}

std::optional<Sale> SalesHistoryModel::saleAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).sale;
}

SalesHistoryModel::AlertStatus SalesHistoryModel::alertStatusAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : AlertStatus::NotAlerted;
}

QString SalesHistoryModel::alertStatusText(AlertStatus status)
{
    switch (status) {
    case AlertStatus::NotAlerted:
        return tr("Not alerted");
    case AlertStatus::Pending:
        return tr("Pending");
    case AlertStatus::Alerted:
        return tr("Alerted");
    case AlertStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

int SalesHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SalesHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalesHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Sale& sale = row.sale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(sale.created.toLocalTime(), QLocale::ShortFormat);
        case BuyerColumn:
            return sale.buyerName;
        case ItemsColumn:
            return sale.items.isEmpty() ? tr("(items unknown)") : itemsText(sale);
        case AmountColumn:
            return sale.formattedAmount;
        case StatusColumn:
            if (sale.status == SaleStatus::Refunded)
                return tr("%1, refunded").arg(alertStatusText(row.status));
            if (sale.status == SaleStatus::Disputed)
                return tr("%1, disputed").arg(alertStatusText(row.status));
            return alertStatusText(row.status);
        case ModeColumn:
            return sale.livemode ? QString() : tr("Test");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ModeColumn && !sale.livemode)
            return tr("A test-mode purchase: no real money was paid");
        if (index.column() == BuyerColumn && !sale.message.isEmpty())
            return tr("Message: %1").arg(sale.message);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SaleIdRole:
        return sale.id;
    case EventIdRole:
        return sale.eventId;
    case AlertStatusRole:
        return static_cast<int>(row.status);
    case LivemodeRole:
        return sale.livemode;
    default:
        return {};
    }
}

QVariant SalesHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case StatusColumn:
        return tr("Status");
    case ModeColumn:
        return tr("Mode");
    default:
        return {};
    }
}

bool SalesHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void SalesHistoryModel::fetchMore(const QModelIndex& parent)
{
    // Whoever listens to rowsInserted (a view, the model tester) may ask for more from inside
    // endInsertRows(): one page at a time.
    if (parent.isValid() || !m_more || m_rows.isEmpty() || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    QString error;
    QList<Row> page = loadPage(m_rows.constLast().sale, &error);
    m_more = page.size() == PageSize;
    // A sale recorded meanwhile may already be in the list.
    page.removeIf([this](const Row& row) { return m_ids.contains(row.sale.id); });
    if (page.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    for (Row& row : page) {
        m_ids.insert(row.sale.id);
        m_rows.append(std::move(row));
    }
    endInsertRows();
}

QList<SalesHistoryModel::Row> SalesHistoryModel::loadPage(const std::optional<Sale>& after,
                                                          QString* error) const
{
    std::optional<SalesLedger::PageCursor> cursor;
    if (after)
        cursor = SalesLedger::PageCursor{after->created, after->id};
    const QList<Sale> sales = m_ledger.salesPage(m_since, cursor, PageSize, error);
    return withStates(sales);
}

QList<SalesHistoryModel::Row> SalesHistoryModel::withStates(const QList<Sale>& sales) const
{
    QStringList eventIds;
    eventIds.reserve(sales.size());
    for (const Sale& sale : sales)
        eventIds << sale.eventId;
    const QHash<QString, AlertRepository::State> states = m_alerts.saleStates(eventIds);
    QList<Row> rows;
    rows.reserve(sales.size());
    for (const Sale& sale : sales) {
        const auto found = states.constFind(sale.eventId);
        rows.append({sale, statusOf(found == states.cend() ? std::nullopt
                                                           : std::optional<AlertRepository::State>(*found))});
    }
    return rows;
}

void SalesHistoryModel::onSaleRecorded(const Sale& sale)
{
    if (m_ids.contains(sale.id) || (m_since.isValid() && sale.created < m_since))
        return;
    const auto position = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                       [&sale](const Row& row) { return isNewer(sale, row.sale); });
    const int row = static_cast<int>(position - m_rows.cbegin());
    // Older than every loaded sale: it arrives with the next page.
    if (row == m_rows.size() && m_more)
        return;
    const QList<Row> rows = withStates({sale});
    beginInsertRows({}, row, row);
    m_rows.insert(row, rows.first());
    m_ids.insert(sale.id);
    endInsertRows();
}

void SalesHistoryModel::onSaleChanged(const Sale& sale)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sale.id == sale.id) {
            m_rows[row].sale = sale;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

void SalesHistoryModel::onAlertQueued(const Alert& alert)
{
    if (alert.kind == AlertKind::Sale && !alert.replay)
        setStatus(rowOfEvent(alert.eventId), AlertStatus::Pending);
}

void SalesHistoryModel::onAlertStarted(const Alert& alert)
{
    if (alert.kind == AlertKind::Sale && !alert.replay)
        setStatus(rowOfEvent(alert.eventId), AlertStatus::Alerted);
}

void SalesHistoryModel::refreshPendingStates()
{
    QStringList eventIds;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.status == AlertStatus::Pending)
            eventIds << row.sale.eventId;
    }
    if (eventIds.isEmpty())
        return;
    const QHash<QString, AlertRepository::State> states = m_alerts.saleStates(eventIds);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).status != AlertStatus::Pending)
            continue;
        const auto found = states.constFind(m_rows.at(row).sale.eventId);
        if (found != states.cend())
            setStatus(row, statusOf(*found));
    }
}

int SalesHistoryModel::rowOfEvent(const QString& eventId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sale.eventId == eventId)
            return row;
    }
    return -1;
}

void SalesHistoryModel::setStatus(int row, AlertStatus status)
{
    if (row < 0 || m_rows.at(row).status == status)
        return;
    m_rows[row].status = status;
    emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

} // namespace Dewey
