#pragma once

#include "secrets/SecretStorageMode.h"

#include <QFrame>

#include <optional>

class QLabel;
class QRadioButton;

namespace Dewey {

class Dialogs;
class SecretStore;
class Settings;

// Shown where secrets are entered when there is no system keyring (common on minimal Linux setups):
// says that keys will be forgotten on quit and offers, with an explicit confirmation, a private file
// in the data folder instead. Hidden while a keyring works.
class KeyringBanner : public QFrame
{
    Q_OBJECT

public:
    KeyringBanner(SecretStore& secrets, Settings& settings, Dialogs& dialogs, QWidget* parent = nullptr);

    QRadioButton* sessionOnlyChoice() const { return m_sessionOnly; }
    QRadioButton* fileChoice() const { return m_file; }
    QString message() const;

private:
    void chooseSessionOnly();
    void chooseFile();
    void request(SecretStorageMode mode);
    void update();

    SecretStore& m_secrets;
    Settings& m_settings;
    Dialogs& m_dialogs;
    QString m_error;
    std::optional<SecretStorageMode> m_requested; // the change this banner asked for, until answered

    QLabel* m_message;
    QRadioButton* m_sessionOnly;
    QRadioButton* m_file;
};

} // namespace Dewey
