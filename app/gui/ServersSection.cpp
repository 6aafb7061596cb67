#include "ServersSection.h"

#include "Dialogs.h"
#include "alerts/OverlayTokenRegenerator.h"
#include "settings/Settings.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

namespace Dewey {

namespace {

// Ports below 1024 need administrator rights on most systems.
constexpr int kLowestPort = 1024;

QSpinBox* makePortSpin(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(kLowestPort, 65535);
    spin->setGroupSeparatorShown(false);
    // Store the finished number, not 7, 74, 747 on the way to 7471.
    spin->setKeyboardTracking(false);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return spin;
}

} // namespace

ServersSection::ServersSection(Settings& settings, Dialogs& dialogs, QWidget* parent)
    : QGroupBox(tr("Servers"), parent)
    , m_settings(settings)
    , m_dialogs(dialogs)
    , m_overlayPort(makePortSpin(QStringLiteral("overlayPortSpin"), tr("Overlay port"), this))
    , m_webhookPort(makePortSpin(QStringLiteral("webhookPortSpin"), tr("Webhook port"), this))
    , m_regenerate(new QPushButton(tr("&Regenerate overlay URL…"), this))
    , m_feedback(new QLabel(this))
{
    m_overlayPort->setToolTip(
        tr("The port OBS loads the overlay page from. Default: %1.").arg(Settings::DefaultOverlayPort));
    m_webhookPort->setToolTip(tr("The port Stripe's notifications arrive on through the tunnel. Default: %1.")
                                  .arg(Settings::DefaultWebhookPort));
    m_regenerate->setObjectName(QStringLiteral("regenerateTokenButton"));
    m_regenerate->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_regenerate->setAccessibleName(tr("Regenerate overlay URL"));
    m_regenerate->setToolTip(
        tr("Makes a new secret overlay URL. Use it if the old one was shown on stream."));

    auto* overlayLabel = new QLabel(tr("&Overlay port:"), this);
    overlayLabel->setBuddy(m_overlayPort);
    auto* webhookLabel = new QLabel(tr("&Webhook port:"), this);
    webhookLabel->setBuddy(m_webhookPort);
    auto* restartNote = new QLabel(tr("Port changes apply after Dewey restarts."), this);
    restartNote->setForegroundRole(QPalette::PlaceholderText);
    auto* tokenNote =
        new QLabel(tr("The overlay URL contains a secret token, so only OBS on this computer can "
                      "show your alerts. After regenerating it, paste the new URL into OBS."),
                   this);
    tokenNote->setWordWrap(true);
    m_feedback->setWordWrap(true);
    m_feedback->setObjectName(QStringLiteral("serversFeedback"));
    m_feedback->setTextFormat(Qt::PlainText);

    auto* layout = new QFormLayout(this);
    layout->addRow(overlayLabel, m_overlayPort);
    layout->addRow(webhookLabel, m_webhookPort);
    layout->addRow(QString(), restartNote);
    layout->addRow(tr("Overlay URL token:"), tokenNote);
    layout->addRow(QString(), m_regenerate);
    layout->addRow(QString(), m_feedback);

    load();
    connect(m_overlayPort, &QSpinBox::valueChanged, this, &ServersSection::savePorts);
    connect(m_webhookPort, &QSpinBox::valueChanged, this, &ServersSection::savePorts);
    connect(m_regenerate, &QPushButton::clicked, this, &ServersSection::regenerateToken);
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::OverlayPort || key == SettingsKey::WebhookPort)
            load();
    });
}

QString ServersSection::feedback() const
{
    return m_feedback->text();
}

void ServersSection::savePorts()
{
    const int overlay = m_overlayPort->value();
    const int webhook = m_webhookPort->value();
    if (overlay == webhook) {
        m_feedback->setText(tr("The overlay and webhook ports must be different."));
        return;
    }
    QString error;
    if (!m_settings.setOverlayPort(overlay, &error) || !m_settings.setWebhookPort(webhook, &error)) {
        m_feedback->setText(error);
        return;
    }
    m_feedback->setText(tr("Saved. The new ports are used after Dewey restarts."));
}

void ServersSection::regenerateToken()
{
    if (!OverlayTokenRegenerator::confirmAndRegenerate(this, m_dialogs, m_settings))
        return;
    m_feedback->setText(tr("New overlay URL made. Copy it from the Alerts area into OBS."));
}

void ServersSection::load()
{
    const QSignalBlocker overlayBlocker(m_overlayPort);
    const QSignalBlocker webhookBlocker(m_webhookPort);
    m_overlayPort->setValue(m_settings.overlayPort());
    m_webhookPort->setValue(m_settings.webhookPort());
}

} // namespace Dewey
