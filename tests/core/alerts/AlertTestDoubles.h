#pragma once

#include "ManualClock.h"
#include "alerts/AlertClient.h"
#include "alerts/AlertTimer.h"

#include <QList>
#include <QTimeZone>

// Time, the queue's timer and an overlay, all moved by the test instead of by the wall clock.
namespace DeweyTest {

// Alert tests start on 14 March 2026, 20:00 UTC.
inline QDateTime alertsClockStart()
{
    return QDateTime(QDate(2026, 3, 14), QTime(20, 0), QTimeZone::utc()).toUTC();
}

// Fires only when the test says so; remembers what it was started with.
class ManualTimer final : public Dewey::AlertTimer
{
    Q_OBJECT

public:
    void start(int ms) override
    {
        m_active = true;
        m_intervalMs = ms;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    int intervalMs() const { return m_intervalMs; }

    // Runs the timer out, as if intervalMs had passed.
    void fire()
    {
        m_active = false;
        emit timeout();
    }

private:
    bool m_active = false;
    int m_intervalMs = -1;
};

// An overlay that records what it was sent and reports shown/done when told to.
class FakeClient final : public Dewey::AlertClient
{
    Q_OBJECT

public:
    explicit FakeClient(Role role = Role::Overlay, QObject* parent = nullptr)
        : AlertClient(parent)
        , m_role(role)
    {}

    Role role() const override { return m_role; }
    QString description() const override { return QStringLiteral("fake"); }
    void showAlert(const Dewey::Alert& alert) override { alerts << alert; }
    void sendControl(Dewey::AlertControl control, qint64 alertId) override
    {
        controls << qMakePair(control, alertId);
    }

    void reportShown(qint64 id) { emit shown(id); }
    void reportDone(qint64 id) { emit done(id); }
    qint64 lastId() const { return alerts.isEmpty() ? 0 : alerts.last().id; }
    QStringList titles() const
    {
        QStringList result;
        for (const Dewey::Alert& alert : alerts)
            result << alert.title;
        return result;
    }

    QList<Dewey::Alert> alerts;
    QList<QPair<Dewey::AlertControl, qint64>> controls;

private:
    Role m_role;
};

} // namespace DeweyTest
