#pragma once

#include "alerts/Alert.h"

#include <QObject>
#include <QString>

namespace Dewey {

// Something that shows alerts: an overlay page over WebSocket, the Alerts area preview, the native
// overlay window. The queue sends it alerts and control messages; it answers with shown() and done()
// (for the alert id it was given). Deleting the client detaches it from the queue.
class AlertClient : public QObject
{
    Q_OBJECT

public:
    enum class Role
    {
        Overlay, // viewers see it: the queue waits for its done() and counts it as connected
        Preview, // the streamer's preview: receives everything, is never waited for
    };
    Q_ENUM(Role)

    using QObject::QObject;

    virtual Role role() const = 0;
    // For logs and the Alerts area: "overlay page 127.0.0.1:51234", "native window".
    virtual QString description() const = 0;

    virtual void showAlert(const Alert& alert) = 0;
    // alertId is set for Skip (the alert to take off) and 0 otherwise.
    virtual void sendControl(AlertControl control, qint64 alertId) = 0;

signals:
    void shown(qint64 alertId);
    void done(qint64 alertId);
};

} // namespace Dewey
