#include "server/OverlayAccessPolicy.h"

#include "server/ConstantTime.h"
#include "server/HttpRequestHead.h"

#include <QUrlQuery>

namespace Dewey {

bool OverlayAccessPolicy::isOurHostName(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const char* loopback : {"127.0.0.1", "localhost", "[::1]"}) {
        if (lower == loopback)
            return true;
    }
    return !m_lanHost.isEmpty() && lower == m_lanHost;
}

bool OverlayAccessPolicy::isAllowedHost(QByteArrayView host) const
{
    // "name" or "name:port" with our port; an IPv6 literal keeps its brackets.
    const qsizetype colon = host.lastIndexOf(':');
    const qsizetype bracket = host.lastIndexOf(']');
    if (colon < 0 || colon < bracket)
        return isOurHostName(host);
    const QByteArrayView port = host.sliced(colon + 1);
    return port == QByteArray::number(m_port) && isOurHostName(host.first(colon));
}

bool OverlayAccessPolicy::isAllowedOrigin(QByteArrayView origin, bool present) const
{
    if (!present)
        return true;
    const QByteArrayView scheme("http://");
    if (!origin.startsWith(scheme))
        return false;
    const QByteArrayView authority = origin.sliced(scheme.size());
    // An origin names its port unless it is the scheme's default.
    const qsizetype colon = authority.lastIndexOf(':');
    const qsizetype bracket = authority.lastIndexOf(']');
    if (colon < 0 || colon < bracket)
        return m_port == 80 && isOurHostName(authority);
    return isAllowedHost(authority);
}

bool OverlayAccessPolicy::isValidToken(QByteArrayView given) const
{
    if (m_token.isEmpty())
        return false;
    return constantTimeEquals(given, m_token);
}

QByteArray OverlayAccessPolicy::tokenFromQuery(QByteArrayView query)
{
    const QUrlQuery parsed(QString::fromUtf8(query));
    return parsed.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
}

OverlayAccessPolicy::Verdict OverlayAccessPolicy::checkPage(QByteArrayView host, QByteArrayView query) const
{
    if (!isAllowedHost(host))
        return Verdict::BadHost;
    if (!isValidToken(tokenFromQuery(query)))
        return Verdict::BadToken;
    return Verdict::Allowed;
}

OverlayAccessPolicy::Verdict OverlayAccessPolicy::checkUpgrade(const HttpRequestHead& head) const
{
    // Two Host or Origin headers could be read two ways by two parsers: refuse rather than guess.
    if (head.headerCount("host") != 1)
        return Verdict::BadHost;
    if (head.headerCount("origin") > 1)
        return Verdict::BadOrigin;
    const Verdict page = checkPage(head.header("host"), head.query());
    if (page != Verdict::Allowed)
        return page;
    if (!isAllowedOrigin(head.header("origin"), head.hasHeader("origin")))
        return Verdict::BadOrigin;
    return Verdict::Allowed;
}

} // namespace Dewey
