#include "AppearanceSection.h"

#include "settings/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
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

    auto* layout = new QFormLayout(this);
    layout->addRow(themeLabel, m_theme);
    layout->addRow(languageLabel, m_language);
    layout->addRow(QString(), restartNote);

    load();
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setTheme(m_theme->currentData().value<Settings::Theme>()); });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setLanguage(m_language->currentData().toString()); });
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::Theme || key == SettingsKey::Language)
            load();
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

} // namespace Dewey
