#pragma once

#include "assistant/AssistantError.h"

#include <QObject>
#include <QString>

class QLabel;
class QStatusBar;

namespace Dewey {

class AlertQueue;
class OpenAiClient;
class OverlayServer;
class SecretStore;
class WebhookReceiver;

// Keeps the status bar truthful: every part is rebuilt from the service's own state whenever the
// service signals a change, never from what the GUI last asked for.
class StatusBarController : public QObject
{
    Q_OBJECT

public:
    StatusBarController(QStatusBar& statusBar, OverlayServer& overlayServer, WebhookReceiver& webhookReceiver,
                        SecretStore& secrets, AlertQueue& queue, OpenAiClient& openAi,
                        QObject* parent = nullptr);

    // The tunnel arrives with a later issue; until something calls this, the tunnel part stays hidden.
    // An empty state hides it again.
    void setTunnelState(const QString& state);
    // The last OpenAI request failed with this message (`details` becomes the tool tip); empty clears
    // it. The client's own outcomes set and clear it; saving a new key clears it too.
    void setOpenAiError(const QString& error, const QString& details = QString());
    // A few words for the status bar; the full explanation goes in the tool tip.
    static QString shortOpenAiError(const AssistantError& error);

    QString overlayText() const;
    QString webhookText() const;
    QString tunnelText() const;
    QString openAiText() const;
    QString pausedText() const;

private:
    void updateOverlay();
    void updateWebhook();
    void updateOpenAi();
    void updatePaused();

    OverlayServer& m_overlayServer;
    WebhookReceiver& m_webhookReceiver;
    SecretStore& m_secrets;
    AlertQueue& m_queue;
    QString m_openAiError;
    QString m_openAiErrorDetails;
    QString m_openAiToolTip;

    QLabel* m_overlay;
    QLabel* m_webhook;
    QLabel* m_tunnel;
    QLabel* m_openAi;
    QLabel* m_paused;
};

} // namespace Dewey
