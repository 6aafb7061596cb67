#pragma once

#include "alerts/Alert.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Dewey {

class AlertCard;
class AlertCardClient;
class AlertClient;
class AlertQueue;
struct OverlayWindowTheme;

// The Alerts area's live preview: a second client of the alert queue (a Preview, which the queue never
// waits for and does not count as an overlay) that plays each alert as the viewers see it, on the
// same card and animation as the native overlay window, and follows skip and clear. While nothing is
// on stream it shows the next alert as a dimmed, motionless card: no timer runs while idle.
class LiveAlertPreview : public QWidget
{
    Q_OBJECT

public:
    // Attaches to the queue at once and detaches when destroyed.
    explicit LiveAlertPreview(AlertQueue& queue, QWidget* parent = nullptr);
    ~LiveAlertPreview() override;

    void setTheme(const OverlayWindowTheme& theme);
    // The alert shown (dimmed) while nothing plays: the next one waiting, or a sample.
    void setUpNext(const Alert& alert);

    // An alert from the queue is playing.
    bool isLive() const;
    // The words on the card: the alert playing, else the one up next.
    QString title() const;
    QString text() const;
    QString statusText() const;
    AlertCard* card() const { return m_card; }
    const AlertClient& client() const;

private:
    void showIdle();
    void updateStatus();

    AlertQueue& m_queue;
    QLabel* m_status;
    AlertCard* m_card;
    std::unique_ptr<AlertCardClient> m_client;
    Alert m_upNext;
};

} // namespace Dewey
