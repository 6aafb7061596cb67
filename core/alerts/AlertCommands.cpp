#include "alerts/AlertCommands.h"

#include "alerts/AlertQueue.h"
#include "server/ControlServer.h"

#include <QJsonObject>

namespace Dewey {

namespace {

QJsonObject state(const AlertQueue& queue)
{
    return {
        {QStringLiteral("paused"), queue.isPaused()},
        {QStringLiteral("overlays"), queue.overlayCount()},
        {QStringLiteral("pending"), queue.pendingCount()},
        {QStringLiteral("current"), queue.current() ? QJsonValue(queue.current()->id) : QJsonValue()},
    };
}

} // namespace

void AlertCommands::addTo(ControlServer& control, AlertQueue& queue, SaleLookup findSale)
{
    control.addCommand(QStringLiteral("alerts.status"), [&queue](const QJsonObject&) {
        QString text = queue.isPaused() ? tr("Alerts are paused.") : tr("Alerts are on.");
        text += QLatin1Char(' ') + tr("%n overlay(s) connected, ", nullptr, queue.overlayCount()) +
                tr("%n alert(s) waiting.", nullptr, queue.pendingCount());
        return ControlResponse::success(text, state(queue));
    });
    control.addCommand(QStringLiteral("alerts.test"), [&queue](const QJsonObject&) {
        QString error;
        const qint64 id = queue.sendTestAlert(&error);
        if (id == 0)
            return ControlResponse::failure(tr("Could not queue a test alert: %1").arg(error));
        QString text = tr("Test alert queued.");
        if (queue.overlayCount() == 0)
            text += QLatin1Char(' ') + tr("No overlay is connected yet: it plays when OBS connects.");
        else if (queue.isPaused())
            text += QLatin1Char(' ') + tr("Alerts are paused: it plays when you resume.");
        QJsonObject data = state(queue);
        data.insert(QStringLiteral("id"), id);
        return ControlResponse::success(text, data);
    });
    auto pauseCommand = [&queue](bool paused) {
        return [&queue, paused](const QJsonObject&) {
            QString error;
            if (!queue.setPaused(paused, &error))
                return ControlResponse::failure(tr("Could not change the pause: %1").arg(error));
            return ControlResponse::success(paused ? tr("Alerts paused.") : tr("Alerts resumed."),
                                            state(queue));
        };
    };
    control.addCommand(QStringLiteral("alerts.pause"), pauseCommand(true));
    control.addCommand(QStringLiteral("alerts.resume"), pauseCommand(false));
    control.addCommand(QStringLiteral("alerts.skip"), [&queue](const QJsonObject&) {
        const bool skipped = queue.skip();
        return ControlResponse::success(
            skipped ? tr("Skipped the alert on screen.") : tr("No alert is on screen."), state(queue));
    });
    control.addCommand(QStringLiteral("alerts.clear"), [&queue](const QJsonObject&) {
        QString error;
        const int cleared = queue.clear(&error);
        if (!error.isEmpty())
            return ControlResponse::failure(tr("Could not clear the alerts: %1").arg(error));
        return ControlResponse::success(tr("Cleared %n waiting alert(s).", nullptr, cleared), state(queue));
    });
    control.addCommand(QStringLiteral("alerts.replay"), [&queue, findSale](const QJsonObject& args) {
        const QString eventId = args.value(QStringLiteral("eventId")).toString();
        if (!findSale)
            return ControlResponse::failure(tr("Replaying sales is not available here."));
        const std::optional<Sale> sale = findSale(eventId);
        if (!sale)
            return ControlResponse::failure(tr("No sale was recorded for the event \"%1\".").arg(eventId));
        QString error;
        if (queue.replaySale(*sale, &error) == 0)
            return ControlResponse::failure(tr("Could not replay the sale: %1").arg(error));
        return ControlResponse::success(tr("Replay of %1's sale queued.").arg(sale->buyerName), state(queue));
    });
}

} // namespace Dewey
