#pragma once

#include "alerts/Alert.h"
#include "window/OverlayWindowTheme.h"

#include <QPainterPath>
#include <QTimer>
#include <QVariantAnimation>
#include <QWidget>

namespace Dewey {

// One alert drawn as the overlay's rounded card, in a theme's colours, with the stream's enter and
// exit animation: the piece the native overlay window and the Alerts area's live preview share, so
// both look exactly like each other.
//
// present() plays an alert (enter, hold for its duration, exit); showStill() draws a card that does
// not move (a dimmed "up next" picture, the tier editor's preview). While nothing plays no timer or
// animation runs; while the card is hidden it skips the animation frames (only the hold timer runs). Every
// text comes from the buyer and is drawn as plain text, never interpreted.
//
// At its natural size (cardSize()) the card is drawn 1:1, as on the streamer's screen; a widget given
// less room draws it scaled down to fit.
class AlertCard : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultAnimationMs = 450;
    static constexpr double DefaultMaxCardWidth = 760;
    static constexpr double ShadowRoom = 22; // around the card, for its shadow

    explicit AlertCard(QWidget* parent = nullptr);
    ~AlertCard() override;

    void setTheme(const OverlayWindowTheme& theme);
    const OverlayWindowTheme& theme() const { return m_theme; }
    // Which screen edge the card slides in from.
    void setSlideFromRight(bool fromRight);
    // Long titles are cut with "…" to keep the card this wide at most (its natural size).
    void setMaxCardWidth(double width);
    // The length of the enter and of the exit animation.
    void setAnimationDurationMs(int ms) { m_animationMs = ms; }
    int animationDurationMs() const { return m_animationMs; }

    // Plays the alert for its durationMs (animations included); a card still playing is replaced.
    void present(const Alert& alert);
    // Takes a playing card off now (exit animation); no alertDone(): the queue already moved on.
    void dismiss();
    // A card that does not move, at the given opacity; stops anything playing (no alertDone()).
    // An empty alert draws nothing.
    void showStill(const Alert& alert, double opacity = 1.0);

    qint64 currentAlertId() const { return m_playing ? m_alert.id : 0; } // 0 unless playing
    // The card drawn now (playing or still); empty while nothing is drawn.
    QString title() const { return m_alert.title; }
    QString text() const { return m_alert.text; }
    bool isPlaying() const { return m_playing; }
    // Nothing playing, and no timer or animation running.
    bool isIdle() const;
    // The card with room for its shadow, drawn 1:1.
    QSize cardSize() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // present() put a card up: about to animate in (the native window shows itself here).
    void started(qint64 alertId);
    // The card is fully in (its enter animation ended).
    void alertShown(qint64 alertId);
    // The card left after its full duration.
    void alertDone(qint64 alertId);
    // Nothing plays any more (after its duration, a dismiss() or a showStill()).
    void stopped();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    enum class Phase
    {
        Still,
        Entering,
        Holding,
        Leaving,
    };

    void layoutCard();
    void animate(double from, double to, int ms, QEasingCurve::Type easing);
    void onAnimationFinished();
    void startExit(bool reportDone);
    void stopPlaying();
    void paintCard(QPainter& painter) const;

    OverlayWindowTheme m_theme = OverlayWindowTheme::named(QString());
    bool m_fromRight = true;
    double m_maxCardWidth = DefaultMaxCardWidth;
    int m_animationMs = DefaultAnimationMs;

    Alert m_alert;
    Phase m_phase = Phase::Still;
    bool m_playing = false;
    bool m_shownReported = false;
    bool m_reportDone = true;
    double m_progress = 0;     // 0 off screen … 1 fully in
    double m_stillOpacity = 1; // for a still card
    QRectF m_card;             // at natural size, leaving room for the shadow around it
    QPainterPath m_titlePath;
    QPainterPath m_textPath;

    QVariantAnimation m_animation;
    QTimer m_holdTimer;
};

} // namespace Dewey
