#pragma once

#include <QHostAddress>
#include <QObject>

namespace Dewey {

class OverlayServer;
class Settings;

// Second-PC mode: while the streamer has it on, the overlay server also listens on a LAN address
// (the one in Settings, or the first private IPv4 address of this PC), with the same token, Host and
// Origin checks, so OBS on a streaming PC can load the overlay. Follows Settings and the overlay
// server's own start and stop.
class OverlayLanMode : public QObject
{
    Q_OBJECT

public:
    OverlayLanMode(OverlayServer& server, const Settings& settings, QObject* parent = nullptr);

    // The address second-PC mode would use when none is configured; null when there is none.
    static QHostAddress automaticAddress();

    // Why the LAN address could not be used; empty when all is well or the mode is off.
    QString problem() const { return m_problem; }

signals:
    void problemChanged(const QString& problem);

private:
    void apply();

    OverlayServer& m_server;
    const Settings& m_settings;
    QString m_problem;
};

} // namespace Dewey
