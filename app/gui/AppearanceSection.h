#pragma once

#include <QGroupBox>

class QComboBox;

namespace Dewey {

class Settings;

// Settings → Appearance: the theme (applies at once) and the language (applies after a restart,
// because half-retranslated windows are worse than waiting).
class AppearanceSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit AppearanceSection(Settings& settings, QWidget* parent = nullptr);

    QComboBox* themeCombo() const { return m_theme; }
    QComboBox* languageCombo() const { return m_language; }

private:
    void load();

    Settings& m_settings;
    QComboBox* m_theme;
    QComboBox* m_language;
};

} // namespace Dewey
