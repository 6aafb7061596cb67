#pragma once

#include <QWidget>

namespace Dewey {

class AppearanceSection;
class Dialogs;
class SecretStore;
class SecretsSection;
class ServersSection;
class Settings;

// The Settings area: appearance, servers and secrets, in one scrollable column.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Settings& settings, SecretStore& secrets, Dialogs& dialogs, QWidget* parent = nullptr);

    AppearanceSection* appearance() const { return m_appearance; }
    ServersSection* servers() const { return m_servers; }
    SecretsSection* secrets() const { return m_secrets; }

private:
    AppearanceSection* m_appearance;
    ServersSection* m_servers;
    SecretsSection* m_secrets;
};

} // namespace Dewey
