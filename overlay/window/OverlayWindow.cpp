#include "window/OverlayWindow.h"

#include "window/OverlayPlacement.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QScreen>
#include <QtMath>

#include <algorithm>

namespace Dewey {

namespace {

constexpr double kPadding = 26;
constexpr double kAccentWidth = 7;
constexpr double kLineGap = 8;
constexpr double kRadius = 20;
constexpr double kShadowRoom = 22; // around the card, for its shadow
constexpr double kMinCardWidth = 360;
constexpr double kMaxCardWidth = 760;
constexpr double kSlide = 48; // how far the card travels in from the screen edge
constexpr int kTitlePixels = 34;
constexpr int kTextPixels = 24;

QFont cardFont(int pixels, QFont::Weight weight)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setWeight(weight);
    return font;
}

// One line per field: a buyer's newlines must not push text off the card.
QString singleLine(const QString& text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line.simplified();
}

} // namespace

OverlayWindow::OverlayWindow(QWidget* parent)
    : QWidget(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint |
                          Qt::WindowDoesNotAcceptFocus | Qt::WindowTransparentForInput |
                          Qt::NoDropShadowWindowHint)
{
    setAttribute(Qt::WA_TranslucentBackground);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // macOS hides tool windows while another application (the game) is active.
    setAttribute(Qt::WA_MacAlwaysShowToolWindow);
    setFocusPolicy(Qt::NoFocus);
    // The title OBS lists under Window Capture.
    setWindowTitle(tr("Dewey overlay"));

    m_animation.setParent(this);
    m_holdTimer.setParent(this);
    m_holdTimer.setSingleShot(true);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_progress = value.toDouble();
        update();
    });
    connect(&m_animation, &QAbstractAnimation::finished, this, &OverlayWindow::onAnimationFinished);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] { startExit(true); });
}

OverlayWindow::~OverlayWindow() = default;

void OverlayWindow::setTheme(const OverlayWindowTheme& theme)
{
    m_theme = theme;
    update();
}

void OverlayWindow::setPlacement(const QString& screenName, Qt::Corner corner)
{
    m_screenName = screenName;
    m_corner = corner;
    if (!isHidden())
        placeOnScreen();
}

bool OverlayWindow::isIdle() const
{
    return m_phase == Phase::Idle && isHidden() && !m_holdTimer.isActive() &&
           m_animation.state() == QAbstractAnimation::Stopped;
}

void OverlayWindow::present(const Alert& alert)
{
    // A card still on screen was skipped or outlived its deadline: the queue moved on without it,
    // so it needs no alertDone().
    m_holdTimer.stop();
    m_animation.stop();

    m_alert = alert;
    m_shownReported = false;
    m_reportDone = true;
    m_progress = 0;
    m_phase = Phase::Entering;
    layoutCard();
    placeOnScreen();
    show();
    animate(0, 1, m_animationMs, QEasingCurve::OutBack);
}

void OverlayWindow::dismiss()
{
    if (m_phase == Phase::Idle)
        return;
    if (m_phase == Phase::Leaving) {
        m_reportDone = false;
        return;
    }
    startExit(false);
}

void OverlayWindow::startExit(bool reportDone)
{
    m_holdTimer.stop();
    m_animation.stop();
    m_reportDone = reportDone;
    m_phase = Phase::Leaving;
    const double from = std::clamp(m_progress, 0.0, 1.0);
    animate(from, 0, static_cast<int>(m_animationMs * from), QEasingCurve::InCubic);
}

void OverlayWindow::animate(double from, double to, int ms, QEasingCurve::Type easing)
{
    m_animation.setStartValue(from);
    m_animation.setEndValue(to);
    m_animation.setDuration(std::max(ms, 1)); // a zero-length animation would never report finished
    m_animation.setEasingCurve(easing);
    m_animation.start();
}

void OverlayWindow::onAnimationFinished()
{
    if (m_phase == Phase::Entering) {
        m_phase = Phase::Holding;
        reportShown();
        m_holdTimer.start(std::max(0, m_alert.durationMs - 2 * m_animationMs));
        return;
    }
    if (m_phase != Phase::Leaving)
        return;
    hide();
    m_phase = Phase::Idle;
    const qint64 id = m_alert.id;
    const bool reportDone = m_reportDone;
    m_alert = Alert{};
    m_titlePath = {};
    m_textPath = {};
    if (reportDone)
        emit alertDone(id);
}

void OverlayWindow::reportShown()
{
    if (m_shownReported || m_phase == Phase::Idle)
        return;
    m_shownReported = true;
    emit alertShown(m_alert.id);
}

void OverlayWindow::layoutCard()
{
    const QFont titleFont = cardFont(kTitlePixels, QFont::Bold);
    const QFont textFont = cardFont(kTextPixels, QFont::DemiBold);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF textMetrics(textFont);
    // Never wider than the screen: the whole card stays in its corner on a small display.
    double maxWidth = kMaxCardWidth;
    if (const QScreen* screen = OverlayPlacement::screenNamed(m_screenName)) {
        maxWidth = std::min(maxWidth, screen->availableGeometry().width() - 2.0 * OverlayPlacement::Margin -
                                          2 * kShadowRoom);
    }
    const double minWidth = std::min(kMinCardWidth, maxWidth);
    const double textRoom = maxWidth - 2 * kPadding - kAccentWidth;

    const QString title = titleMetrics.elidedText(singleLine(m_alert.title), Qt::ElideRight, textRoom);
    const QString text = textMetrics.elidedText(singleLine(m_alert.text), Qt::ElideRight, textRoom);
    const double textWidth = std::max(titleMetrics.horizontalAdvance(title),
                                      text.isEmpty() ? 0.0 : textMetrics.horizontalAdvance(text));

    const double width = std::clamp(textWidth + 2 * kPadding + kAccentWidth, minWidth, maxWidth);
    double height = 2 * kPadding + titleMetrics.height();
    if (!text.isEmpty())
        height += kLineGap + textMetrics.height();
    m_card = QRectF(kShadowRoom, kShadowRoom, width, height);
    setFixedSize(qCeil(width + 2 * kShadowRoom), qCeil(height + 2 * kShadowRoom));

    // Paths, not drawText(), so the letters can carry an outline; addText() takes the text as it is.
    const double left = m_card.left() + kPadding + kAccentWidth;
    const double titleBaseline = m_card.top() + kPadding + titleMetrics.ascent();
    m_titlePath = QPainterPath();
    m_titlePath.addText(left, titleBaseline, titleFont, title);
    m_textPath = QPainterPath();
    if (!text.isEmpty()) {
        const double textBaseline = titleBaseline + titleMetrics.descent() + kLineGap + textMetrics.ascent();
        m_textPath.addText(left, textBaseline, textFont, text);
    }
}

void OverlayWindow::placeOnScreen()
{
    QScreen* screen = OverlayPlacement::screenNamed(m_screenName);
    if (!screen)
        return;
    setScreen(screen);
    move(OverlayPlacement::topLeftInCorner(screen->availableGeometry(), size(), m_corner));
}

void OverlayWindow::paintEvent(QPaintEvent* /*event*/)
{
    if (m_phase == Phase::Idle)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setOpacity(std::clamp(m_progress, 0.0, 1.0));
    const bool right = m_corner == Qt::TopRightCorner || m_corner == Qt::BottomRightCorner;
    painter.translate((1 - m_progress) * kSlide * (right ? 1 : -1), 0);
    paintCard(painter);
}

void OverlayWindow::paintCard(QPainter& painter) const
{
    // A soft shadow from a few widening, faint layers: cheap, and it separates the card from bright
    // game footage.
    painter.setPen(Qt::NoPen);
    for (int layer = 1; layer <= 5; ++layer) {
        const double grow = layer * 3.0;
        painter.setBrush(QColor(0, 0, 0, 22));
        painter.drawRoundedRect(m_card.adjusted(-grow, -grow + 6, grow, grow + 6), kRadius + grow,
                                kRadius + grow);
    }

    QLinearGradient fill(m_card.topLeft(), m_card.bottomRight());
    fill.setColorAt(0, m_theme.cardTop);
    fill.setColorAt(1, m_theme.cardBottom);
    painter.setBrush(fill);
    painter.setPen(QPen(m_theme.border, 2));
    painter.drawRoundedRect(m_card, kRadius, kRadius);

    painter.setPen(Qt::NoPen);
    painter.setBrush(m_theme.accent);
    const QRectF accent(m_card.left() + kPadding / 2, m_card.top() + kPadding, kAccentWidth,
                        m_card.height() - 2 * kPadding);
    painter.drawRoundedRect(accent, kAccentWidth / 2, kAccentWidth / 2);

    const QPen outline(m_theme.outline, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.strokePath(m_titlePath, outline);
    painter.fillPath(m_titlePath, m_theme.title);
    painter.strokePath(m_textPath, outline);
    painter.fillPath(m_textPath, m_theme.text);
}

} // namespace Dewey
