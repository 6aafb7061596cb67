#include "alerts/LiveAlertPreview.h"

#include "alerts/AlertQueue.h"
#include "window/AlertCard.h"
#include "window/AlertCardClient.h"
#include "window/OverlayWindowTheme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Dewey {

namespace {

// The card waiting for its turn is drawn faint, so it never reads as "on stream".
constexpr double kUpNextOpacity = 0.45;
constexpr int kCardHeight = 110;
// The OBS page has a whole 1920-wide scene for the title: the preview shows it uncut too, scaled down.
constexpr double kMaxCardWidth = 1400;

} // namespace

LiveAlertPreview::LiveAlertPreview(AlertQueue& queue, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_status(new QLabel(this))
    , m_card(new AlertCard(this))
{
    setObjectName(QStringLiteral("liveAlertPreview"));
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_card->setObjectName(QStringLiteral("alertPreview"));
    m_card->setAccessibleName(tr("Alert preview"));
    m_card->setFixedHeight(kCardHeight);
    m_card->setMaxCardWidth(kMaxCardWidth);
    m_card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_card);

    m_client = std::make_unique<AlertCardClient>(*m_card, AlertClient::Role::Preview,
                                                 tr("preview in the Alerts area"));
    connect(m_card, &AlertCard::started, this, &LiveAlertPreview::updateStatus);
    connect(m_card, &AlertCard::stopped, this, &LiveAlertPreview::showIdle);
    connect(&m_queue, &AlertQueue::pausedChanged, this, &LiveAlertPreview::updateStatus);
    m_queue.addClient(m_client.get());
    // The queue sends each alert once, when it starts: catch up with one already on stream.
    if (const std::optional<Alert> current = m_queue.current())
        m_card->present(*current);
    else
        showIdle();
}

LiveAlertPreview::~LiveAlertPreview()
{
    m_queue.removeClient(m_client.get());
}

void LiveAlertPreview::setTheme(const OverlayWindowTheme& theme)
{
    m_card->setTheme(theme);
}

void LiveAlertPreview::setUpNext(const Alert& alert)
{
    m_upNext = alert;
    if (!m_card->isPlaying())
        showIdle();
}

bool LiveAlertPreview::isLive() const
{
    return m_card->isPlaying();
}

QString LiveAlertPreview::title() const
{
    return m_card->title();
}

QString LiveAlertPreview::text() const
{
    return m_card->text();
}

QString LiveAlertPreview::statusText() const
{
    return m_status->text();
}

const AlertClient& LiveAlertPreview::client() const
{
    return *m_client;
}

void LiveAlertPreview::showIdle()
{
    m_card->showStill(m_upNext, kUpNextOpacity);
    updateStatus();
}

void LiveAlertPreview::updateStatus()
{
    if (m_card->isPlaying())
        m_status->setText(tr("Live preview — on screen now, as your viewers see it:"));
    else if (m_queue.isPaused())
        m_status->setText(tr("Live preview — alerts are paused. Up next when you resume:"));
    else
        m_status->setText(tr("Live preview — alerts appear here as your viewers see them. Up next:"));
}

} // namespace Dewey
