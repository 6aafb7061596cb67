#include "settings/Settings.h"

#include "log/LogCategories.h"

#include <QDir>
#include <QHostAddress>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

namespace Dewey {

namespace {

constexpr qsizetype kTokenBytes = 32;
// Shorter tokens than this were not made by Dewey and are too easy to guess.
constexpr qsizetype kMinTokenLength = 43;

QString generateToken()
{
    std::array<quint32, kTokenBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), kTokenBytes);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isValidToken(const QString& token)
{
    static const QRegularExpression base64Url(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return token.size() >= kMinTokenLength && base64Url.match(token).hasMatch();
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString themeName(Settings::Theme theme)
{
    switch (theme) {
    case Settings::Theme::Dark:
        return QStringLiteral("dark");
    case Settings::Theme::System:
        return QStringLiteral("system");
    }
    return QStringLiteral("dark");
}

QString buyerNameModeName(Settings::BuyerNameMode mode)
{
    switch (mode) {
    case Settings::BuyerNameMode::FirstName:
        return QStringLiteral("first-name");
    case Settings::BuyerNameMode::FullName:
        return QStringLiteral("full-name");
    case Settings::BuyerNameMode::Anonymous:
        return QStringLiteral("anonymous");
    }
    return QStringLiteral("first-name");
}

} // namespace

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(iniPath, QSettings::IniFormat)
{
    if (m_settings.status() != QSettings::NoError)
        qCWarning(lcSettings) << lastError();
}

QString Settings::storedText(QLatin1String key) const
{
    return m_settings.value(key).toString().trimmed();
}

void Settings::warnUnusable(QLatin1String key, const QString& usedInstead) const
{
    const QString stored = storedText(key);
    const QString warning = key + QLatin1Char('=') + stored;
    if (m_warnedKeys.contains(warning))
        return;
    m_warnedKeys.insert(warning);
    qCWarning(lcSettings).noquote() << "Ignoring" << key << "=" << stored << "in" << filePath() << "; using"
                                    << usedInstead;
}

int Settings::storedPort(QLatin1String key, int fallback) const
{
    if (!m_settings.contains(key))
        return fallback;
    bool ok = false;
    const int port = storedText(key).toInt(&ok);
    if (ok && isValidPort(port))
        return port;
    warnUnusable(key, QString::number(fallback));
    return fallback;
}

int Settings::storedBoundedInt(QLatin1String key, int fallback, int minimum, int maximum) const
{
    if (!m_settings.contains(key))
        return fallback;
    bool ok = false;
    const qlonglong value = storedText(key).toLongLong(&ok);
    if (!ok) {
        warnUnusable(key, QString::number(fallback));
        return fallback;
    }
    const int clamped = int(std::clamp<qlonglong>(value, minimum, maximum));
    if (clamped != value)
        warnUnusable(key, QString::number(clamped));
    return clamped;
}

bool Settings::storedBool(QLatin1String key, bool fallback) const
{
    if (!m_settings.contains(key))
        return fallback;
    // QVariant::toBool() reads any unknown text as true; a typo must not switch a feature on.
    const QString text = storedText(key).toLower();
    if (text == QStringLiteral("true") || text == QStringLiteral("1"))
        return true;
    if (text == QStringLiteral("false") || text == QStringLiteral("0"))
        return false;
    warnUnusable(key, boolText(fallback));
    return fallback;
}

void Settings::store(QLatin1String key, const QString& text, bool effectiveChange)
{
    if (!m_settings.contains(key) || m_settings.value(key).toString() != text)
        m_settings.setValue(key, text);
    if (effectiveChange)
        emit changed(QString(key));
}

bool Settings::setPort(QLatin1String key, int port, int current, QString* error)
{
    if (!isValidPort(port)) {
        if (error)
            *error = tr("%1 is not a port number; choose one from 1 to 65535.").arg(port);
        return false;
    }
    store(key, QString::number(port), port != current);
    return true;
}

bool Settings::setBoundedInt(QLatin1String key, int value, int current, int minimum, int maximum,
                             QString* error)
{
    if (value < minimum || value > maximum) {
        if (error)
            *error =
                tr("%1 is out of range; choose a value from %2 to %3.").arg(value).arg(minimum).arg(maximum);
        return false;
    }
    store(key, QString::number(value), value != current);
    return true;
}

void Settings::setBool(QLatin1String key, bool value, bool current)
{
    store(key, boolText(value), value != current);
}

int Settings::overlayPort() const
{
    return storedPort(SettingsKey::OverlayPort, DefaultOverlayPort);
}

bool Settings::setOverlayPort(int port, QString* error)
{
    return setPort(SettingsKey::OverlayPort, port, overlayPort(), error);
}

int Settings::webhookPort() const
{
    return storedPort(SettingsKey::WebhookPort, DefaultWebhookPort);
}

bool Settings::setWebhookPort(int port, QString* error)
{
    return setPort(SettingsKey::WebhookPort, port, webhookPort(), error);
}

bool Settings::lanModeEnabled() const
{
    return storedBool(SettingsKey::LanModeEnabled, false);
}

void Settings::setLanModeEnabled(bool enabled)
{
    setBool(SettingsKey::LanModeEnabled, enabled, lanModeEnabled());
}

QString Settings::lanAddress() const
{
    const QString text = storedText(SettingsKey::LanAddress);
    if (text.isEmpty())
        return {};
    QHostAddress address;
    if (address.setAddress(text))
        return address.toString();
    warnUnusable(SettingsKey::LanAddress, QStringLiteral("automatic"));
    return {};
}

bool Settings::setLanAddress(const QString& address, QString* error)
{
    QString normalized;
    if (!address.trimmed().isEmpty()) {
        QHostAddress parsed;
        if (!parsed.setAddress(address.trimmed())) {
            if (error)
                *error = tr("\"%1\" is not an IP address.").arg(address);
            return false;
        }
        normalized = parsed.toString();
    }
    store(SettingsKey::LanAddress, normalized, normalized != lanAddress());
    return true;
}

QString Settings::overlayToken()
{
    QString stored = storedText(SettingsKey::OverlayToken);
    if (isValidToken(stored))
        return stored;
    if (!stored.isEmpty())
        qCWarning(lcSettings) << "The overlay token in" << filePath() << "is malformed; generating a new one";
    // No changed(): no overlay could have been using a token that did not exist.
    QString token = generateToken();
    m_settings.setValue(SettingsKey::OverlayToken, token);
    // Saved at once: the URL carrying it is about to be pasted into OBS.
    sync();
    return token;
}

QString Settings::regenerateOverlayToken()
{
    QString token = generateToken();
    m_settings.setValue(SettingsKey::OverlayToken, token);
    sync();
    emit changed(QString(SettingsKey::OverlayToken));
    return token;
}

Settings::Theme Settings::theme() const
{
    const QString text = storedText(SettingsKey::Theme);
    for (auto theme : {Theme::Dark, Theme::System}) {
        if (text == themeName(theme))
            return theme;
    }
    if (!text.isEmpty())
        warnUnusable(SettingsKey::Theme, themeName(Theme::Dark));
    return Theme::Dark;
}

void Settings::setTheme(Theme theme)
{
    store(SettingsKey::Theme, themeName(theme), theme != this->theme());
}

bool Settings::isValidLanguageName(const QString& name)
{
    // language, then optionally a script and a territory: "de", "pt_BR", "zh_Hant_TW".
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2})?$"));
    if (!pattern.match(name).hasMatch())
        return false;
    // QLocale falls back to "C" for a language it does not know.
    return QLocale(name).language() != QLocale::C;
}

QString Settings::language() const
{
    QString text = storedText(SettingsKey::Language);
    if (text.isEmpty() || isValidLanguageName(text))
        return text;
    warnUnusable(SettingsKey::Language, QStringLiteral("the system language"));
    return {};
}

bool Settings::setLanguage(const QString& name, QString* error)
{
    // "pt-BR" is how browsers and most people write it.
    QString normalized = name.trimmed();
    normalized.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!normalized.isEmpty() && !isValidLanguageName(normalized)) {
        if (error)
            *error = tr(R"("%1" is not a language name such as "de" or "pt_BR".)").arg(name);
        return false;
    }
    store(SettingsKey::Language, normalized, normalized != language());
    return true;
}

bool Settings::firstRunCompleted() const
{
    return storedBool(SettingsKey::FirstRunCompleted, false);
}

void Settings::setFirstRunCompleted(bool completed)
{
    setBool(SettingsKey::FirstRunCompleted, completed, firstRunCompleted());
}

bool Settings::trayHintShown() const
{
    return storedBool(SettingsKey::TrayHintShown, false);
}

void Settings::setTrayHintShown(bool shown)
{
    setBool(SettingsKey::TrayHintShown, shown, trayHintShown());
}

bool Settings::startMinimized() const
{
    return storedBool(SettingsKey::StartMinimized, false);
}

void Settings::setStartMinimized(bool minimized)
{
    setBool(SettingsKey::StartMinimized, minimized, startMinimized());
}

bool Settings::saleNotifications() const
{
    return storedBool(SettingsKey::SaleNotifications, false);
}

void Settings::setSaleNotifications(bool enabled)
{
    setBool(SettingsKey::SaleNotifications, enabled, saleNotifications());
}

SecretStorageMode Settings::secretStorageMode() const
{
    const QString text = storedText(SettingsKey::SecretStorageMode);
    const SecretStorageMode mode = secretStorageModeFromName(text, SecretStorageMode::Keychain);
    if (!text.isEmpty() && secretStorageModeName(mode) != text)
        warnUnusable(SettingsKey::SecretStorageMode, secretStorageModeName(mode));
    return mode;
}

void Settings::setSecretStorageMode(SecretStorageMode mode)
{
    store(SettingsKey::SecretStorageMode, secretStorageModeName(mode), mode != secretStorageMode());
}

int Settings::alertDurationMs() const
{
    return storedBoundedInt(SettingsKey::AlertDurationMs, DefaultAlertDurationMs, MinAlertDurationMs,
                            MaxAlertDurationMs);
}

bool Settings::setAlertDurationMs(int ms, QString* error)
{
    return setBoundedInt(SettingsKey::AlertDurationMs, ms, alertDurationMs(), MinAlertDurationMs,
                         MaxAlertDurationMs, error);
}

int Settings::alertGapMs() const
{
    return storedBoundedInt(SettingsKey::AlertGapMs, DefaultAlertGapMs, MinAlertGapMs, MaxAlertGapMs);
}

bool Settings::setAlertGapMs(int ms, QString* error)
{
    return setBoundedInt(SettingsKey::AlertGapMs, ms, alertGapMs(), MinAlertGapMs, MaxAlertGapMs, error);
}

int Settings::alertMaxPendingMinutes() const
{
    return storedBoundedInt(SettingsKey::AlertMaxPendingMinutes, DefaultAlertMaxPendingMinutes,
                            MinAlertMaxPendingMinutes, MaxAlertMaxPendingMinutes);
}

bool Settings::setAlertMaxPendingMinutes(int minutes, QString* error)
{
    return setBoundedInt(SettingsKey::AlertMaxPendingMinutes, minutes, alertMaxPendingMinutes(),
                         MinAlertMaxPendingMinutes, MaxAlertMaxPendingMinutes, error);
}

int Settings::alertVolumePercent() const
{
    return storedBoundedInt(SettingsKey::AlertVolumePercent, DefaultAlertVolumePercent, 0, 100);
}

bool Settings::setAlertVolumePercent(int percent, QString* error)
{
    return setBoundedInt(SettingsKey::AlertVolumePercent, percent, alertVolumePercent(), 0, 100, error);
}

QString Settings::overlayTheme() const
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9-]{1,40}$"));
    const QString text = storedText(SettingsKey::OverlayTheme);
    if (text.isEmpty())
        return QStringLiteral("default");
    if (name.match(text).hasMatch())
        return text;
    warnUnusable(SettingsKey::OverlayTheme, QStringLiteral("default"));
    return QStringLiteral("default");
}

bool Settings::setOverlayTheme(const QString& theme, QString* error)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9-]{1,40}$"));
    if (!name.match(theme).hasMatch()) {
        if (error)
            *error = tr("\"%1\" is not a theme name (lowercase letters, digits and dashes).").arg(theme);
        return false;
    }
    store(SettingsKey::OverlayTheme, theme, theme != overlayTheme());
    return true;
}

QString Settings::overlayCustomCssFile() const
{
    return storedText(SettingsKey::OverlayCustomCss);
}

void Settings::setOverlayCustomCssFile(const QString& path)
{
    const QString trimmed = path.trimmed();
    store(SettingsKey::OverlayCustomCss, trimmed, trimmed != overlayCustomCssFile());
}

namespace {

constexpr std::array<std::pair<Qt::Corner, const char*>, 4> kCornerNames{{
    {Qt::TopLeftCorner, "top-left"},
    {Qt::TopRightCorner, "top-right"},
    {Qt::BottomLeftCorner, "bottom-left"},
    {Qt::BottomRightCorner, "bottom-right"},
}};

QString cornerName(Qt::Corner corner)
{
    for (const auto& [candidate, name] : kCornerNames) {
        if (candidate == corner)
            return QLatin1String(name);
    }
    return {};
}

} // namespace

bool Settings::overlayWindowEnabled() const
{
    return storedBool(SettingsKey::OverlayWindowEnabled, false);
}

void Settings::setOverlayWindowEnabled(bool enabled)
{
    setBool(SettingsKey::OverlayWindowEnabled, enabled, overlayWindowEnabled());
}

QString Settings::overlayWindowScreen() const
{
    return storedText(SettingsKey::OverlayWindowScreen);
}

void Settings::setOverlayWindowScreen(const QString& screenName)
{
    store(SettingsKey::OverlayWindowScreen, screenName, screenName != overlayWindowScreen());
}

Qt::Corner Settings::overlayWindowCorner() const
{
    // Top right by default: games keep their minimap and chat elsewhere more often than there.
    const QString text = storedText(SettingsKey::OverlayWindowCorner);
    for (const auto& [corner, name] : kCornerNames) {
        if (text == QLatin1String(name))
            return corner;
    }
    if (!text.isEmpty())
        warnUnusable(SettingsKey::OverlayWindowCorner, cornerName(Qt::TopRightCorner));
    return Qt::TopRightCorner;
}

void Settings::setOverlayWindowCorner(Qt::Corner corner)
{
    store(SettingsKey::OverlayWindowCorner, cornerName(corner), corner != overlayWindowCorner());
}

bool Settings::overlayWindowClickThrough() const
{
    return storedBool(SettingsKey::OverlayWindowClickThrough, true);
}

void Settings::setOverlayWindowClickThrough(bool clickThrough)
{
    setBool(SettingsKey::OverlayWindowClickThrough, clickThrough, overlayWindowClickThrough());
}

Settings::BuyerNameMode Settings::buyerNameMode() const
{
    const QString text = storedText(SettingsKey::BuyerNameMode);
    for (auto mode : {BuyerNameMode::FirstName, BuyerNameMode::FullName, BuyerNameMode::Anonymous}) {
        if (text == buyerNameModeName(mode))
            return mode;
    }
    if (!text.isEmpty())
        warnUnusable(SettingsKey::BuyerNameMode, buyerNameModeName(BuyerNameMode::FirstName));
    return BuyerNameMode::FirstName;
}

void Settings::setBuyerNameMode(BuyerNameMode mode)
{
    store(SettingsKey::BuyerNameMode, buyerNameModeName(mode), mode != buyerNameMode());
}

QString Settings::buyerMessageKey() const
{
    return m_settings.contains(SettingsKey::BuyerMessageKey) ? storedText(SettingsKey::BuyerMessageKey)
                                                             : QStringLiteral("message");
}

void Settings::setBuyerMessageKey(const QString& key)
{
    const QString trimmed = key.trimmed();
    store(SettingsKey::BuyerMessageKey, trimmed, trimmed != buyerMessageKey());
}

QStringList Settings::blockedWords() const
{
    // The INI format turns "a, b, c" into a list by itself; a single word stays a string.
    QStringList words;
    for (const QString& word : m_settings.value(SettingsKey::BlockedWords).toStringList()) {
        if (!word.trimmed().isEmpty())
            words.append(word.trimmed());
    }
    return words;
}

void Settings::setBlockedWords(const QStringList& words)
{
    QStringList cleaned;
    for (const QString& word : words) {
        if (!word.trimmed().isEmpty() && !cleaned.contains(word.trimmed()))
            cleaned.append(word.trimmed());
    }
    if (cleaned == blockedWords())
        return;
    m_settings.setValue(SettingsKey::BlockedWords, cleaned);
    emit changed(QString(SettingsKey::BlockedWords));
}

int Settings::signatureToleranceSeconds() const
{
    return storedBoundedInt(SettingsKey::StripeSignatureTolerance, DefaultSignatureToleranceSeconds,
                            MinSignatureToleranceSeconds, MaxSignatureToleranceSeconds);
}

bool Settings::setSignatureToleranceSeconds(int seconds, QString* error)
{
    return setBoundedInt(SettingsKey::StripeSignatureTolerance, seconds, signatureToleranceSeconds(),
                         MinSignatureToleranceSeconds, MaxSignatureToleranceSeconds, error);
}

bool Settings::paymentIntentSales() const
{
    return storedBool(SettingsKey::StripePaymentIntentSales, false);
}

void Settings::setPaymentIntentSales(bool enabled)
{
    setBool(SettingsKey::StripePaymentIntentSales, enabled, paymentIntentSales());
}

int Settings::catchUpIntervalMinutes() const
{
    return storedBoundedInt(SettingsKey::StripeCatchUpIntervalMinutes, DefaultCatchUpIntervalMinutes,
                            MinCatchUpIntervalMinutes, MaxCatchUpIntervalMinutes);
}

bool Settings::setCatchUpIntervalMinutes(int minutes, QString* error)
{
    return setBoundedInt(SettingsKey::StripeCatchUpIntervalMinutes, minutes, catchUpIntervalMinutes(),
                         MinCatchUpIntervalMinutes, MaxCatchUpIntervalMinutes, error);
}

int Settings::catchUpAlertMaxAgeMinutes() const
{
    return storedBoundedInt(SettingsKey::StripeCatchUpAlertMaxAgeMinutes, DefaultCatchUpAlertMaxAgeMinutes, 0,
                            MaxCatchUpAlertMaxAgeMinutes);
}

bool Settings::setCatchUpAlertMaxAgeMinutes(int minutes, QString* error)
{
    return setBoundedInt(SettingsKey::StripeCatchUpAlertMaxAgeMinutes, minutes, catchUpAlertMaxAgeMinutes(),
                         0, MaxCatchUpAlertMaxAgeMinutes, error);
}

bool Settings::sync()
{
    m_settings.sync();
    if (m_settings.status() == QSettings::NoError)
        return true;
    qCWarning(lcSettings) << lastError();
    return false;
}

QString Settings::lastError() const
{
    const QString file = QDir::toNativeSeparators(filePath());
    switch (m_settings.status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return tr("Dewey cannot read or write its settings file %1. Check the permissions of the file and of "
                  "its folder; until then, changes are not saved.")
            .arg(file);
    case QSettings::FormatError:
        return tr("The settings file %1 is not in a format Dewey can read; Dewey uses the defaults. Fix or "
                  "delete the file.")
            .arg(file);
    }
    return {};
}

} // namespace Dewey
