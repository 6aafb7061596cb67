#include "SecretField.h"

#include "Dialogs.h"
#include "secrets/SecretStore.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace Dewey {

SecretField::SecretField(SecretStore& secrets, Dialogs& dialogs, SecretId id, QWidget* parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_dialogs(dialogs)
    , m_id(id)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_status(new QLabel(this))
{
    const QString name = secretDisplayName(id);
    setObjectName(QStringLiteral("secretField-") + secretStorageKey(id));

    auto* label = new QLabel(name, this);
    label->setBuddy(m_edit);

    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(name);
    m_edit->setClearButtonEnabled(false);
    m_edit->setAttribute(Qt::WA_InputMethodEnabled, false);

    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setAccessibleName(tr("Show %1").arg(name));
    m_reveal->setToolTip(tr("Show what you typed"));

    m_save->setAccessibleName(tr("Save %1").arg(name));
    m_clear->setAccessibleName(tr("Clear %1").arg(name));
    m_clear->setToolTip(tr("Forget the stored %1").arg(name));

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("%1 status").arg(name));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0, 1, 4);
    layout->addWidget(m_edit, 1, 0);
    layout->addWidget(m_reveal, 1, 1);
    layout->addWidget(m_save, 1, 2);
    layout->addWidget(m_clear, 1, 3);
    layout->addWidget(m_status, 2, 0, 1, 4);
    layout->setColumnStretch(0, 1);
    setFocusProxy(m_edit);

    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_edit, &QLineEdit::textChanged, this, &SecretField::updateState);
    connect(m_edit, &QLineEdit::returnPressed, this, &SecretField::save);
    connect(m_save, &QPushButton::clicked, this, &SecretField::save);
    connect(m_clear, &QPushButton::clicked, this, &SecretField::clear);

    connect(&m_secrets, &SecretStore::loaded, this, &SecretField::updateState);
    connect(&m_secrets, &SecretStore::storageModeChanged, this, &SecretField::updateState);
    connect(&m_secrets, &SecretStore::keychainUnavailable, this, &SecretField::updateState);
    connect(&m_secrets, &SecretStore::valueChanged, this, [this](SecretId changed) {
        if (changed == m_id)
            updateState();
    });
    connect(&m_secrets, &SecretStore::saved, this, [this](SecretId saved) {
        if (saved != m_id)
            return;
        m_saving = false;
        updateState();
    });
    connect(&m_secrets, &SecretStore::failed, this, [this](SecretId failed, const QString& message) {
        if (failed != m_id)
            return;
        m_saving = false;
        m_error = message;
        updateState();
    });
    updateState();
}

QString SecretField::statusText() const
{
    return m_status->text();
}

void SecretField::save()
{
    const QString value = m_edit->text().trimmed();
    if (value.isEmpty() || m_secrets.isOverriddenByEnvironment(m_id))
        return;
    m_error.clear();
    m_saving = true;
    m_secrets.setValue(m_id, value);
    // The value now lives in the store; keeping it in the widget would only leave it on screen.
    m_edit->clear();
    m_reveal->setChecked(false);
    updateState();
}

void SecretField::clear()
{
    if (!m_secrets.hasValue(m_id) || m_secrets.isOverriddenByEnvironment(m_id))
        return;
    const QString name = secretDisplayName(m_id);
    const bool confirmed = m_dialogs.confirm(
        this, {tr("Clear %1?").arg(name),
               tr("Dewey will forget the %1. You can paste it again at any time.").arg(name), tr("Clear")});
    if (!confirmed)
        return;
    m_error.clear();
    m_saving = true;
    m_secrets.setValue(m_id, QString());
    updateState();
}

void SecretField::updateState()
{
    const bool overridden = m_secrets.isOverriddenByEnvironment(m_id);
    const bool isSet = m_secrets.hasValue(m_id);
    const bool ready = m_secrets.isLoaded();

    m_edit->setReadOnly(overridden);
    m_edit->setEnabled(ready);
    m_reveal->setEnabled(ready && !overridden);
    m_save->setEnabled(ready && !overridden && !m_edit->text().trimmed().isEmpty());
    m_clear->setEnabled(ready && !overridden && isSet);

    if (overridden) {
        m_edit->setPlaceholderText(tr("Set by environment variable %1").arg(secretEnvironmentVariable(m_id)));
        m_status->setText(tr("Set by environment variable %1. Change it there; it is not stored by Dewey.")
                              .arg(secretEnvironmentVariable(m_id)));
        return;
    }
    m_edit->setPlaceholderText(isSet ? tr("Saved. Paste a new one to replace it") : tr("Paste it here"));
    if (!ready)
        m_status->setText(tr("Reading stored secrets…"));
    else if (!m_error.isEmpty())
        m_status->setText(tr("Could not save: %1").arg(m_error));
    else if (m_saving)
        m_status->setText(tr("Saving…"));
    else
        m_status->setText(whereStored(isSet));
}

QString SecretField::whereStored(bool isSet) const
{
    switch (m_secrets.effectiveStorageMode()) {
    case SecretStorageMode::Keychain:
        return isSet ? tr("Set. Stored in your system keyring.")
                     : tr("Not set. What you save here is stored in your system keyring.");
    case SecretStorageMode::SessionOnly:
        return isSet ? tr("Set for this session only: Dewey forgets it when it quits.")
                     : tr("Not set. What you save here is kept for this session only.");
    case SecretStorageMode::File:
        return isSet ? tr("Set. Stored in a file in the data folder.")
                     : tr("Not set. What you save here is stored in a file in the data folder.");
    }
    return {};
}

} // namespace Dewey
