#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Dewey {

enum class AlertKind
{
    Sale,
    Test,
};

// Stable lowercase names used in the database and on the wire ("sale", "test").
QString alertKindName(AlertKind kind);
bool alertKindFromName(const QString& name, AlertKind* kind);

// One alert, fully resolved: the tier has been chosen and the templates filled, so every client
// (the OBS page, the preview, the native window) shows exactly the same thing. Every text field is
// buyer-controlled and must be shown as text, never interpreted.
struct Alert
{
    qint64 id = 0;   // queue id, assigned when the alert is queued
    QString eventId; // the Stripe event (evt_…), or test_… for test alerts
    AlertKind kind = AlertKind::Sale;
    bool replay = false; // the streamer replayed a past sale
    QString buyer;
    QStringList items; // "Hoodie ×2"
    QString amount;    // "$64.00"
    qint64 amountMinor = 0;
    QString currency; // lowercase ISO 4217
    QString message;
    int durationMs = 8000;
    QString title;
    QString text;
    QString tier;      // name of the tier that matched; empty for the default look
    QString style;     // theme style name
    QString soundFile; // a file the streamer chose, a ":/…" resource, or empty for silence
    double soundVolume = 1.0;
    QDateTime createdAt; // when the sale happened (test alerts and replays: when queued), UTC

    friend bool operator==(const Alert&, const Alert&) = default;
};

// What the queue tells its clients besides alerts.
enum class AlertControl
{
    Pause,
    Resume,
    Skip,  // take the current alert off now (carries its id)
    Clear, // take everything off now
    Reload,
};

QString alertControlName(AlertControl control);

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::Alert)
