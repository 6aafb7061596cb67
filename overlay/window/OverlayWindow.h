#pragma once

#include "alerts/Alert.h"
#include "window/OverlayWindowTheme.h"

#include <QWidget>

namespace Dewey {

class AlertCard;

// The native overlay: a frameless, translucent, always-on-top window on the streamer's desktop that
// shows one alert card (an AlertCard, as in the Alerts area's preview) in a corner of a chosen
// screen. It never takes focus and never shows in the task bar; by default it lets every click
// through to the game below.
//
// The window shows itself when its card starts playing and hides when the card stops, so between
// alerts it is hidden and no timer or animation runs: it costs nothing while idle.
class OverlayWindow : public QWidget
{
    Q_OBJECT

public:
    explicit OverlayWindow(QWidget* parent = nullptr);
    ~OverlayWindow() override;

    // The card the queue's client plays alerts on.
    AlertCard& card() const { return *m_card; }

    void setTheme(const OverlayWindowTheme& theme);
    // screenName: QScreen::name(), empty for the primary screen. Moves a card on screen at once.
    void setPlacement(const QString& screenName, Qt::Corner corner);
    QString screenName() const { return m_screenName; }
    Qt::Corner corner() const { return m_corner; }
    // On: clicks pass through to the window below. Changing it on a visible window shows it again
    // (the platform applies the flag when the window is mapped), still without taking focus.
    void setClickThrough(bool clickThrough);
    bool isClickThrough() const;
    // The length of the enter and of the exit animation.
    void setAnimationDurationMs(int ms);

    // Shows the alert for its durationMs (animations included); a card still on screen is replaced.
    void present(const Alert& alert);
    // Takes the card off now (exit animation); no alertDone(): the queue already moved on.
    void dismiss();

    qint64 currentAlertId() const; // 0 while idle
    QString currentTitle() const;
    QString currentText() const;
    // Hidden, with no timer or animation running.
    bool isIdle() const;

signals:
    // The card is fully in (its enter animation ended).
    void alertShown(qint64 alertId);
    // The card left after its full duration.
    void alertDone(qint64 alertId);

private:
    void onCardStarted();
    void placeOnScreen();

    AlertCard* m_card;
    QString m_screenName;
    Qt::Corner m_corner = Qt::TopRightCorner;
};

} // namespace Dewey
