#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Dewey {

class AlertQueue;
class CopyableField;
class OverlayServer;
class RecentSalesModel;
class Settings;
class WebhookReceiver;

// The Alerts area: everything the streamer needs to get alerts on stream (the overlay URL for OBS,
// how many overlays are connected, the webhook URL for Stripe) and the recent sales.
class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    AlertsPage(OverlayServer& overlayServer, WebhookReceiver& webhookReceiver, Settings& settings,
               AlertQueue& queue, QWidget* parent = nullptr);

    CopyableField* overlayUrlField() const { return m_overlayUrl; }
    CopyableField* webhookUrlField() const { return m_webhookUrl; }
    QString overlayStateText() const;
    QString queueText() const;
    QPushButton* pauseButton() const { return m_pauseButton; }
    RecentSalesModel* salesModel() const { return m_salesModel; }
    QTableView* salesView() const { return m_salesView; }
    bool salesEmptyStateShown() const;

private:
    void updateOverlay();
    void updateWebhook();
    void updatePaused();
    void updateQueue();
    void updateSales();

    OverlayServer& m_overlayServer;
    WebhookReceiver& m_webhookReceiver;
    AlertQueue& m_queue;

    QLabel* m_pausedBanner;
    QPushButton* m_pauseButton;
    QLabel* m_overlayState;
    QLabel* m_queueState;
    CopyableField* m_overlayUrl;
    CopyableField* m_webhookUrl;
    RecentSalesModel* m_salesModel;
    QStackedWidget* m_salesStack;
    QTableView* m_salesView;
    QLabel* m_salesEmpty;
};

} // namespace Dewey
