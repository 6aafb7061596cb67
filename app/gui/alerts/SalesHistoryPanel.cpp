#include "alerts/SalesHistoryPanel.h"

#include "Dialogs.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertsModule.h"
#include "alerts/SalesCsvExporter.h"
#include "alerts/SalesHistoryModel.h"
#include "common/Clock.h"
#include "db/AppStateRepository.h"
#include "log/LogCategories.h"
#include "stripe/CurrencyFormatter.h"
#include "stripe/SalesLedger.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Dewey {

namespace {

// Later than any sale: the end of "all" and of the open periods.
QDateTime endOfTime()
{
    return QDateTime::fromSecsSinceEpoch(253402214400LL).toUTC(); // 9999-12-31
}

} // namespace

QString SalesHistoryPanel::sessionStateKey()
{
    return QStringLiteral("sales/sessionStart");
}

SalesHistoryPanel::SalesHistoryPanel(SalesLedger& ledger, AlertsModule& alerts, AppStateRepository& appState,
                                     const IClock& clock, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_queue(alerts.queue())
    , m_appState(appState)
    , m_clock(clock)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("salesHistoryPanel"));
    loadSession();

    m_model = new SalesHistoryModel(ledger, alerts.repository(), alerts.queue(), this);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("salesPeriod"));
    m_period->setAccessibleName(tr("Show sales from"));
    m_period->addItem(tr("Today"), QVariant::fromValue(Period::Today));
    m_period->addItem(tr("This stream session"), QVariant::fromValue(Period::Session));
    m_period->addItem(tr("All sales"), QVariant::fromValue(Period::All));
    m_period->setCurrentIndex(m_period->findData(QVariant::fromValue(Period::Session)));
    m_newSession = new QPushButton(tr("Start new session"), this);
    m_newSession->setObjectName(QStringLiteral("newSessionButton"));
    m_newSession->setToolTip(tr("Start counting this stream's totals from now"));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("salesTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_period);
    filterRow->addWidget(m_newSession);
    filterRow->addWidget(m_totals, 1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("salesHistoryView"));
    m_view->setAccessibleName(tr("Sales history"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures ten thousand rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(SalesHistoryModel::ItemsColumn, QHeaderView::Stretch);
    // Dates and amounts are short and must never be cut off; the items take what is left. Their
    // widths come from the first rows only, so a long history is not measured row by row.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    for (const int column : {SalesHistoryModel::TimeColumn, SalesHistoryModel::AmountColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_empty = new QLabel(tr("No sales in this period. When someone buys from your store, the sale "
                            "appears here and as an alert on stream."),
                         this);
    m_empty->setObjectName(QStringLiteral("salesEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    m_replay = new QPushButton(tr("&Replay alert"), this);
    m_replay->setObjectName(QStringLiteral("replayButton"));
    m_replay->setToolTip(tr("Show the selected sale's alert on stream again"));
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setToolTip(tr("Save the sales shown as a spreadsheet file"));
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("salesFeedback"));
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setWordWrap(true);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_replay);
    actionRow->addWidget(m_export);
    actionRow->addWidget(m_feedback, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);
    layout->addLayout(actionRow);

    connect(m_period, &QComboBox::currentIndexChanged, this, &SalesHistoryPanel::applyPeriod);
    connect(m_newSession, &QPushButton::clicked, this, &SalesHistoryPanel::startNewSession);
    connect(m_replay, &QPushButton::clicked, this, &SalesHistoryPanel::replaySelected);
    connect(m_export, &QPushButton::clicked, this, &SalesHistoryPanel::chooseExportFile);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SalesHistoryPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SalesHistoryPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SalesHistoryPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SalesHistoryPanel::updateEmptyState);
    connect(&m_ledger, &SalesLedger::saleRecorded, this, &SalesHistoryPanel::updateTotals);
    connect(&m_ledger, &SalesLedger::saleChanged, this, &SalesHistoryPanel::updateTotals);

    applyPeriod();
}

void SalesHistoryPanel::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(QVariant::fromValue(period)));
}

SalesHistoryPanel::Period SalesHistoryPanel::period() const
{
    return m_period->currentData().value<Period>();
}

QDateTime SalesHistoryPanel::periodStart() const
{
    switch (period()) {
    case Period::Today:
        // The streamer's midnight, not UTC's.
        return QDateTime(m_clock.now().toLocalTime().date(), QTime(0, 0)).toUTC();
    case Period::Session:
        return m_sessionStart;
    case Period::All:
        return {};
    }
    return {};
}

void SalesHistoryPanel::startNewSession()
{
    m_sessionStart = m_clock.now().toUTC();
    QString error;
    if (!m_appState.setValue(sessionStateKey(), m_sessionStart.toString(Qt::ISODateWithMs), &error))
        qCWarning(lcGui) << "Cannot store the stream session start:" << error;
    m_feedback->setText(tr("New stream session started."));
    if (period() == Period::Session)
        applyPeriod();
}

bool SalesHistoryPanel::replaySelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const std::optional<Sale> sale = rows.isEmpty() ? std::nullopt : m_model->saleAt(rows.first().row());
    if (!sale) {
        m_feedback->setText(tr("Select a sale to replay its alert."));
        return false;
    }
    QString error;
    if (m_queue.replaySale(*sale, &error) == 0) {
        m_feedback->setText(tr("Could not replay the alert: %1").arg(error));
        return false;
    }
    m_feedback->setText(tr("Alert for %1 queued again.").arg(sale->buyerName));
    return true;
}

bool SalesHistoryPanel::exportCsv(const QString& path)
{
    int exported = 0;
    QString error;
    if (!SalesCsvExporter::exportToFile(m_ledger, periodStart(), path, &exported, &error)) {
        m_feedback->setText(error);
        return false;
    }
    m_feedback->setText(tr("Exported to %1 (sales: %2).").arg(path).arg(exported));
    return true;
}

QString SalesHistoryPanel::totalsText() const
{
    return m_totals->text();
}

QString SalesHistoryPanel::feedback() const
{
    return m_feedback->text();
}

bool SalesHistoryPanel::emptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void SalesHistoryPanel::loadSession()
{
    const QString stored = m_appState.value(sessionStateKey());
    m_sessionStart = QDateTime::fromString(stored, Qt::ISODateWithMs).toUTC();
    if (m_sessionStart.isValid())
        return;
    // The first run: the session starts now.
    m_sessionStart = m_clock.now().toUTC();
    m_appState.setValue(sessionStateKey(), m_sessionStart.toString(Qt::ISODateWithMs));
}

void SalesHistoryPanel::applyPeriod()
{
    m_newSession->setVisible(period() == Period::Session);
    m_model->setSince(periodStart());
    updateTotals();
}

void SalesHistoryPanel::updateTotals()
{
    const QDateTime start = periodStart();
    // "Today" moves on at midnight while the window stays open through a late stream.
    if (m_model->since() != start)
        m_model->setSince(start);
    QString error;
    const SalesLedger::Totals totals = m_ledger.totals(
        start.isValid() ? start : QDateTime::fromSecsSinceEpoch(0).toUTC(), endOfTime(), &error);
    if (!error.isEmpty()) {
        m_totals->setText(tr("Totals unavailable: %1").arg(error));
        return;
    }
    QStringList parts{tr("Sales: %1").arg(totals.count)};
    const CurrencyFormatter formatter;
    for (auto it = totals.amountMinor.cbegin(); it != totals.amountMinor.cend(); ++it)
        parts << formatter.format(it.value(), it.key());
    m_totals->setText(parts.join(QStringLiteral(" · ")));
}

void SalesHistoryPanel::updateButtons()
{
    m_replay->setEnabled(m_view->selectionModel()->hasSelection());
}

void SalesHistoryPanel::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->isEmpty() ? static_cast<QWidget*>(m_empty) : m_view);
}

void SalesHistoryPanel::chooseExportFile()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
        tr("dewey-sales-%1.csv").arg(m_clock.now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = m_dialogs.saveFileName(this, tr("Export sales"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace Dewey
