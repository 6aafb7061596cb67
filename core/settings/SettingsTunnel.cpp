#include "log/LogCategories.h"
#include "settings/Settings.h"

#include <QDir>
#include <QHostAddress>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

// Settings of the Stripe connection: tunnel kind and programs, custom command, catch-up.
namespace Dewey {

namespace {

constexpr std::array<std::pair<Settings::TunnelKind, const char*>, 6> kTunnelKindNames{{
    {Settings::TunnelKind::None, "none"},
    {Settings::TunnelKind::StripeCli, "stripe-cli"},
    {Settings::TunnelKind::Cloudflared, "cloudflared"},
    {Settings::TunnelKind::Ngrok, "ngrok"},
    {Settings::TunnelKind::Custom, "custom"},
    {Settings::TunnelKind::FixedUrl, "fixed-url"},
}};

QLatin1String tunnelProgramKey(Settings::TunnelKind kind)
{
    switch (kind) {
    case Settings::TunnelKind::StripeCli:
        return SettingsKey::TunnelStripeCliPath;
    case Settings::TunnelKind::Cloudflared:
        return SettingsKey::TunnelCloudflaredPath;
    case Settings::TunnelKind::Ngrok:
        return SettingsKey::TunnelNgrokPath;
    default:
        return QLatin1String();
    }
}

} // namespace

QString Settings::tunnelKindName(TunnelKind kind)
{
    for (const auto& [candidate, name] : kTunnelKindNames) {
        if (candidate == kind)
            return QLatin1String(name);
    }
    return {};
}

bool Settings::tunnelKindFromName(const QString& name, TunnelKind* kind)
{
    for (const auto& [candidate, candidateName] : kTunnelKindNames) {
        if (name == QLatin1String(candidateName)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

Settings::TunnelKind Settings::tunnelKind() const
{
    const QString text = storedText(SettingsKey::TunnelKind);
    TunnelKind kind = TunnelKind::None;
    if (!text.isEmpty() && !tunnelKindFromName(text, &kind))
        warnUnusable(SettingsKey::TunnelKind, tunnelKindName(TunnelKind::None));
    return kind;
}

void Settings::setTunnelKind(TunnelKind kind)
{
    store(SettingsKey::TunnelKind, tunnelKindName(kind), kind != tunnelKind());
}

QString Settings::tunnelProgramPath(TunnelKind kind) const
{
    const QLatin1String key = tunnelProgramKey(kind);
    return key.isEmpty() ? QString() : storedText(key);
}

void Settings::setTunnelProgramPath(TunnelKind kind, const QString& path)
{
    const QLatin1String key = tunnelProgramKey(kind);
    if (key.isEmpty())
        return;
    const QString trimmed = path.trimmed();
    store(key, trimmed, trimmed != tunnelProgramPath(kind));
}

QString Settings::tunnelCustomCommand() const
{
    return storedText(SettingsKey::TunnelCustomCommand);
}

void Settings::setTunnelCustomCommand(const QString& command)
{
    const QString trimmed = command.trimmed();
    store(SettingsKey::TunnelCustomCommand, trimmed, trimmed != tunnelCustomCommand());
}

QString Settings::tunnelUrlPattern() const
{
    const QString text = storedText(SettingsKey::TunnelUrlPattern);
    if (text.isEmpty())
        return defaultTunnelUrlPattern();
    if (QRegularExpression(text).isValid())
        return text;
    warnUnusable(SettingsKey::TunnelUrlPattern, defaultTunnelUrlPattern());
    return defaultTunnelUrlPattern();
}

bool Settings::setTunnelUrlPattern(const QString& pattern, QString* error)
{
    const QString trimmed = pattern.trimmed();
    const QRegularExpression expression(trimmed);
    if (!trimmed.isEmpty() && !expression.isValid()) {
        if (error) {
            *error = tr("\"%1\" is not a regular expression Dewey can use: %2")
                         .arg(trimmed, expression.errorString());
        }
        return false;
    }
    store(SettingsKey::TunnelUrlPattern, trimmed,
          (trimmed.isEmpty() ? defaultTunnelUrlPattern() : trimmed) != tunnelUrlPattern());
    return true;
}

QString Settings::tunnelFixedUrl() const
{
    return storedText(SettingsKey::TunnelFixedUrl);
}

bool Settings::setTunnelFixedUrl(const QString& url, QString* error)
{
    const QString trimmed = url.trimmed();
    if (!trimmed.isEmpty()) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
            parsed.host().isEmpty()) {
            if (error)
                *error = tr("\"%1\" is not a web address (it starts with https://).").arg(trimmed);
            return false;
        }
    }
    store(SettingsKey::TunnelFixedUrl, trimmed, trimmed != tunnelFixedUrl());
    return true;
}

} // namespace Dewey
