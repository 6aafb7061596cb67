#include "AlertsPage.h"

#include "CopyableField.h"
#include "RecentSalesModel.h"
#include "alerts/AlertQueue.h"
#include "server/OverlayServer.h"
#include "server/WebhookReceiver.h"
#include "settings/Settings.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Dewey {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

AlertsPage::AlertsPage(OverlayServer& overlayServer, WebhookReceiver& webhookReceiver, Settings& settings,
                       AlertQueue& queue, QWidget* parent)
    : QWidget(parent)
    , m_overlayServer(overlayServer)
    , m_webhookReceiver(webhookReceiver)
    , m_queue(queue)
{
    setObjectName(QStringLiteral("alertsPage"));
    setAccessibleName(tr("Alerts"));

    auto* content = new QWidget;

    // Pausing must be possible without a tray icon too.
    m_pausedBanner =
        wrappedLabel(tr("Alerts are paused: new sales are recorded, but not shown on stream."), content);
    m_pausedBanner->setObjectName(QStringLiteral("pausedBanner"));
    m_pauseButton = new QPushButton(content);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    auto* pauseRow = new QHBoxLayout;
    pauseRow->addWidget(m_pausedBanner, 1);
    pauseRow->addWidget(m_pauseButton, 0, Qt::AlignRight);

    auto* overlayGroup = new QGroupBox(tr("Overlay for OBS"), content);
    m_overlayState = wrappedLabel(QString(), overlayGroup);
    m_overlayState->setObjectName(QStringLiteral("overlayState"));
    m_overlayState->setTextFormat(Qt::PlainText);
    m_queueState = wrappedLabel(QString(), overlayGroup);
    m_queueState->setObjectName(QStringLiteral("queueState"));
    m_queueState->setTextFormat(Qt::PlainText);
    m_overlayUrl = new CopyableField(tr("Overlay URL"), overlayGroup);
    m_overlayUrl->setObjectName(QStringLiteral("overlayUrlField"));
    m_overlayUrl->setPlaceholderText(tr("Appears when the overlay server is running"));
    auto* overlayUrlLabel = new QLabel(tr("Overlay &URL:"), overlayGroup);
    overlayUrlLabel->setBuddy(m_overlayUrl->lineEdit());
    auto* howTo = wrappedLabel(tr("<b>Show alerts in OBS</b><ol>"
                                  "<li>In OBS, add a source to your scene: <b>+</b> → <b>Browser</b>.</li>"
                                  "<li>Paste the overlay URL into the <b>URL</b> field.</li>"
                                  "<li>Set <b>Width</b> to 1920 and <b>Height</b> to 1080, then click "
                                  "<b>OK</b>.</li></ol>"
                                  "The overlay is transparent until a sale comes in. Keep the URL private: "
                                  "anyone with it can watch your alerts."),
                               overlayGroup);
    howTo->setTextFormat(Qt::RichText);
    auto* overlayLayout = new QVBoxLayout(overlayGroup);
    overlayLayout->addWidget(m_overlayState);
    overlayLayout->addWidget(m_queueState);
    overlayLayout->addWidget(overlayUrlLabel);
    overlayLayout->addWidget(m_overlayUrl);
    overlayLayout->addWidget(howTo);

    auto* webhookGroup = new QGroupBox(tr("Stripe webhooks"), content);
    m_webhookUrl = new CopyableField(tr("Webhook URL"), webhookGroup);
    m_webhookUrl->setObjectName(QStringLiteral("webhookUrlField"));
    m_webhookUrl->setPlaceholderText(tr("Appears when the webhook receiver is running"));
    auto* webhookUrlLabel = new QLabel(tr("&Webhook URL (local):"), webhookGroup);
    webhookUrlLabel->setBuddy(m_webhookUrl->lineEdit());
    auto* webhookLayout = new QVBoxLayout(webhookGroup);
    webhookLayout->addWidget(webhookUrlLabel);
    webhookLayout->addWidget(m_webhookUrl);
    webhookLayout->addWidget(
        wrappedLabel(tr("Stripe reaches this address through a tunnel (the Stripe CLI, "
                        "cloudflared or ngrok). Connecting Stripe from inside Dewey arrives "
                        "in an upcoming version."),
                     webhookGroup));

    auto* salesGroup = new QGroupBox(tr("Recent sales"), content);
    m_salesModel = new RecentSalesModel(this);
    m_salesView = new QTableView(salesGroup);
    m_salesView->setObjectName(QStringLiteral("recentSalesView"));
    m_salesView->setAccessibleName(tr("Recent sales"));
    m_salesView->setModel(m_salesModel);
    m_salesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_salesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_salesView->setAlternatingRowColors(true);
    m_salesView->verticalHeader()->hide();
    m_salesView->horizontalHeader()->setSectionResizeMode(RecentSalesModel::ItemsColumn,
                                                          QHeaderView::Stretch);
    m_salesEmpty =
        wrappedLabel(tr("No sales yet. When someone buys from your store, the sale appears here and "
                        "as an alert on stream."),
                     salesGroup);
    m_salesEmpty->setObjectName(QStringLiteral("salesEmptyState"));
    m_salesEmpty->setAlignment(Qt::AlignCenter);
    m_salesStack = new QStackedWidget(salesGroup);
    m_salesStack->addWidget(m_salesEmpty);
    m_salesStack->addWidget(m_salesView);
    auto* salesLayout = new QVBoxLayout(salesGroup);
    salesLayout->addWidget(m_salesStack);

    auto* column = new QVBoxLayout(content);
    column->addLayout(pauseRow);
    column->addWidget(overlayGroup);
    column->addWidget(webhookGroup);
    column->addWidget(salesGroup, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_overlayServer, &OverlayServer::listeningChanged, this, &AlertsPage::updateOverlay);
    connect(&m_overlayServer, &OverlayServer::connectedOverlaysChanged, this, &AlertsPage::updateOverlay);
    connect(&settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::OverlayToken)
            updateOverlay();
    });
    connect(&m_webhookReceiver, &WebhookReceiver::listeningChanged, this, &AlertsPage::updateWebhook);
    connect(&m_queue, &AlertQueue::pausedChanged, this, &AlertsPage::updatePaused);
    connect(&m_queue, &AlertQueue::pausedChanged, this, &AlertsPage::updateQueue);
    connect(&m_queue, &AlertQueue::pendingCountChanged, this, &AlertsPage::updateQueue);
    connect(&m_queue, &AlertQueue::overlayCountChanged, this, &AlertsPage::updateQueue);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { m_queue.setPaused(!m_queue.isPaused()); });
    connect(m_salesModel, &QAbstractItemModel::modelReset, this, &AlertsPage::updateSales);
    connect(m_salesModel, &QAbstractItemModel::rowsInserted, this, &AlertsPage::updateSales);
    connect(m_salesModel, &QAbstractItemModel::rowsRemoved, this, &AlertsPage::updateSales);

    updateOverlay();
    updateWebhook();
    updatePaused();
    updateQueue();
    updateSales();
}

QString AlertsPage::overlayStateText() const
{
    return m_overlayState->text();
}

QString AlertsPage::queueText() const
{
    return m_queueState->text();
}

bool AlertsPage::salesEmptyStateShown() const
{
    return m_salesStack->currentWidget() == m_salesEmpty;
}

void AlertsPage::updateOverlay()
{
    m_overlayUrl->setText(m_overlayServer.overlayUrl());
    if (!m_overlayServer.isListening()) {
        m_overlayState->setText(
            tr("The overlay server is not running, so OBS cannot show alerts. "
               "Restart Dewey; if this persists, choose another overlay port in Settings."));
        return;
    }
    const int connected = m_overlayServer.connectedOverlays();
    m_overlayState->setText(
        connected == 0 ? tr("Running on port %1. No overlay is connected yet.").arg(m_overlayServer.port())
                       : tr("Running on port %1. Connected overlays: %n.", nullptr, connected)
                             .arg(m_overlayServer.port()));
}

void AlertsPage::updateWebhook()
{
    m_webhookUrl->setText(m_webhookReceiver.webhookUrl());
}

void AlertsPage::updatePaused()
{
    const bool paused = m_queue.isPaused();
    m_pausedBanner->setVisible(paused);
    m_pauseButton->setText(paused ? tr("Resume alerts") : tr("Pause alerts"));
    m_pauseButton->setAccessibleName(m_pauseButton->text());
    m_pauseButton->setToolTip(paused ? tr("Show sale alerts on stream again")
                                     : tr("Stop showing sale alerts on stream; sales are still recorded"));
}

void AlertsPage::updateQueue()
{
    const int waiting = m_queue.pendingCount();
    if (waiting == 0) {
        m_queueState->setText(tr("Alert queue: empty."));
        return;
    }
    QString text = tr("Alert queue: %n waiting.", nullptr, waiting);
    // Say what they are waiting for, so a quiet overlay is never a mystery.
    if (m_queue.isPaused())
        text += QLatin1Char(' ') + tr("They play when you resume alerts.");
    else if (m_queue.overlayCount() == 0)
        text += QLatin1Char(' ') + tr("They play when an overlay connects.");
    m_queueState->setText(text);
}

void AlertsPage::updateSales()
{
    m_salesStack->setCurrentWidget(m_salesModel->isEmpty() ? static_cast<QWidget*>(m_salesEmpty)
                                                           : m_salesView);
}

} // namespace Dewey
