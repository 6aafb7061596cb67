#pragma once

#include "secrets/SecretId.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Dewey {

class Dialogs;
class SecretStore;

// One secret (an API key) to enter, replace or clear. The stored value is never shown: the field only
// says whether one is set and where it is kept, or that an environment variable overrides it.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    SecretField(SecretStore& secrets, Dialogs& dialogs, SecretId id, QWidget* parent = nullptr);

    SecretId secretId() const { return m_id; }
    QLineEdit* edit() const { return m_edit; }
    QToolButton* revealButton() const { return m_reveal; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* clearButton() const { return m_clear; }
    QString statusText() const;

private:
    void save();
    void clear();
    void updateState();
    QString whereStored(bool isSet) const;

    SecretStore& m_secrets;
    Dialogs& m_dialogs;
    SecretId m_id;
    QString m_error; // the last failed save, shown until the next attempt
    bool m_saving = false;

    QLineEdit* m_edit;
    QToolButton* m_reveal;
    QPushButton* m_save;
    QPushButton* m_clear;
    QLabel* m_status;
};

} // namespace Dewey
