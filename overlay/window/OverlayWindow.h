#pragma once

#include "alerts/Alert.h"
#include "window/OverlayWindowTheme.h"

#include <QPainterPath>
#include <QTimer>
#include <QVariantAnimation>
#include <QWidget>

namespace Dewey {

// The native overlay: a frameless, translucent, always-on-top window on the streamer's desktop that
// shows one alert as a rounded card in a corner of a chosen screen. It never takes focus, never
// shows in the task bar and lets every click through to the game below.
//
// An alert enters (fade and slide from the screen edge), stays for its duration and leaves; between
// alerts the window is hidden and no timer or animation runs, so it costs nothing while idle. Every
// text comes from the buyer and is drawn as plain text, never interpreted.
class OverlayWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DefaultAnimationMs = 450;

    explicit OverlayWindow(QWidget* parent = nullptr);
    ~OverlayWindow() override;

    void setTheme(const OverlayWindowTheme& theme);
    // screenName: QScreen::name(), empty for the primary screen. Moves a card on screen at once.
    void setPlacement(const QString& screenName, Qt::Corner corner);
    QString screenName() const { return m_screenName; }
    Qt::Corner corner() const { return m_corner; }
    // The length of the enter and of the exit animation.
    void setAnimationDurationMs(int ms) { m_animationMs = ms; }

    // Shows the alert for its durationMs (animations included); a card still on screen is replaced.
    void present(const Alert& alert);
    // Takes the card off now (exit animation); no alertDone(): the queue already moved on.
    void dismiss();

    qint64 currentAlertId() const { return m_alert.id; } // 0 while idle
    QString currentTitle() const { return m_alert.title; }
    QString currentText() const { return m_alert.text; }
    // Hidden, with no timer or animation running.
    bool isIdle() const;

signals:
    // The card is fully in (its enter animation ended).
    void alertShown(qint64 alertId);
    // The card left after its full duration.
    void alertDone(qint64 alertId);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    enum class Phase
    {
        Idle,
        Entering,
        Holding,
        Leaving,
    };

    void layoutCard();
    void placeOnScreen();
    void animate(double from, double to, int ms, QEasingCurve::Type easing);
    void onAnimationFinished();
    void startExit(bool reportDone);
    void reportShown();
    void paintCard(QPainter& painter) const;

    OverlayWindowTheme m_theme = OverlayWindowTheme::named(QString());
    QString m_screenName;
    Qt::Corner m_corner = Qt::TopRightCorner;
    int m_animationMs = DefaultAnimationMs;

    Alert m_alert;
    Phase m_phase = Phase::Idle;
    bool m_shownReported = false;
    bool m_reportDone = true;
    double m_progress = 0; // 0 off screen … 1 fully in
    QRectF m_card;         // inside the window, which leaves room for the shadow around it
    QPainterPath m_titlePath;
    QPainterPath m_textPath;

    QVariantAnimation m_animation;
    QTimer m_holdTimer;
};

} // namespace Dewey
