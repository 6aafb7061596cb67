#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Dewey {

struct HttpRequestHead;

// Who may use the overlay port: requests must name one of our hosts (loopback names, or the LAN
// address in second-PC mode) — a DNS-rebinding page reaches us under its own name — and carry the
// overlay token; WebSocket upgrades must also come from no origin (OBS) or the overlay's own.
class OverlayAccessPolicy
{
public:
    enum class Verdict
    {
        Allowed,
        BadHost,   // 421
        BadToken,  // 403
        BadOrigin, // 403
    };

    void setToken(const QString& token) { m_token = token.toUtf8(); }
    QString token() const { return QString::fromUtf8(m_token); }
    // The port clients see in Host and Origin.
    void setPort(quint16 port) { m_port = port; }
    // The LAN address accepted as a host in second-PC mode; empty for loopback only.
    void setLanHost(const QString& host) { m_lanHost = host.toLower().toUtf8(); }

    bool isAllowedHost(QByteArrayView host) const;
    // Absent (OBS sends none) or http://<allowed host> with our port.
    bool isAllowedOrigin(QByteArrayView origin, bool present) const;
    // Constant-time comparison; an empty configured token admits nobody.
    bool isValidToken(QByteArrayView given) const;
    // The token parameter of a URL query ("token=…&debug=1"), percent-decoded.
    static QByteArray tokenFromQuery(QByteArrayView query);

    Verdict checkPage(QByteArrayView host, QByteArrayView query) const;
    Verdict checkUpgrade(const HttpRequestHead& head) const;

private:
    bool isOurHostName(QByteArrayView name) const;

    QByteArray m_token;
    QByteArray m_lanHost;
    quint16 m_port = 0;
};

} // namespace Dewey
