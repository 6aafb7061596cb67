#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QSpinBox;

namespace Dewey {

class Dialogs;
class Settings;

// Settings → Servers: the two local ports and the overlay URL token.
class ServersSection : public QGroupBox
{
    Q_OBJECT

public:
    ServersSection(Settings& settings, Dialogs& dialogs, QWidget* parent = nullptr);

    QSpinBox* overlayPortSpin() const { return m_overlayPort; }
    QSpinBox* webhookPortSpin() const { return m_webhookPort; }
    QPushButton* regenerateTokenButton() const { return m_regenerate; }
    QString feedback() const;

private:
    void savePorts();
    void regenerateToken();
    void load();

    Settings& m_settings;
    Dialogs& m_dialogs;
    QSpinBox* m_overlayPort;
    QSpinBox* m_webhookPort;
    QPushButton* m_regenerate;
    QLabel* m_feedback;
};

} // namespace Dewey
