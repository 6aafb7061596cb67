#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Dewey {

class AlertQueue;
class AlertsModule;
class AppStateRepository;
class Dialogs;
class IClock;
class SalesHistoryModel;
class SalesLedger;

// The sales history of the Alerts area: the table (live, newest first), a period filter (today, this
// stream session, all) with the totals per currency for it, Replay alert for the selected sale and
// Export CSV.
class SalesHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        Today,
        Session,
        All,
    };
    Q_ENUM(Period)

    // The app-state key holding when the current stream session began (UTC, ISO 8601).
    static QString sessionStateKey();

    SalesHistoryPanel(SalesLedger& ledger, AlertsModule& alerts, AppStateRepository& appState,
                      const IClock& clock, Dialogs& dialogs, QWidget* parent = nullptr);

    void setPeriod(Period period);
    Period period() const;
    // The first moment the period covers (invalid for All).
    QDateTime periodStart() const;
    QDateTime sessionStart() const { return m_sessionStart; }
    // Starts a new stream session now (persisted, so a restart mid-stream keeps the totals).
    void startNewSession();

    // Replays the selected sale's alert; false (and a message in feedback()) when none is selected.
    bool replaySelected();
    // Writes the sales of the current period to path.
    bool exportCsv(const QString& path);

    SalesHistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* periodCombo() const { return m_period; }
    QPushButton* replayButton() const { return m_replay; }
    QPushButton* exportButton() const { return m_export; }
    QString totalsText() const;
    QString feedback() const;
    bool emptyStateShown() const;

private:
    void loadSession();
    void applyPeriod();
    void updateTotals();
    void updateButtons();
    void updateEmptyState();
    void chooseExportFile();

    SalesLedger& m_ledger;
    AlertQueue& m_queue;
    AppStateRepository& m_appState;
    const IClock& m_clock;
    Dialogs& m_dialogs;
    QDateTime m_sessionStart;

    SalesHistoryModel* m_model;
    QComboBox* m_period;
    QPushButton* m_newSession;
    QLabel* m_totals;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QPushButton* m_replay;
    QPushButton* m_export;
    QLabel* m_feedback;
};

} // namespace Dewey
