#include "window/OverlayWindow.h"

#include "window/AlertCard.h"
#include "window/OverlayPlacement.h"

#include <QScreen>

#include <algorithm>

namespace Dewey {

OverlayWindow::OverlayWindow(QWidget* parent)
    : QWidget(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint |
                          Qt::WindowDoesNotAcceptFocus | Qt::WindowTransparentForInput |
                          Qt::NoDropShadowWindowHint)
    , m_card(new AlertCard(this))
{
    setAttribute(Qt::WA_TranslucentBackground);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // macOS hides tool windows while another application (the game) is active.
    setAttribute(Qt::WA_MacAlwaysShowToolWindow);
    setFocusPolicy(Qt::NoFocus);
    // The title OBS lists under Window Capture.
    setWindowTitle(tr("Dewey overlay"));

    connect(m_card, &AlertCard::started, this, &OverlayWindow::onCardStarted);
    connect(m_card, &AlertCard::stopped, this, &QWidget::hide);
    connect(m_card, &AlertCard::alertShown, this, &OverlayWindow::alertShown);
    connect(m_card, &AlertCard::alertDone, this, &OverlayWindow::alertDone);
}

OverlayWindow::~OverlayWindow() = default;

void OverlayWindow::setTheme(const OverlayWindowTheme& theme)
{
    m_card->setTheme(theme);
}

void OverlayWindow::setPlacement(const QString& screenName, Qt::Corner corner)
{
    m_screenName = screenName;
    m_corner = corner;
    m_card->setSlideFromRight(corner == Qt::TopRightCorner || corner == Qt::BottomRightCorner);
    if (!isHidden())
        placeOnScreen();
}

void OverlayWindow::setClickThrough(bool clickThrough)
{
    if (clickThrough == isClickThrough())
        return;
    const bool visible = isVisible();
    // The attribute first: while it is set, Qt keeps WindowTransparentForInput on any top-level
    // window. setWindowFlag() hides a visible window.
    setAttribute(Qt::WA_TransparentForMouseEvents, clickThrough);
    setWindowFlag(Qt::WindowTransparentForInput, clickThrough);
    if (visible) {
        placeOnScreen();
        show(); // WA_ShowWithoutActivating: no focus taken from the game
    }
}

bool OverlayWindow::isClickThrough() const
{
    return windowFlags().testFlag(Qt::WindowTransparentForInput);
}

void OverlayWindow::setAnimationDurationMs(int ms)
{
    m_card->setAnimationDurationMs(ms);
}

void OverlayWindow::present(const Alert& alert)
{
    m_card->present(alert);
}

void OverlayWindow::dismiss()
{
    m_card->dismiss();
}

qint64 OverlayWindow::currentAlertId() const
{
    return m_card->currentAlertId();
}

QString OverlayWindow::currentTitle() const
{
    return m_card->isPlaying() ? m_card->title() : QString();
}

QString OverlayWindow::currentText() const
{
    return m_card->isPlaying() ? m_card->text() : QString();
}

bool OverlayWindow::isIdle() const
{
    return isHidden() && m_card->isIdle();
}

void OverlayWindow::onCardStarted()
{
    // Never wider than the screen: the whole card stays in its corner on a small display.
    if (const QScreen* screen = OverlayPlacement::screenNamed(m_screenName)) {
        m_card->setMaxCardWidth(std::min(AlertCard::DefaultMaxCardWidth, screen->availableGeometry().width() -
                                                                             2.0 * OverlayPlacement::Margin -
                                                                             2 * AlertCard::ShadowRoom));
    }
    setFixedSize(m_card->cardSize());
    m_card->setGeometry(rect());
    placeOnScreen();
    show();
}

void OverlayWindow::placeOnScreen()
{
    QScreen* screen = OverlayPlacement::screenNamed(m_screenName);
    if (!screen)
        return;
    setScreen(screen);
    move(OverlayPlacement::topLeftInCorner(screen->availableGeometry(), size(), m_corner));
}

} // namespace Dewey
