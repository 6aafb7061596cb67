#pragma once

#include "secrets/SecretStorageMode.h"

#include <QLatin1String>
#include <QObject>
#include <QSet>
#include <QSettings>
#include <QString>

namespace Dewey {

// Keys in settings.ini, grouped by area; Settings::changed reports these.
namespace SettingsKey {
inline constexpr QLatin1String OverlayPort("overlay/port");
inline constexpr QLatin1String OverlayToken("overlay/token");
inline constexpr QLatin1String WebhookPort("webhook/port");
inline constexpr QLatin1String LanModeEnabled("network/lanMode");
inline constexpr QLatin1String LanAddress("network/lanAddress");
inline constexpr QLatin1String Theme("appearance/theme");
inline constexpr QLatin1String Language("appearance/language");
inline constexpr QLatin1String FirstRunCompleted("app/firstRunCompleted");
inline constexpr QLatin1String TrayHintShown("app/trayHintShown");
inline constexpr QLatin1String StartMinimized("app/startMinimized");
inline constexpr QLatin1String SaleNotifications("app/saleNotifications");
inline constexpr QLatin1String SecretStorageMode("secrets/storageMode");
inline constexpr QLatin1String AlertDurationMs("alerts/durationMs");
inline constexpr QLatin1String AlertGapMs("alerts/gapMs");
inline constexpr QLatin1String BuyerNameMode("alerts/buyerNameMode");
inline constexpr QLatin1String BuyerMessageKey("alerts/buyerMessageKey");
inline constexpr QLatin1String BlockedWords("alerts/blockedWords");
inline constexpr QLatin1String AlertMaxPendingMinutes("alerts/maxPendingMinutes");
inline constexpr QLatin1String AlertVolumePercent("alerts/volumePercent");
inline constexpr QLatin1String OverlayTheme("overlay/theme");
inline constexpr QLatin1String OverlayCustomCss("overlay/customCss");
inline constexpr QLatin1String OverlayWindowEnabled("overlayWindow/enabled");
inline constexpr QLatin1String OverlayWindowScreen("overlayWindow/screen");
inline constexpr QLatin1String OverlayWindowCorner("overlayWindow/corner");
inline constexpr QLatin1String OverlayWindowClickThrough("overlayWindow/clickThrough");
inline constexpr QLatin1String StripeSignatureTolerance("stripe/signatureToleranceSeconds");
inline constexpr QLatin1String StripePaymentIntentSales("stripe/paymentIntentSales");
inline constexpr QLatin1String StripeCatchUpIntervalMinutes("stripe/catchUpIntervalMinutes");
inline constexpr QLatin1String StripeCatchUpAlertMaxAgeMinutes("stripe/catchUpAlertMaxAgeMinutes");
inline constexpr QLatin1String TunnelKind("tunnel/kind");
inline constexpr QLatin1String TunnelStripeCliPath("tunnel/stripeCliPath");
inline constexpr QLatin1String TunnelCloudflaredPath("tunnel/cloudflaredPath");
inline constexpr QLatin1String TunnelNgrokPath("tunnel/ngrokPath");
inline constexpr QLatin1String TunnelCustomCommand("tunnel/customCommand");
inline constexpr QLatin1String TunnelUrlPattern("tunnel/urlPattern");
inline constexpr QLatin1String TunnelFixedUrl("tunnel/fixedUrl");
inline constexpr QLatin1String OpenAiBaseUrl("assistant/baseUrl");
inline constexpr QLatin1String AssistantModel("assistant/model");
inline constexpr QLatin1String AssistantTemperature("assistant/temperature");
inline constexpr QLatin1String EmbeddingModel("notes/embeddingModel");
inline constexpr QLatin1String EmbeddingDimensions("notes/embeddingDimensions");
} // namespace SettingsKey

// The streamer's choices, kept in <data folder>/settings.ini. The file is theirs to edit by hand, so
// every getter copes with a value it cannot use: it falls back to the default (or the nearest value
// in range) and logs a warning once, instead of passing the bad value on.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Theme
    {
        Dark,
        System
    };
    Q_ENUM(Theme)

    // What an alert on stream calls the buyer. Only a first name by default: buyers did not agree to
    // appear on stream.
    enum class BuyerNameMode
    {
        FirstName,
        FullName,
        Anonymous
    };
    Q_ENUM(BuyerNameMode)

    // How Stripe's webhooks reach the receiver: a tool Dewey runs and supervises, an address the
    // streamer runs themselves, or none at all (catch-up polling only).
    enum class TunnelKind
    {
        None,
        StripeCli,
        Cloudflared,
        Ngrok,
        Custom,
        FixedUrl
    };
    Q_ENUM(TunnelKind)

    static constexpr int DefaultOverlayPort = 7471;
    static constexpr int DefaultWebhookPort = 7472;
    static constexpr int DefaultAlertDurationMs = 8000;
    static constexpr int MinAlertDurationMs = 1000;
    static constexpr int MaxAlertDurationMs = 60000;
    static constexpr int DefaultAlertGapMs = 1500;
    static constexpr int MinAlertGapMs = 0;
    static constexpr int MaxAlertGapMs = 30000;
    static constexpr int DefaultSignatureToleranceSeconds = 300;
    static constexpr int MinSignatureToleranceSeconds = 1;
    static constexpr int MaxSignatureToleranceSeconds = 86400;

    explicit Settings(const QString& iniPath, QObject* parent = nullptr);

    QString filePath() const { return m_settings.fileName(); }

    // Ports are 1–65535. Port 0 (any free port) is for a single run from the command line and is
    // never stored.
    static bool isValidPort(int port) { return port >= 1 && port <= 65535; }
    int overlayPort() const;
    bool setOverlayPort(int port, QString* error = nullptr);
    int webhookPort() const;
    bool setWebhookPort(int port, QString* error = nullptr);

    // Second-PC mode: the overlay server listens on the LAN as well as on 127.0.0.1.
    bool lanModeEnabled() const;
    void setLanModeEnabled(bool enabled);
    // The address to listen on in second-PC mode; empty picks one automatically.
    QString lanAddress() const;
    bool setLanAddress(const QString& address, QString* error = nullptr);

    // The secret in the overlay URL that OBS loads. Generated and saved on first read.
    QString overlayToken();
    QString regenerateOverlayToken();

    Theme theme() const;
    void setTheme(Theme theme);

    // Empty follows the system locale; otherwise a locale name such as "de" or "pt_BR".
    static bool isValidLanguageName(const QString& name);
    QString language() const;
    bool setLanguage(const QString& name, QString* error = nullptr);

    bool firstRunCompleted() const;
    void setFirstRunCompleted(bool completed);
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);
    bool startMinimized() const;
    void setStartMinimized(bool minimized);
    // A desktop notification for each sale while the window is hidden. Off by default: on stream
    // the notification could show up in a screen capture.
    bool saleNotifications() const;
    void setSaleNotifications(bool enabled);

    SecretStorageMode secretStorageMode() const;
    void setSecretStorageMode(SecretStorageMode mode);

    int alertDurationMs() const;
    bool setAlertDurationMs(int ms, QString* error = nullptr);
    int alertGapMs() const;
    bool setAlertGapMs(int ms, QString* error = nullptr);
    // Alerts that waited longer than this for an overlay (OBS closed, alerts paused) are dropped.
    static constexpr int DefaultAlertMaxPendingMinutes = 30;
    static constexpr int MinAlertMaxPendingMinutes = 1;
    static constexpr int MaxAlertMaxPendingMinutes = 24 * 60;
    int alertMaxPendingMinutes() const;
    bool setAlertMaxPendingMinutes(int minutes, QString* error = nullptr);
    // Master volume of alert sounds, 0–100.
    static constexpr int DefaultAlertVolumePercent = 80;
    int alertVolumePercent() const;
    bool setAlertVolumePercent(int percent, QString* error = nullptr);
    // The overlay page's built-in theme ("default", "neon", …; the page falls back to "default").
    QString overlayTheme() const;
    bool setOverlayTheme(const QString& theme, QString* error = nullptr);
    // A CSS file the overlay page loads after its theme; empty for none.
    QString overlayCustomCssFile() const;
    void setOverlayCustomCssFile(const QString& path);
    // The native overlay window on the streamer's desktop: on or off, the screen (QScreen::name();
    // empty or unknown: the primary screen) and the corner. Corner names in the file: "top-left",
    // "top-right", "bottom-left", "bottom-right".
    bool overlayWindowEnabled() const;
    void setOverlayWindowEnabled(bool enabled);
    QString overlayWindowScreen() const;
    void setOverlayWindowScreen(const QString& screenName);
    Qt::Corner overlayWindowCorner() const;
    void setOverlayWindowCorner(Qt::Corner corner);
    // On (the default): clicks pass through the window to the game below it.
    bool overlayWindowClickThrough() const;
    void setOverlayWindowClickThrough(bool clickThrough);
    BuyerNameMode buyerNameMode() const;
    void setBuyerNameMode(BuyerNameMode mode);
    // The Checkout custom field key (or metadata key) holding the buyer's message; empty: none.
    QString buyerMessageKey() const;
    void setBuyerMessageKey(const QString& key);
    // Words masked in buyer names and messages before they are stored or shown.
    QStringList blockedWords() const;
    void setBlockedWords(const QStringList& words);

    // How old a signed webhook may be (replay protection); never 0.
    int signatureToleranceSeconds() const;
    bool setSignatureToleranceSeconds(int seconds, QString* error = nullptr);
    // Also record sales from payment_intent.succeeded / charge.succeeded (stores without Checkout).
    bool paymentIntentSales() const;
    void setPaymentIntentSales(bool enabled);
    // How often catch-up asks Stripe for events Dewey missed (also at start and when the tunnel is back).
    static constexpr int DefaultCatchUpIntervalMinutes = 5;
    static constexpr int MinCatchUpIntervalMinutes = 1;
    static constexpr int MaxCatchUpIntervalMinutes = 24 * 60;
    int catchUpIntervalMinutes() const;
    bool setCatchUpIntervalMinutes(int minutes, QString* error = nullptr);
    // Caught-up sales younger than this alert on stream; older ones are recorded silently. 0: never.
    static constexpr int DefaultCatchUpAlertMaxAgeMinutes = 10;
    static constexpr int MaxCatchUpAlertMaxAgeMinutes = 24 * 60;
    int catchUpAlertMaxAgeMinutes() const;
    bool setCatchUpAlertMaxAgeMinutes(int minutes, QString* error = nullptr);

    // The tunnel (see TunnelKind). Stable names in the file: "none", "stripe-cli", "cloudflared", …
    static QString tunnelKindName(TunnelKind kind);
    static bool tunnelKindFromName(const QString& name, TunnelKind* kind);
    TunnelKind tunnelKind() const;
    void setTunnelKind(TunnelKind kind);
    // Where the Stripe CLI, cloudflared or ngrok program is; empty: found on the PATH.
    QString tunnelProgramPath(TunnelKind kind) const;
    void setTunnelProgramPath(TunnelKind kind, const QString& path);
    // Custom tunnel: a command line with {port} for the webhook port, and a regular expression that
    // finds the public URL in its output (the first capture group, or the whole match).
    static QString defaultTunnelUrlPattern() { return QStringLiteral("https://[^\\s\"'<>]+"); }
    QString tunnelCustomCommand() const;
    void setTunnelCustomCommand(const QString& command);
    QString tunnelUrlPattern() const;
    bool setTunnelUrlPattern(const QString& pattern, QString* error = nullptr);
    // A public URL the streamer runs themselves (reverse proxy) that forwards to the webhook port.
    QString tunnelFixedUrl() const;
    bool setTunnelFixedUrl(const QString& url, QString* error = nullptr);

    // The OpenAI-compatible server, in the OpenAI SDKs' convention ("https://api.openai.com/v1",
    // "http://localhost:11434/v1" for Ollama). DEWEY_OPENAI_BASE_URL overrides it for one run.
    static QString defaultOpenAiBaseUrl() { return QStringLiteral("https://api.openai.com/v1"); }
    QString openAiBaseUrl() const;
    bool setOpenAiBaseUrl(const QString& url, QString* error = nullptr);
    // The chat model, free text: local servers name theirs ("llama3.1:8b").
    static QString defaultAssistantModel() { return QStringLiteral("gpt-4.1-mini"); }
    QString assistantModel() const;
    bool setAssistantModel(const QString& model, QString* error = nullptr);
    // 0–2; low keeps answers close to the notes. A negative stored value means "the server's default".
    static constexpr double DefaultAssistantTemperature = 0.2;
    double assistantTemperature() const;
    bool setAssistantTemperature(double temperature, QString* error = nullptr);

    // The model that turns notes into vectors for finding them by meaning, and the vector size.
    // Changing either recomputes every note's vector in the background.
    static QString defaultEmbeddingModel() { return QStringLiteral("text-embedding-3-small"); }
    QString embeddingModel() const;
    bool setEmbeddingModel(const QString& model, QString* error = nullptr);
    static constexpr int DefaultEmbeddingDimensions = 512;
    static constexpr int MinEmbeddingDimensions = 64;
    static constexpr int MaxEmbeddingDimensions = 4096;
    int embeddingDimensions() const;
    bool setEmbeddingDimensions(int dimensions, QString* error = nullptr);

    // Writes pending changes to disk; false (with lastError()) when that failed.
    bool sync();
    // Why the file could not be read or written, in words; empty when all is well.
    QString lastError() const;

signals:
    // A setting's effective value changed (setting the same value again does not emit).
    void changed(const QString& key);

private:
    QString storedText(QLatin1String key) const;
    int storedPort(QLatin1String key, int fallback) const;
    int storedBoundedInt(QLatin1String key, int fallback, int minimum, int maximum) const;
    bool storedBool(QLatin1String key, bool fallback) const;
    void warnUnusable(QLatin1String key, const QString& usedInstead) const;

    bool setPort(QLatin1String key, int port, int current, QString* error);
    bool setBoundedInt(QLatin1String key, int value, int current, int minimum, int maximum, QString* error);
    void setBool(QLatin1String key, bool value, bool current);
    void store(QLatin1String key, const QString& text, bool effectiveChange);

    QSettings m_settings;
    mutable QSet<QString> m_warnedKeys; // warn about a bad stored value once, not on every read
};

} // namespace Dewey
