#pragma once

#include "settings/Settings.h"

#include <QObject>
#include <QPalette>
#include <QString>

namespace Dewey {

// Applies the streamer's theme to the whole application and follows Settings changes at once.
// Dark is Fusion with a dark palette (a bright window next to OBS at night is hard on the eyes);
// System puts back whatever style and palette the platform gave the application.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    explicit ThemeController(Settings& settings, QObject* parent = nullptr);

    void apply(Settings::Theme theme);
    Settings::Theme appliedTheme() const { return m_applied; }

    static QPalette darkPalette();

private:
    Settings& m_settings;
    QString m_systemStyleName;
    Settings::Theme m_applied = Settings::Theme::System;
};

} // namespace Dewey
