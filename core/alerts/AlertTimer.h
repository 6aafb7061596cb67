#pragma once

#include <QObject>
#include <QTimer>

namespace Dewey {

// The queue's one single-shot timer (alert duration, gap), as a seam: the app uses QtAlertTimer,
// tests fire a manual one by hand instead of waiting.
class AlertTimer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start(int ms) = 0; // restarts when active
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void timeout();
};

class QtAlertTimer final : public AlertTimer
{
    Q_OBJECT

public:
    explicit QtAlertTimer(QObject* parent = nullptr);

    void start(int ms) override { m_timer.start(ms); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

} // namespace Dewey
