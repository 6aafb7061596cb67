#include "KeyringBanner.h"

#include "Dialogs.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Dewey {

KeyringBanner::KeyringBanner(SecretStore& secrets, Settings& settings, Dialogs& dialogs, QWidget* parent)
    : QFrame(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_dialogs(dialogs)
    , m_message(new QLabel(this))
    , m_sessionOnly(new QRadioButton(tr("Keep for this session only"), this))
    , m_file(new QRadioButton(
          tr("Store in a file in the data folder (readable by anyone with access to your account)"), this))
{
    setObjectName(QStringLiteral("keyringBanner"));
    setAccessibleName(tr("No system keyring"));
    setFrameShape(QFrame::StyledPanel);
    // Amber reads as "attention" on both the dark and the light theme.
    setStyleSheet(QStringLiteral("QFrame#keyringBanner { border: 1px solid #d97706; border-radius: 6px; "
                                 "background: rgba(217, 119, 6, 0.14); }"));

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_sessionOnly->setAccessibleName(m_sessionOnly->text());
    m_file->setAccessibleName(m_file->text());
    m_sessionOnly->setToolTip(
        tr("Nothing is written to disk. You paste your keys again after restarting Dewey. "
           "Dewey uses the system keyring as soon as one is available."));
    m_file->setToolTip(tr("Keys are written unencrypted to a file only your user account can open."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_sessionOnly);
    layout->addWidget(m_file);

    connect(m_sessionOnly, &QRadioButton::clicked, this, &KeyringBanner::chooseSessionOnly);
    connect(m_file, &QRadioButton::clicked, this, &KeyringBanner::chooseFile);
    connect(&m_secrets, &SecretStore::loaded, this, &KeyringBanner::update);
    connect(&m_secrets, &SecretStore::keychainUnavailable, this, &KeyringBanner::update);
    connect(&m_secrets, &SecretStore::storageModeChanged, this, [this](SecretStorageMode mode) {
        m_error.clear();
        if (m_requested == mode) {
            m_requested.reset();
            // "This session only" is what the keychain choice means without a keyring, and it picks up
            // a keyring by itself once there is one; so that is the choice to remember. The file is
            // remembered as it is.
            m_settings.setSecretStorageMode(mode == SecretStorageMode::File ? SecretStorageMode::File
                                                                            : SecretStorageMode::Keychain);
        }
        update();
    });
    connect(&m_secrets, &SecretStore::storageModeChangeFailed, this, [this](const QString& message) {
        m_requested.reset();
        m_error = message;
        update();
    });
    update();
}

QString KeyringBanner::message() const
{
    return m_message->text();
}

void KeyringBanner::chooseSessionOnly()
{
    // Moves the values out of the file into memory (and deletes the file).
    if (m_secrets.storageMode() == SecretStorageMode::File)
        request(SecretStorageMode::SessionOnly);
    update();
}

void KeyringBanner::chooseFile()
{
    if (m_secrets.storageMode() == SecretStorageMode::File)
        return;
    const bool confirmed = m_dialogs.confirm(
        this, {tr("Store secrets in a file?"),
               tr("Your API keys will be written, unencrypted, to secrets.json in the data folder. "
                  "Anyone who can open files of your user account (or a backup of them) can read them. "
                  "Keep them for this session only if you are unsure."),
               tr("Store in a file")});
    if (confirmed)
        request(SecretStorageMode::File);
    update();
}

void KeyringBanner::request(SecretStorageMode mode)
{
    m_requested = mode;
    m_secrets.setStorageMode(mode);
}

void KeyringBanner::update()
{
    setVisible(m_secrets.isLoaded() && !m_secrets.keychainAvailable());
    const bool inFile = m_secrets.storageMode() == SecretStorageMode::File;
    m_sessionOnly->setChecked(!inFile);
    m_file->setChecked(inFile);

    QString text =
        inFile ? tr("No system keyring was found, so secrets are stored in a file in the data folder.")
               : tr("No system keyring was found, so secrets are kept for this session only.");
    if (!m_error.isEmpty())
        text += QLatin1Char('\n') + tr("Could not change where secrets are kept: %1").arg(m_error);
    m_message->setText(text);
    setToolTip(m_secrets.keychainProblem());
}

} // namespace Dewey
