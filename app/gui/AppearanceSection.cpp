#include "AppearanceSection.h"

#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSignalBlocker>

namespace Dewey {

namespace {

struct Language
{
    const char* code;
    const char* nativeName; // each language names itself, so anyone can find their own
};

constexpr Language kLanguages[] = {
    {"en", "English"}, {"es", "Español"},  {"pt_BR", "Português (Brasil)"},
    {"de", "Deutsch"}, {"fr", "Français"}, {"ja", "日本語"},
};

} // namespace

AppearanceSection::AppearanceSection(Settings& settings, QWidget* parent)
    : QGroupBox(tr("Appearance"), parent)
    , m_settings(settings)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_overlayWindow(new QCheckBox(tr("Show alerts in an always-on-top window on this computer"), this))
    , m_overlayScreen(new QComboBox(this))
    , m_overlayCorner(new QComboBox(this))
    , m_overlayClickThrough(new QCheckBox(tr("Let clicks pass t&hrough the overlay window"), this))
{
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Dark"), QVariant::fromValue(Settings::Theme::Dark));
    m_theme->addItem(tr("System"), QVariant::fromValue(Settings::Theme::System));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const Language& language : kLanguages)
        m_language->addItem(QString::fromUtf8(language.nativeName), QString::fromLatin1(language.code));

    auto* themeLabel = new QLabel(tr("&Theme:"), this);
    themeLabel->setBuddy(m_theme);
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto* restartNote = new QLabel(tr("A new language applies after Dewey restarts."), this);
    restartNote->setForegroundRole(QPalette::PlaceholderText);

    for (QComboBox* combo : {m_theme, m_language}) {
        combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        combo->setMinimumContentsLength(18);
    }

    m_overlayWindow->setObjectName(QStringLiteral("overlayWindowCheck"));
    m_overlayScreen->setObjectName(QStringLiteral("overlayScreenCombo"));
    m_overlayScreen->setAccessibleName(tr("Overlay window screen"));
    m_overlayScreen->addItem(tr("Main screen"), QString());
    for (const QScreen* screen : QGuiApplication::screens())
        m_overlayScreen->addItem(screen->name(), screen->name());
    m_overlayCorner->setObjectName(QStringLiteral("overlayCornerCombo"));
    m_overlayCorner->setAccessibleName(tr("Overlay window corner"));
    m_overlayCorner->addItem(tr("Top right"), int(Qt::TopRightCorner));
    m_overlayCorner->addItem(tr("Top left"), int(Qt::TopLeftCorner));
    m_overlayCorner->addItem(tr("Bottom right"), int(Qt::BottomRightCorner));
    m_overlayCorner->addItem(tr("Bottom left"), int(Qt::BottomLeftCorner));
    auto* screenLabel = new QLabel(tr("Overlay window &screen:"), this);
    screenLabel->setBuddy(m_overlayScreen);
    auto* cornerLabel = new QLabel(tr("Overlay window &corner:"), this);
    cornerLabel->setBuddy(m_overlayCorner);
    m_overlayClickThrough->setObjectName(QStringLiteral("overlayClickThroughCheck"));
    m_overlayClickThrough->setToolTip(tr("On: clicking where the alert is reaches the game below it"));
    auto* overlayNote =
        new QLabel(tr("The window never takes the keyboard from the game. Also in the tray menu."), this);
    overlayNote->setWordWrap(true);
    overlayNote->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QFormLayout(this);
    layout->addRow(themeLabel, m_theme);
    layout->addRow(languageLabel, m_language);
    layout->addRow(QString(), restartNote);
    layout->addRow(tr("Overlay window:"), m_overlayWindow);
    layout->addRow(screenLabel, m_overlayScreen);
    layout->addRow(cornerLabel, m_overlayCorner);
    layout->addRow(QString(), m_overlayClickThrough);
    layout->addRow(QString(), overlayNote);

    load();
    loadOverlayWindow();
    connect(m_overlayWindow, &QCheckBox::toggled, this, &AppearanceSection::saveOverlayWindow);
    connect(m_overlayScreen, &QComboBox::currentIndexChanged, this, &AppearanceSection::saveOverlayWindow);
    connect(m_overlayCorner, &QComboBox::currentIndexChanged, this, &AppearanceSection::saveOverlayWindow);
    connect(m_overlayClickThrough, &QCheckBox::toggled, this, &AppearanceSection::saveOverlayWindow);
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setTheme(m_theme->currentData().value<Settings::Theme>()); });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setLanguage(m_language->currentData().toString()); });
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::Theme || key == SettingsKey::Language)
            load();
        if (key == SettingsKey::OverlayWindowEnabled || key == SettingsKey::OverlayWindowScreen ||
            key == SettingsKey::OverlayWindowCorner || key == SettingsKey::OverlayWindowClickThrough)
            loadOverlayWindow();
    });
}

void AppearanceSection::load()
{
    const QSignalBlocker themeBlocker(m_theme);
    const QSignalBlocker languageBlocker(m_language);
    m_theme->setCurrentIndex(m_theme->findData(QVariant::fromValue(m_settings.theme())));
    const int language = m_language->findData(m_settings.language());
    // A language set by hand in settings.ini that Dewey has no translation for shows as the default.
    m_language->setCurrentIndex(language < 0 ? 0 : language);
}

void AppearanceSection::loadOverlayWindow()
{
    const QSignalBlocker checkBlocker(m_overlayWindow);
    const QSignalBlocker screenBlocker(m_overlayScreen);
    const QSignalBlocker cornerBlocker(m_overlayCorner);
    const QSignalBlocker clickThroughBlocker(m_overlayClickThrough);
    const bool enabled = m_settings.overlayWindowEnabled();
    m_overlayWindow->setChecked(enabled);
    const QString screen = m_settings.overlayWindowScreen();
    int screenIndex = m_overlayScreen->findData(screen);
    if (screenIndex < 0) {
        // A screen that is unplugged now: keep the choice, the window uses the main screen meanwhile.
        m_overlayScreen->addItem(tr("%1 (not connected)").arg(screen), screen);
        screenIndex = m_overlayScreen->count() - 1;
    }
    m_overlayScreen->setCurrentIndex(screenIndex);
    m_overlayCorner->setCurrentIndex(m_overlayCorner->findData(int(m_settings.overlayWindowCorner())));
    m_overlayClickThrough->setChecked(m_settings.overlayWindowClickThrough());
    m_overlayScreen->setEnabled(enabled);
    m_overlayCorner->setEnabled(enabled);
    m_overlayClickThrough->setEnabled(enabled);
}

void AppearanceSection::saveOverlayWindow()
{
    m_settings.setOverlayWindowScreen(m_overlayScreen->currentData().toString());
    m_settings.setOverlayWindowCorner(Qt::Corner(m_overlayCorner->currentData().toInt()));
    m_settings.setOverlayWindowClickThrough(m_overlayClickThrough->isChecked());
    m_settings.setOverlayWindowEnabled(m_overlayWindow->isChecked());
}

} // namespace Dewey
