#pragma once

#include <QWidget>

class QVBoxLayout;

namespace Dewey {

class AppearanceSection;
class AssistantSection;
class Dialogs;
class GeneralSection;
class SecretStore;
class SecretsSection;
class ServersSection;
class Settings;
class StripeSection;

// The Settings area: appearance, servers and secrets, in one scrollable column.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    SettingsPage(Settings& settings, SecretStore& secrets, Dialogs& dialogs, QWidget* parent = nullptr);

    AppearanceSection* appearance() const { return m_appearance; }
    ServersSection* servers() const { return m_servers; }
    SecretsSection* secrets() const { return m_secrets; }
    GeneralSection* general() const { return m_general; }
    StripeSection* stripe() const { return m_stripe; }
    AssistantSection* assistant() const { return m_assistant; }

    // Settings → Stripe needs the tunnel, catch-up and registration services, which the main
    // window hands in; it goes after the secrets it relies on.
    void addStripeSection(StripeSection* section);

    // Settings → General needs the system's start-at-login entry, which the main window owns; it
    // comes first.
    void addGeneralSection(GeneralSection* section);

    // Settings → Dewey needs the assistant (for its connection test), which the main window hands in;
    // it goes just before the secrets that hold its key, and its "Change API key" leads there.
    void addAssistantSection(AssistantSection* section);

private:
    AppearanceSection* m_appearance;
    ServersSection* m_servers;
    SecretsSection* m_secrets;
    GeneralSection* m_general = nullptr;
    StripeSection* m_stripe = nullptr;
    AssistantSection* m_assistant = nullptr;
    QVBoxLayout* m_column;
};

} // namespace Dewey
