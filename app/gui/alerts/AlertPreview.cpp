#include "alerts/AlertPreview.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

namespace Dewey {

namespace {

constexpr double kPadding = 16;
constexpr double kRadius = 14;
constexpr double kAccentWidth = 5;

} // namespace

AlertPreview::AlertPreview(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("alertPreview"));
    setAccessibleName(tr("Alert preview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void AlertPreview::setAlert(const Alert& alert)
{
    m_alert = alert;
    // Screen readers get the words the viewers will see.
    setAccessibleDescription(alert.title.simplified() + QLatin1Char('\n') + alert.text.simplified());
    update();
}

void AlertPreview::setTheme(const OverlayWindowTheme& theme)
{
    m_theme = theme;
    update();
}

QSize AlertPreview::sizeHint() const
{
    return {480, 110};
}

QSize AlertPreview::minimumSizeHint() const
{
    return {240, 110};
}

void AlertPreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(rect()).adjusted(4, 4, -4, -4);

    QLinearGradient fill(card.topLeft(), card.bottomRight());
    fill.setColorAt(0, m_theme.cardTop);
    fill.setColorAt(1, m_theme.cardBottom);
    painter.setBrush(fill);
    painter.setPen(QPen(m_theme.border, 2));
    painter.drawRoundedRect(card, kRadius, kRadius);

    painter.setPen(Qt::NoPen);
    painter.setBrush(m_theme.accent);
    painter.drawRoundedRect(
        QRectF(card.left() + kPadding / 2, card.top() + kPadding, kAccentWidth, card.height() - 2 * kPadding),
        kAccentWidth / 2, kAccentWidth / 2);

    const double left = card.left() + kPadding + kAccentWidth + 8;
    const double width = card.right() - kPadding - left;
    QFont titleFont = font();
    titleFont.setPixelSize(22);
    titleFont.setWeight(QFont::Bold);
    QFont textFont = font();
    textFont.setPixelSize(16);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF textMetrics(textFont);
    const QString title = titleMetrics.elidedText(m_alert.title.simplified(), Qt::ElideRight, width);
    const QString text = textMetrics.elidedText(m_alert.text.simplified(), Qt::ElideRight, width);

    // One line each (simplified: a buyer's line breaks must not push text off the card), outlined as
    // on stream, drawn as paths so buyer text is never interpreted.
    QPainterPath titlePath;
    QPainterPath textPath;
    const double titleBaseline = card.top() + kPadding + titleMetrics.ascent();
    titlePath.addText(left, titleBaseline, titleFont, title);
    textPath.addText(left, titleBaseline + titleMetrics.descent() + 8 + textMetrics.ascent(), textFont, text);
    const QPen outline(m_theme.outline, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.strokePath(titlePath, outline);
    painter.fillPath(titlePath, m_theme.title);
    painter.strokePath(textPath, outline);
    painter.fillPath(textPath, m_theme.text);
}

} // namespace Dewey
