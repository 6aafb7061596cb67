#include "stripe/tunnel/FixedUrlTunnel.h"

#include "settings/Settings.h"

#include <QTimer>
#include <QUrl>

namespace Dewey {

FixedUrlTunnel::FixedUrlTunnel(const Settings& settings, QObject* parent)
    : Tunnel(parent)
    , m_settings(settings)
{}

void FixedUrlTunnel::start(quint16 webhookPort)
{
    if (m_active)
        return;
    m_active = true;
    const QString text = m_settings.tunnelFixedUrl();
    const QUrl url(text, QUrl::StrictMode);
    // Signals go out from the event loop, as they do for the tunnels that run a program.
    if (text.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            m_active = false;
            const QString message = tr("Enter your public address in Settings → Stripe (for example "
                                       "https://alerts.example.com).");
            emit note(message);
            emit ended(false, message, false);
        });
        return;
    }
    QTimer::singleShot(0, this, [this, text, webhookPort] {
        if (!m_active)
            return;
        emit note(tr("Using %1; it must forward to 127.0.0.1:%2.").arg(text).arg(webhookPort));
        emit ready(text);
    });
}

void FixedUrlTunnel::stop()
{
    if (!m_active)
        return;
    m_active = false;
    QTimer::singleShot(0, this, [this] { emit ended(true, {}, true); });
}

} // namespace Dewey
