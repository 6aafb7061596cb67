#include "window/AlertCard.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QtMath>

#include <algorithm>

namespace Dewey {

namespace {

constexpr double kPadding = 26;
constexpr double kAccentWidth = 7;
constexpr double kLineGap = 8;
constexpr double kRadius = 20;
constexpr double kShadowRoom = AlertCard::ShadowRoom;
constexpr double kMinCardWidth = 360;
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

AlertCard::AlertCard(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Alert card"));

    m_animation.setParent(this);
    m_holdTimer.setParent(this);
    m_holdTimer.setSingleShot(true);
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
        m_progress = value.toDouble();
        update();
    });
    connect(&m_animation, &QAbstractAnimation::finished, this, &AlertCard::onAnimationFinished);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] { startExit(true); });
    layoutCard();
}

AlertCard::~AlertCard() = default;

void AlertCard::setTheme(const OverlayWindowTheme& theme)
{
    m_theme = theme;
    update();
}

void AlertCard::setSlideFromRight(bool fromRight)
{
    m_fromRight = fromRight;
}

void AlertCard::setMaxCardWidth(double width)
{
    if (qFuzzyCompare(width, m_maxCardWidth))
        return;
    m_maxCardWidth = width;
    layoutCard();
    update();
}

bool AlertCard::isIdle() const
{
    return !m_playing && !m_holdTimer.isActive() && m_animation.state() == QAbstractAnimation::Stopped;
}

QSize AlertCard::cardSize() const
{
    return {qCeil(m_card.width() + 2 * kShadowRoom), qCeil(m_card.height() + 2 * kShadowRoom)};
}

QSize AlertCard::sizeHint() const
{
    return cardSize();
}

QSize AlertCard::minimumSizeHint() const
{
    // Scaled down to a third it is still a recognisable card.
    return cardSize() / 3;
}

void AlertCard::present(const Alert& alert)
{
    // A card still playing was skipped or outlived its deadline: the queue moved on without it, so it
    // needs no alertDone().
    m_holdTimer.stop();
    m_animation.stop();

    m_alert = alert;
    m_playing = true;
    m_shownReported = false;
    m_reportDone = true;
    m_progress = 0;
    m_phase = Phase::Entering;
    layoutCard();
    setAccessibleDescription(singleLine(alert.title) + QLatin1Char('\n') + singleLine(alert.text));
    emit started(alert.id);
    animate(0, 1, m_animationMs, QEasingCurve::OutBack);
}

void AlertCard::dismiss()
{
    if (!m_playing)
        return;
    if (m_phase == Phase::Leaving) {
        m_reportDone = false;
        return;
    }
    startExit(false);
}

void AlertCard::showStill(const Alert& alert, double opacity)
{
    const bool wasPlaying = m_playing;
    m_holdTimer.stop();
    m_animation.stop();
    m_alert = alert;
    m_playing = false;
    m_phase = Phase::Still;
    m_progress = 1;
    m_stillOpacity = std::clamp(opacity, 0.0, 1.0);
    layoutCard();
    // Screen readers get the words the viewers see.
    setAccessibleDescription(singleLine(alert.title) + QLatin1Char('\n') + singleLine(alert.text));
    update();
    if (wasPlaying)
        emit stopped();
}

void AlertCard::startExit(bool reportDone)
{
    m_holdTimer.stop();
    m_animation.stop();
    m_reportDone = reportDone;
    m_phase = Phase::Leaving;
    const double from = std::clamp(m_progress, 0.0, 1.0);
    animate(from, 0, static_cast<int>(m_animationMs * from), QEasingCurve::InCubic);
}

void AlertCard::animate(double from, double to, int ms, QEasingCurve::Type easing)
{
    // Nobody can see a hidden card (the Alerts area while Dewey sits in the tray): skip the frames,
    // keep the timing of shown and done.
    if (!isVisible()) {
        m_progress = to;
        onAnimationFinished();
        return;
    }
    m_animation.setStartValue(from);
    m_animation.setEndValue(to);
    m_animation.setDuration(std::max(ms, 1)); // a zero-length animation would never report finished
    m_animation.setEasingCurve(easing);
    m_animation.start();
}

void AlertCard::onAnimationFinished()
{
    if (m_phase == Phase::Entering) {
        m_phase = Phase::Holding;
        if (!m_shownReported) {
            m_shownReported = true;
            emit alertShown(m_alert.id);
        }
        m_holdTimer.start(std::max(0, m_alert.durationMs - 2 * m_animationMs));
        return;
    }
    if (m_phase == Phase::Leaving)
        stopPlaying();
}

void AlertCard::stopPlaying()
{
    const qint64 id = m_alert.id;
    const bool reportDone = m_reportDone;
    m_playing = false;
    m_phase = Phase::Still;
    m_alert = Alert{};
    m_progress = 0;
    m_titlePath = {};
    m_textPath = {};
    setAccessibleDescription(QString());
    update();
    // Whoever hosts the card hears it stopped before the queue hears it is done.
    emit stopped();
    if (reportDone)
        emit alertDone(id);
}

void AlertCard::layoutCard()
{
    const QFont titleFont = cardFont(kTitlePixels, QFont::Bold);
    const QFont textFont = cardFont(kTextPixels, QFont::DemiBold);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF textMetrics(textFont);
    const double maxWidth = std::max(m_maxCardWidth, 2 * kPadding + kAccentWidth + 1);
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
    updateGeometry();

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

void AlertCard::paintEvent(QPaintEvent* /*event*/)
{
    if (m_alert.title.isEmpty() && m_alert.text.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    // 1:1 at the natural size (the native window); scaled down and centred where there is less room
    // (the Alerts area), never scaled up.
    const QSize natural = cardSize();
    const double scale =
        std::min({1.0, double(width()) / natural.width(), double(height()) / natural.height()});
    painter.translate(qRound((width() - natural.width() * scale) / 2),
                      qRound((height() - natural.height() * scale) / 2));
    painter.scale(scale, scale);

    if (m_playing) {
        painter.setOpacity(std::clamp(m_progress, 0.0, 1.0));
        painter.translate((1 - m_progress) * kSlide * (m_fromRight ? 1 : -1), 0);
    } else {
        painter.setOpacity(m_stillOpacity);
    }
    paintCard(painter);
}

void AlertCard::paintCard(QPainter& painter) const
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
