#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Dewey {

class AlertQueue;
class AlertsModule;
class AppServices;
class CopyableField;
class Dialogs;
class LiveAlertPreview;
class OverlayServer;
class SalesHistoryModel;
class SalesHistoryPanel;
class Settings;
class TierEditor;
class WebhookReceiver;

// The Alerts area: everything the streamer needs to get alerts on stream. "Live": the alert queue
// (now showing, waiting, pause, skip, clear, test alert), a live preview (a second client of the queue:
// the alert on stream as it plays, else the next one, dimmed), the overlay URL for OBS and how many
// overlays are connected, the webhook URL for Stripe. "Sales": the sales history. "Tiers": the tier
// editor.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        Live,
        Sales,
        Tiers
    };

    AlertsPage(AppServices& services, Dialogs& dialogs, QWidget* parent = nullptr);

    void showTab(Tab tab);

    CopyableField* overlayUrlField() const { return m_overlayUrl; }
    CopyableField* webhookUrlField() const { return m_webhookUrl; }
    QString overlayStateText() const;
    QString queueText() const;
    QString nowShowingText() const;
    QPushButton* pauseButton() const { return m_pauseButton; }
    QPushButton* skipButton() const { return m_skipButton; }
    QPushButton* clearButton() const { return m_clearButton; }
    QPushButton* testAlertButton() const { return m_testButton; }
    QPushButton* regenerateTokenButton() const { return m_regenerateButton; }
    LiveAlertPreview* preview() const { return m_preview; }
    SalesHistoryPanel* salesPanel() const { return m_sales; }
    SalesHistoryModel* salesModel() const;
    bool salesEmptyStateShown() const;
    TierEditor* tierEditor() const { return m_tiers; }

private:
    QWidget* createLiveTab();
    void updateOverlay();
    void updateWebhook();
    void updatePaused();
    void updateQueue();
    void updatePreview();
    void sendTestAlert();
    void clearPending();

    Dialogs& m_dialogs;
    OverlayServer& m_overlayServer;
    WebhookReceiver& m_webhookReceiver;
    Settings& m_settings;
    AlertsModule& m_alerts;
    AlertQueue& m_queue;

    QLabel* m_pausedBanner = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_nowShowing = nullptr;
    QLabel* m_queueState = nullptr;
    QLabel* m_queueFeedback = nullptr;
    QPushButton* m_skipButton = nullptr;
    QPushButton* m_clearButton = nullptr;
    QPushButton* m_testButton = nullptr;
    LiveAlertPreview* m_preview = nullptr;
    QLabel* m_overlayState = nullptr;
    CopyableField* m_overlayUrl = nullptr;
    QPushButton* m_regenerateButton = nullptr;
    CopyableField* m_webhookUrl = nullptr;
    SalesHistoryPanel* m_sales = nullptr;
    TierEditor* m_tiers = nullptr;
};

} // namespace Dewey
