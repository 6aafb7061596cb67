#pragma once

#include "settings/Settings.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Dewey {

class CatchUp;
class CopyableField;
class Dialogs;
class EndpointRegistrar;
class SecretStore;
class TunnelLogView;
class TunnelSupervisor;

// Settings → Stripe: how Stripe's sale notifications reach Dewey (the tunnel, its status and log),
// "Connect Stripe" to register the tunnel's address with the streamer's Stripe account, and how
// catch-up fills gaps while Dewey was closed.
class StripeSection : public QGroupBox
{
    Q_OBJECT

public:
    struct Services
    {
        Settings& settings;
        SecretStore& secrets;
        TunnelSupervisor& tunnel;
        EndpointRegistrar& registrar;
        CatchUp& catchUp;
    };

    StripeSection(Services services, Dialogs& dialogs, QWidget* parent = nullptr);

    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* programPathEdit() const { return m_programPath; }
    QLineEdit* customCommandEdit() const { return m_customCommand; }
    QLineEdit* urlPatternEdit() const { return m_urlPattern; }
    QLineEdit* fixedUrlEdit() const { return m_fixedUrl; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* modeLabel() const { return m_mode; }
    QLabel* feedbackLabel() const { return m_feedback; }
    CopyableField* webhookUrlField() const { return m_webhookUrl; }
    QPushButton* restartTunnelButton() const { return m_restart; }
    QPushButton* connectButton() const { return m_connect; }
    QPushButton* disconnectButton() const { return m_disconnect; }
    QLabel* connectionLabel() const { return m_connection; }
    QSpinBox* catchUpIntervalSpin() const { return m_interval; }
    QSpinBox* catchUpAlertAgeSpin() const { return m_alertAge; }
    QPushButton* catchUpButton() const { return m_catchUpNow; }
    QLabel* catchUpLabel() const { return m_catchUpSummary; }
    TunnelLogView* logView() const { return m_log; }

private:
    void load();
    void showKind(Settings::TunnelKind kind);
    void saveKind();
    void saveProgramPath();
    void saveCustom();
    void saveFixedUrl();
    void browseProgram();
    void updateTunnel();
    void updateConnection();
    void updateMode();
    void connectStripe();
    void disconnectStripe();
    void showFeedback(const QString& text);
    static QString help(Settings::TunnelKind kind);

    Services m_services;
    Dialogs& m_dialogs;

    QComboBox* m_kind;
    QLabel* m_help;
    QLabel* m_programLabel;
    QWidget* m_programRow;
    QLineEdit* m_programPath;
    QPushButton* m_browse;
    QLabel* m_customCommandLabel;
    QLineEdit* m_customCommand;
    QLabel* m_urlPatternLabel;
    QLineEdit* m_urlPattern;
    QLabel* m_fixedUrlLabel;
    QLineEdit* m_fixedUrl;
    QLabel* m_feedback;
    QLabel* m_status;
    QLabel* m_mode;
    CopyableField* m_webhookUrl;
    QPushButton* m_restart;
    QToolButton* m_showLog;
    TunnelLogView* m_log;
    QPushButton* m_connect;
    QPushButton* m_disconnect;
    QLabel* m_connection;
    QSpinBox* m_interval;
    QSpinBox* m_alertAge;
    QPushButton* m_catchUpNow;
    QLabel* m_catchUpSummary;
    QString m_lastResult; // what the last connect or disconnect said
};

} // namespace Dewey
