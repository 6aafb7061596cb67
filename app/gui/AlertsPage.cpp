#include "AlertsPage.h"

#include "AppServices.h"
#include "CopyableField.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertsModule.h"
#include "alerts/LiveAlertPreview.h"
#include "alerts/OverlayTokenRegenerator.h"
#include "alerts/SalesHistoryModel.h"
#include "alerts/SalesHistoryPanel.h"
#include "alerts/TierEditor.h"
#include "server/OverlayServer.h"
#include "server/WebhookReceiver.h"
#include "settings/Settings.h"
#include "window/OverlayWindowTheme.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Dewey {

namespace {

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel* plainLabel(const QString& objectName, QWidget* parent)
{
    QLabel* label = wrappedLabel(QString(), parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

AlertsPage::AlertsPage(AppServices& services, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_dialogs(dialogs)
    , m_overlayServer(services.overlayServer())
    , m_webhookReceiver(services.webhookReceiver())
    , m_settings(services.settings())
    , m_alerts(services.alerts())
    , m_queue(services.alerts().queue())
{
    setObjectName(QStringLiteral("alertsPage"));
    setAccessibleName(tr("Alerts"));

    // Pausing must be possible without a tray icon too, from every tab.
    m_pausedBanner =
        wrappedLabel(tr("Alerts are paused: new sales are recorded, but not shown on stream."), this);
    m_pausedBanner->setObjectName(QStringLiteral("pausedBanner"));
    m_pauseButton = new QPushButton(this);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    auto* pauseRow = new QHBoxLayout;
    pauseRow->addWidget(m_pausedBanner, 1);
    pauseRow->addWidget(m_pauseButton, 0, Qt::AlignRight);

    m_sales = new SalesHistoryPanel(services.salesLedger(), m_alerts, services.appState(), services.clock(),
                                    dialogs);
    m_tiers = new TierEditor(m_alerts, services.clock(), dialogs);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("alertsTabs"));
    m_tabs->addTab(createLiveTab(), tr("&Live"));
    m_tabs->addTab(m_sales, tr("Sales &history"));
    m_tabs->addTab(m_tiers, tr("&Tiers"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pauseRow);
    layout->addWidget(m_tabs, 1);

    connect(&m_overlayServer, &OverlayServer::listeningChanged, this, &AlertsPage::updateOverlay);
    connect(&m_overlayServer, &OverlayServer::connectedOverlaysChanged, this, &AlertsPage::updateOverlay);
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::OverlayToken)
            updateOverlay();
        // Theme, default templates, volume…: whatever changed, the next alert may look different.
        updatePreview();
    });
    connect(&m_webhookReceiver, &WebhookReceiver::listeningChanged, this, &AlertsPage::updateWebhook);
    connect(&m_queue, &AlertQueue::pausedChanged, this, &AlertsPage::updatePaused);
    connect(&m_queue, &AlertQueue::pausedChanged, this, &AlertsPage::updateQueue);
    connect(&m_queue, &AlertQueue::pendingCountChanged, this, &AlertsPage::updateQueue);
    connect(&m_queue, &AlertQueue::overlayCountChanged, this, &AlertsPage::updateQueue);
    connect(&m_queue, &AlertQueue::alertStarted, this, &AlertsPage::updateQueue);
    connect(&m_queue, &AlertQueue::alertFinished, this, &AlertsPage::updateQueue);
    connect(&m_queue, &AlertQueue::pendingCountChanged, this, &AlertsPage::updatePreview);
    connect(&m_alerts, &AlertsModule::tiersChanged, this, &AlertsPage::updatePreview);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { m_queue.setPaused(!m_queue.isPaused()); });

    updateOverlay();
    updateWebhook();
    updatePaused();
    updateQueue();
    updatePreview();
}

QWidget* AlertsPage::createLiveTab()
{
    auto* content = new QWidget;

    auto* queueGroup = new QGroupBox(tr("Alert queue"), content);
    m_nowShowing = plainLabel(QStringLiteral("nowShowing"), queueGroup);
    m_queueState = plainLabel(QStringLiteral("queueState"), queueGroup);
    m_queueFeedback = plainLabel(QStringLiteral("queueFeedback"), queueGroup);
    m_skipButton = new QPushButton(tr("S&kip current"), queueGroup);
    m_skipButton->setObjectName(QStringLiteral("skipButton"));
    m_skipButton->setToolTip(tr("Take the alert on screen off now"));
    m_clearButton = new QPushButton(tr("&Clear waiting"), queueGroup);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setToolTip(
        tr("Drop the waiting alerts; the sales stay in the history and can be replayed"));
    m_testButton = new QPushButton(tr("Send &test alert"), queueGroup);
    m_testButton->setObjectName(QStringLiteral("testAlertButton"));
    m_testButton->setToolTip(tr("Shows a made-up sale on the overlay, to check OBS shows it"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_skipButton);
    buttons->addWidget(m_clearButton);
    buttons->addWidget(m_testButton);
    buttons->addStretch(1);
    m_preview = new LiveAlertPreview(m_queue, queueGroup);
    auto* queueLayout = new QVBoxLayout(queueGroup);
    queueLayout->addWidget(m_nowShowing);
    queueLayout->addWidget(m_queueState);
    queueLayout->addLayout(buttons);
    queueLayout->addWidget(m_queueFeedback);
    queueLayout->addWidget(m_preview);

    auto* overlayGroup = new QGroupBox(tr("Overlay for OBS"), content);
    m_overlayState = plainLabel(QStringLiteral("overlayState"), overlayGroup);
    m_overlayUrl = new CopyableField(tr("Overlay URL"), overlayGroup);
    m_overlayUrl->setObjectName(QStringLiteral("overlayUrlField"));
    m_overlayUrl->setPlaceholderText(tr("Appears when the overlay server is running"));
    auto* overlayUrlLabel = new QLabel(tr("Overlay &URL:"), overlayGroup);
    overlayUrlLabel->setBuddy(m_overlayUrl->lineEdit());
    m_regenerateButton = new QPushButton(tr("&Regenerate URL…"), overlayGroup);
    m_regenerateButton->setObjectName(QStringLiteral("regenerateOverlayTokenButton"));
    m_regenerateButton->setToolTip(tr("Make a new secret overlay URL, e.g. after it was shown on stream"));
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_overlayUrl, 1);
    urlRow->addWidget(m_regenerateButton);
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
    overlayLayout->addWidget(overlayUrlLabel);
    overlayLayout->addLayout(urlRow);
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
    webhookLayout->addWidget(wrappedLabel(tr("Stripe reaches this address through a tunnel (the Stripe CLI, "
                                             "cloudflared or ngrok), chosen in Settings → Stripe."),
                                          webhookGroup));

    auto* column = new QVBoxLayout(content);
    column->addWidget(queueGroup);
    column->addWidget(overlayGroup);
    column->addWidget(webhookGroup);
    column->addStretch(1);

    connect(m_skipButton, &QPushButton::clicked, this, [this] { m_queue.skip(); });
    connect(m_clearButton, &QPushButton::clicked, this, &AlertsPage::clearPending);
    connect(m_testButton, &QPushButton::clicked, this, &AlertsPage::sendTestAlert);
    connect(m_regenerateButton, &QPushButton::clicked, this,
            [this] { OverlayTokenRegenerator::confirmAndRegenerate(this, m_dialogs, m_settings); });

    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Live alerts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

void AlertsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

QString AlertsPage::overlayStateText() const
{
    return m_overlayState->text();
}

QString AlertsPage::queueText() const
{
    return m_queueState->text();
}

QString AlertsPage::nowShowingText() const
{
    return m_nowShowing->text();
}

SalesHistoryModel* AlertsPage::salesModel() const
{
    return m_sales->model();
}

bool AlertsPage::salesEmptyStateShown() const
{
    return m_sales->emptyStateShown();
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
    const std::optional<Alert> current = m_queue.current();
    m_nowShowing->setText(current ? tr("Now showing: %1").arg(current->title) : tr("Nothing on screen."));
    m_skipButton->setEnabled(current.has_value());
    const int waiting = m_queue.pendingCount();
    m_clearButton->setEnabled(waiting > 0 || current.has_value());
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

void AlertsPage::updatePreview()
{
    // The alert that goes out next, or a sample sale through the same tiers.
    const QList<Alert>& pending = m_queue.pending();
    const Alert next = pending.isEmpty() ? m_alerts.composer().testAlert() : pending.first();
    m_preview->setUpNext(next);
    const OverlayWindowTheme theme = OverlayWindowTheme::named(m_settings.overlayTheme());
    m_preview->setTheme(theme);
    m_tiers->setPreviewTheme(theme);
}

void AlertsPage::sendTestAlert()
{
    QString error;
    if (m_queue.sendTestAlert(&error) == 0)
        m_queueFeedback->setText(tr("Could not send a test alert: %1").arg(error));
    else
        m_queueFeedback->setText(tr("Test alert queued."));
}

void AlertsPage::clearPending()
{
    QString error;
    const int cleared = m_queue.clear(&error);
    if (!error.isEmpty()) {
        m_queueFeedback->setText(tr("Could not clear the queue: %1").arg(error));
        return;
    }
    m_queueFeedback->setText(
        tr("Waiting alerts cleared: %1. Replay any sale from the sales history.").arg(cleared));
}

} // namespace Dewey
