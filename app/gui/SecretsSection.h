#pragma once

#include "secrets/SecretId.h"

#include <QGroupBox>
#include <QList>

namespace Dewey {

class Dialogs;
class KeyringBanner;
class SecretField;
class SecretStore;
class Settings;

// Settings → Secrets: the API keys Dewey needs, and where they are kept.
class SecretsSection : public QGroupBox
{
    Q_OBJECT

public:
    SecretsSection(SecretStore& secrets, Settings& settings, Dialogs& dialogs, QWidget* parent = nullptr);

    KeyringBanner* keyringBanner() const { return m_banner; }
    SecretField* field(SecretId id) const;

private:
    KeyringBanner* m_banner;
    QList<SecretField*> m_fields;
};

} // namespace Dewey
