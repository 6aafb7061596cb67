#include "StatusBarController.h"

#include "alerts/AlertQueue.h"
#include "assistant/OpenAiClient.h"
#include "secrets/SecretStore.h"
#include "server/OverlayServer.h"
#include "server/WebhookReceiver.h"

#include <QLabel>
#include <QStatusBar>

namespace Dewey {

namespace {

QLabel* addPart(QStatusBar& statusBar, const QString& objectName, const QString& accessibleName,
                const QString& toolTip)
{
    auto* label = new QLabel(&statusBar);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setToolTip(toolTip);
    label->setTextFormat(Qt::PlainText);
    statusBar.addPermanentWidget(label);
    return label;
}

} // namespace

StatusBarController::StatusBarController(QStatusBar& statusBar, OverlayServer& overlayServer,
                                         WebhookReceiver& webhookReceiver, SecretStore& secrets,
                                         AlertQueue& queue, OpenAiClient& openAi, QObject* parent)
    : QObject(parent)
    , m_overlayServer(overlayServer)
    , m_webhookReceiver(webhookReceiver)
    , m_secrets(secrets)
    , m_queue(queue)
{
    m_paused = addPart(statusBar, QStringLiteral("pausedStatus"), tr("Alert pause"),
                       tr("Sale alerts are paused: new sales are recorded but not shown on stream. "
                          "Resume them from the tray menu."));
    m_overlay = addPart(statusBar, QStringLiteral("overlayStatus"), tr("Overlay server"),
                        tr("The local server OBS loads the alert overlay from, and how many overlay "
                           "pages (Browser Sources) are connected right now."));
    m_webhook = addPart(statusBar, QStringLiteral("webhookStatus"), tr("Webhook receiver"),
                        tr("The local port that receives sale notifications from Stripe through a tunnel."));
    m_tunnel = addPart(statusBar, QStringLiteral("tunnelStatus"), tr("Tunnel"),
                       tr("The tunnel that forwards Stripe's notifications to this computer."));
    m_openAiToolTip =
        tr("Dewey, the notes assistant, needs an OpenAI API key. Set it in Settings → Secrets.");
    m_openAi = addPart(statusBar, QStringLiteral("openAiStatus"), tr("OpenAI"), m_openAiToolTip);
    m_tunnel->hide();

    connect(&m_overlayServer, &OverlayServer::listeningChanged, this, &StatusBarController::updateOverlay);
    connect(&m_overlayServer, &OverlayServer::connectedOverlaysChanged, this,
            &StatusBarController::updateOverlay);
    connect(&m_webhookReceiver, &WebhookReceiver::listeningChanged, this,
            &StatusBarController::updateWebhook);
    connect(&m_secrets, &SecretStore::loaded, this, &StatusBarController::updateOpenAi);
    connect(&m_secrets, &SecretStore::valueChanged, this, [this](SecretId id) {
        if (id != SecretId::OpenAiApiKey)
            return;
        m_openAiError.clear(); // a new key deserves a fresh start
        updateOpenAi();
    });
    connect(&m_queue, &AlertQueue::pausedChanged, this, &StatusBarController::updatePaused);
    connect(&openAi, &OpenAiClient::serverFailed, this,
            [this](const AssistantError& error) { setOpenAiError(shortOpenAiError(error), error.message); });
    connect(&openAi, &OpenAiClient::serverAnswered, this, [this] { setOpenAiError({}); });

    updateOverlay();
    updateWebhook();
    updateOpenAi();
    updatePaused();
}

void StatusBarController::setTunnelState(const QString& state)
{
    m_tunnel->setText(state.isEmpty() ? QString() : tr("Tunnel: %1").arg(state));
    m_tunnel->setVisible(!state.isEmpty());
}

void StatusBarController::setOpenAiError(const QString& error, const QString& details)
{
    m_openAiError = error;
    m_openAiErrorDetails = error.isEmpty() ? QString() : details;
    updateOpenAi();
}

QString StatusBarController::shortOpenAiError(const AssistantError& error)
{
    using Kind = AssistantError::Kind;
    switch (error.kind) {
    case Kind::BadApiKey:
        return tr("key refused");
    case Kind::PermissionDenied:
        return tr("key not allowed to use this model");
    case Kind::ModelNotFound:
        return tr("model not found");
    case Kind::BadRequest:
        return tr("request rejected");
    case Kind::RateLimited:
        return tr("rate limited");
    case Kind::QuotaExceeded:
        return tr("out of credit");
    case Kind::ServerError:
        return tr("server error");
    case Kind::Network:
        return tr("cannot reach the server");
    case Kind::Timeout:
        return tr("no answer in time");
    case Kind::MalformedResponse:
        return tr("not an OpenAI server");
    case Kind::MissingApiKey:
        return tr("no API key");
    case Kind::None:
    case Kind::Storage:
    case Kind::Busy:
        break;
    }
    return error.message;
}

QString StatusBarController::overlayText() const
{
    return m_overlay->text();
}

QString StatusBarController::webhookText() const
{
    return m_webhook->text();
}

QString StatusBarController::tunnelText() const
{
    return m_tunnel->text();
}

QString StatusBarController::openAiText() const
{
    return m_openAi->text();
}

QString StatusBarController::pausedText() const
{
    return m_paused->isVisibleTo(m_paused->parentWidget()) ? m_paused->text() : QString();
}

void StatusBarController::updateOverlay()
{
    if (!m_overlayServer.isListening()) {
        m_overlay->setText(tr("Overlay: not running"));
        return;
    }
    m_overlay->setText(
        tr("Overlay: 127.0.0.1:%1 · %n connected", nullptr, m_overlayServer.connectedOverlays())
            .arg(m_overlayServer.port()));
}

void StatusBarController::updateWebhook()
{
    m_webhook->setText(m_webhookReceiver.isListening()
                           ? tr("Webhooks: listening on %1").arg(m_webhookReceiver.port())
                           : tr("Webhooks: not running"));
}

void StatusBarController::updateOpenAi()
{
    m_openAi->setToolTip(m_openAiErrorDetails.isEmpty() ? m_openAiToolTip : m_openAiErrorDetails);
    if (!m_openAiError.isEmpty())
        m_openAi->setText(tr("OpenAI: error: %1").arg(m_openAiError));
    else if (!m_secrets.isLoaded())
        m_openAi->setText(tr("OpenAI: reading key…"));
    else
        m_openAi->setText(m_secrets.hasValue(SecretId::OpenAiApiKey) ? tr("OpenAI: key set")
                                                                     : tr("OpenAI: key not set"));
}

void StatusBarController::updatePaused()
{
    m_paused->setText(tr("Alerts paused"));
    m_paused->setVisible(m_queue.isPaused());
}

} // namespace Dewey
