#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;

namespace Dewey {

class Settings;

// Settings → Appearance: the theme (applies at once), the language (applies after a restart,
// because half-retranslated windows are worse than waiting) and the native overlay window (on or off,
// screen, corner, click-through; the OverlayWindowController follows these settings).
class AppearanceSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit AppearanceSection(Settings& settings, QWidget* parent = nullptr);

    QComboBox* themeCombo() const { return m_theme; }
    QComboBox* languageCombo() const { return m_language; }
    QCheckBox* overlayWindowCheck() const { return m_overlayWindow; }
    QComboBox* overlayScreenCombo() const { return m_overlayScreen; }
    QComboBox* overlayCornerCombo() const { return m_overlayCorner; }
    QCheckBox* overlayClickThroughCheck() const { return m_overlayClickThrough; }

private:
    void load();
    void loadOverlayWindow();
    void saveOverlayWindow();

    Settings& m_settings;
    QComboBox* m_theme;
    QComboBox* m_language;
    QCheckBox* m_overlayWindow;
    QComboBox* m_overlayScreen;
    QComboBox* m_overlayCorner;
    QCheckBox* m_overlayClickThrough;
};

} // namespace Dewey
