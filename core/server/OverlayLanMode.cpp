#include "server/OverlayLanMode.h"

#include "log/LogCategories.h"
#include "server/OverlayServer.h"
#include "settings/Settings.h"

#include <QNetworkInterface>

namespace Dewey {

OverlayLanMode::OverlayLanMode(OverlayServer& server, const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_settings(settings)
{
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::LanModeEnabled || key == SettingsKey::LanAddress)
            apply();
    });
    connect(&m_server, &OverlayServer::listeningChanged, this, [this](bool listening) {
        if (listening)
            apply();
    });
}

QHostAddress OverlayLanMode::automaticAddress()
{
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.protocol() != QAbstractSocket::IPv4Protocol || address.isLoopback())
            continue;
        // Only private ranges: a public address would put the overlay on the internet.
        const quint32 ip = address.toIPv4Address();
        const bool privateRange =
            (ip >> 24) == 10 || (ip >> 20) == ((172u << 4) | 1u) || (ip >> 16) == ((192u << 8) | 168u);
        if (privateRange)
            return address;
    }
    return {};
}

void OverlayLanMode::apply()
{
    QString problem;
    m_server.closeLan();
    if (m_settings.lanModeEnabled() && m_server.isListening()) {
        const QString configured = m_settings.lanAddress();
        const QHostAddress address = configured.isEmpty() ? automaticAddress() : QHostAddress(configured);
        if (address.isNull()) {
            problem = tr("Second-PC mode found no local network address on this PC. Enter one in Settings.");
        } else if (!m_server.listenLan(address, &problem)) {
            qCWarning(lcServer) << "second-PC mode:" << problem;
        } else {
            qCInfo(lcServer) << "second-PC mode on"
                             << m_server.lanOverlayUrl().section(QLatin1Char('?'), 0, 0);
        }
    }
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged(m_problem);
    }
}

} // namespace Dewey
