#pragma once

#include <QGroupBox>

class QCheckBox;

namespace Dewey {

class Autostart;
class Dialogs;
class Settings;

// Settings → General: start with the system (the entry lives where the OS looks for it, see
// Autostart), start in the tray, and sale notifications while the window is hidden.
class GeneralSection : public QGroupBox
{
    Q_OBJECT

public:
    GeneralSection(Settings& settings, Autostart& autostart, Dialogs& dialogs, QWidget* parent = nullptr);

    QCheckBox* startWithSystemCheck() const { return m_startWithSystem; }
    QCheckBox* startMinimizedCheck() const { return m_startMinimized; }
    QCheckBox* saleNotificationsCheck() const { return m_saleNotifications; }

private:
    void load();
    void setStartWithSystem(bool enabled);

    Settings& m_settings;
    Autostart& m_autostart;
    Dialogs& m_dialogs;
    QCheckBox* m_startWithSystem;
    QCheckBox* m_startMinimized;
    QCheckBox* m_saleNotifications;
};

} // namespace Dewey
