#include "StripeSection.h"

#include "CopyableField.h"
#include "Dialogs.h"
#include "TunnelLogView.h"
#include "secrets/SecretStore.h"
#include "stripe/CatchUp.h"
#include "stripe/EndpointRegistrar.h"
#include "stripe/StripeApiClient.h"
#include "stripe/tunnel/TunnelSupervisor.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Dewey {

namespace {

using Kind = Settings::TunnelKind;

constexpr Kind kKinds[] = {Kind::None,  Kind::StripeCli, Kind::Cloudflared,
                           Kind::Ngrok, Kind::Custom,    Kind::FixedUrl};

bool hasProgram(Kind kind)
{
    return kind == Kind::StripeCli || kind == Kind::Cloudflared || kind == Kind::Ngrok;
}

QLabel* makeNote(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StripeSection::StripeSection(Services services, Dialogs& dialogs, QWidget* parent)
    : QGroupBox(tr("Stripe"), parent)
    , m_services(services)
    , m_dialogs(dialogs)
    , m_kind(new QComboBox(this))
    , m_help(makeNote(this, QStringLiteral("tunnelHelp")))
    , m_programLabel(new QLabel(tr("&Program:"), this))
    , m_programRow(new QWidget(this))
    , m_programPath(new QLineEdit(m_programRow))
    , m_browse(new QPushButton(tr("&Browse…"), m_programRow))
    , m_customCommandLabel(new QLabel(tr("C&ommand:"), this))
    , m_customCommand(new QLineEdit(this))
    , m_urlPatternLabel(new QLabel(tr("&URL pattern:"), this))
    , m_urlPattern(new QLineEdit(this))
    , m_fixedUrlLabel(new QLabel(tr("Public &address:"), this))
    , m_fixedUrl(new QLineEdit(this))
    , m_feedback(makeNote(this, QStringLiteral("stripeFeedback")))
    , m_status(makeNote(this, QStringLiteral("tunnelStatus")))
    , m_mode(makeNote(this, QStringLiteral("stripeModeLabel")))
    , m_webhookUrl(new CopyableField(tr("Webhook address"), this))
    , m_restart(new QPushButton(tr("&Restart tunnel"), this))
    , m_showLog(new QToolButton(this))
    , m_log(new TunnelLogView(services.tunnel.log(), this))
    , m_connect(new QPushButton(tr("&Connect Stripe"), this))
    , m_disconnect(new QPushButton(tr("&Disconnect"), this))
    , m_connection(makeNote(this, QStringLiteral("stripeConnection")))
    , m_interval(new QSpinBox(this))
    , m_alertAge(new QSpinBox(this))
    , m_catchUpNow(new QPushButton(tr("Catch &up now"), this))
    , m_catchUpSummary(makeNote(this, QStringLiteral("catchUpSummary")))
{
    setObjectName(QStringLiteral("stripeSection"));
    m_kind->setObjectName(QStringLiteral("tunnelKindCombo"));
    m_kind->setAccessibleName(tr("Tunnel"));
    for (const Kind kind : kKinds)
        m_kind->addItem(TunnelSupervisor::kindDisplayName(kind), static_cast<int>(kind));
    m_programPath->setObjectName(QStringLiteral("tunnelProgramEdit"));
    m_programPath->setAccessibleName(tr("Tunnel program"));
    m_programPath->setClearButtonEnabled(true);
    m_customCommand->setObjectName(QStringLiteral("tunnelCommandEdit"));
    m_customCommand->setAccessibleName(tr("Tunnel command"));
    m_customCommand->setPlaceholderText(tr("for example: lt --port {port}"));
    m_urlPattern->setObjectName(QStringLiteral("tunnelUrlPatternEdit"));
    m_urlPattern->setAccessibleName(tr("URL pattern"));
    m_urlPattern->setPlaceholderText(Settings::defaultTunnelUrlPattern());
    m_urlPattern->setToolTip(tr("A regular expression that finds the public address in the command's output. "
                                "Its first group in parentheses is used, or the whole match."));
    m_fixedUrl->setObjectName(QStringLiteral("tunnelFixedUrlEdit"));
    m_fixedUrl->setAccessibleName(tr("Public address"));
    m_fixedUrl->setPlaceholderText(tr("https://alerts.example.com"));
    m_programLabel->setBuddy(m_programPath);
    m_customCommandLabel->setBuddy(m_customCommand);
    m_urlPatternLabel->setBuddy(m_urlPattern);
    m_fixedUrlLabel->setBuddy(m_fixedUrl);
    m_webhookUrl->setObjectName(QStringLiteral("webhookUrlField"));
    m_restart->setObjectName(QStringLiteral("restartTunnelButton"));
    m_showLog->setObjectName(QStringLiteral("showTunnelLogButton"));
    m_showLog->setText(tr("Show &log"));
    m_showLog->setCheckable(true);
    m_showLog->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_log->setVisible(false);
    m_connect->setObjectName(QStringLiteral("connectStripeButton"));
    m_connect->setToolTip(
        tr("Registers the tunnel's address with your Stripe account, so Stripe sends each sale "
           "to Dewey. Needs your Stripe secret key (Settings → Secrets)."));
    m_disconnect->setObjectName(QStringLiteral("disconnectStripeButton"));
    m_disconnect->setToolTip(tr("Removes the webhook endpoint Dewey registered in your Stripe account."));

    m_interval->setObjectName(QStringLiteral("catchUpIntervalSpin"));
    m_interval->setAccessibleName(tr("Catch-up interval"));
    m_interval->setRange(Settings::MinCatchUpIntervalMinutes, Settings::MaxCatchUpIntervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setKeyboardTracking(false);
    m_alertAge->setObjectName(QStringLiteral("catchUpAlertAgeSpin"));
    m_alertAge->setAccessibleName(tr("Alert on caught-up sales younger than"));
    m_alertAge->setRange(0, Settings::MaxCatchUpAlertMaxAgeMinutes);
    m_alertAge->setSuffix(tr(" min"));
    m_alertAge->setSpecialValueText(tr("Never"));
    m_alertAge->setKeyboardTracking(false);
    m_alertAge->setToolTip(
        tr("Sales Dewey finds later (it was closed, or the tunnel was down) alert on stream "
           "only when they are this recent; older ones are just recorded."));
    m_catchUpNow->setObjectName(QStringLiteral("catchUpNowButton"));

    auto* programLayout = new QHBoxLayout(m_programRow);
    programLayout->setContentsMargins(0, 0, 0, 0);
    programLayout->addWidget(m_programPath, 1);
    programLayout->addWidget(m_browse);
    auto* tunnelButtons = new QHBoxLayout;
    tunnelButtons->addWidget(m_restart);
    tunnelButtons->addWidget(m_showLog);
    tunnelButtons->addStretch(1);
    auto* connectButtons = new QHBoxLayout;
    connectButtons->addWidget(m_connect);
    connectButtons->addWidget(m_disconnect);
    connectButtons->addStretch(1);
    auto* catchUpRow = new QHBoxLayout;
    catchUpRow->addWidget(m_interval);
    catchUpRow->addWidget(m_catchUpNow);
    catchUpRow->addStretch(1);

    auto* intro = makeNote(this, QString());
    intro->setText(
        tr("Stripe tells Dewey about each sale through a tunnel to this computer. Without one, Dewey "
           "still finds new sales by asking Stripe every few minutes (catch-up)."));
    auto* kindLabel = new QLabel(tr("&Tunnel:"), this);
    kindLabel->setBuddy(m_kind);
    auto* form = new QFormLayout;
    form->addRow(kindLabel, m_kind);
    form->addRow(QString(), m_help);
    form->addRow(m_programLabel, m_programRow);
    form->addRow(m_customCommandLabel, m_customCommand);
    form->addRow(m_urlPatternLabel, m_urlPattern);
    form->addRow(m_fixedUrlLabel, m_fixedUrl);
    form->addRow(QString(), m_feedback);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Webhook address:"), m_webhookUrl);
    form->addRow(QString(), tunnelButtons);
    form->addRow(QString(), m_log);
    form->addRow(tr("Stripe account:"), connectButtons);
    form->addRow(QString(), m_mode);
    form->addRow(QString(), m_connection);
    form->addRow(tr("Catch up every:"), catchUpRow);
    form->addRow(tr("Alert on caught-up sales younger than:"), m_alertAge);
    form->addRow(QString(), m_catchUpSummary);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);

    load();
    updateTunnel();
    updateConnection();
    updateMode();
    m_catchUpSummary->setText(services.catchUp.summary());

    // load() blocks the combo's signals, so only the streamer's choice saves.
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StripeSection::saveKind);
    connect(m_programPath, &QLineEdit::editingFinished, this, &StripeSection::saveProgramPath);
    connect(m_browse, &QPushButton::clicked, this, &StripeSection::browseProgram);
    connect(m_customCommand, &QLineEdit::editingFinished, this, &StripeSection::saveCustom);
    connect(m_urlPattern, &QLineEdit::editingFinished, this, &StripeSection::saveCustom);
    connect(m_fixedUrl, &QLineEdit::editingFinished, this, &StripeSection::saveFixedUrl);
    connect(m_restart, &QPushButton::clicked, this, [this] { m_services.tunnel.restart(); });
    connect(m_showLog, &QToolButton::toggled, this, [this](bool shown) {
        m_log->setVisible(shown);
        m_showLog->setText(shown ? tr("Hide &log") : tr("Show &log"));
    });
    connect(m_connect, &QPushButton::clicked, this, &StripeSection::connectStripe);
    connect(m_disconnect, &QPushButton::clicked, this, &StripeSection::disconnectStripe);
    connect(m_catchUpNow, &QPushButton::clicked, this, [this] { m_services.catchUp.runNow(); });
    connect(m_interval, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_services.settings.setCatchUpIntervalMinutes(minutes); });
    connect(m_alertAge, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_services.settings.setCatchUpAlertMaxAgeMinutes(minutes); });

    connect(&services.settings, &Settings::changed, this, [this](const QString& key) {
        if (key.startsWith(QLatin1String("tunnel/")) || key == SettingsKey::StripeCatchUpIntervalMinutes ||
            key == SettingsKey::StripeCatchUpAlertMaxAgeMinutes)
            load();
    });
    // The kind decides what "connect" means (the Stripe CLI needs nothing), and it changes with the state.
    connect(&services.tunnel, &TunnelSupervisor::stateChanged, this, [this] {
        updateTunnel();
        updateConnection();
    });
    connect(&services.tunnel, &TunnelSupervisor::messageChanged, this, &StripeSection::updateTunnel);
    connect(&services.tunnel, &TunnelSupervisor::publicUrlChanged, this, [this] {
        updateTunnel();
        updateConnection();
    });
    connect(&services.registrar, &EndpointRegistrar::busyChanged, this, &StripeSection::updateConnection);
    connect(&services.registrar, &EndpointRegistrar::finished, this,
            [this](const EndpointRegistrar::Result& result) {
                m_lastResult = result.message;
                updateConnection();
            });
    connect(&services.secrets, &SecretStore::valueChanged, this, [this](SecretId id) {
        if (id == SecretId::StripeSecretKey) {
            updateConnection();
            updateMode();
        }
    });
    connect(&services.secrets, &SecretStore::loaded, this, [this] {
        updateConnection();
        updateMode();
    });
    connect(&services.catchUp, &CatchUp::started, this,
            [this] { m_catchUpSummary->setText(m_services.catchUp.summary()); });
    connect(&services.catchUp, &CatchUp::finished, this,
            [this] { m_catchUpSummary->setText(m_services.catchUp.summary()); });
}

QString StripeSection::help(Settings::TunnelKind kind)
{
    switch (kind) {
    case Kind::None:
        return tr(
            "No tunnel: nothing to install. Sales show up when Dewey next asks Stripe, so alerts can come "
            "a few minutes late.");
    case Kind::StripeCli:
        return tr(
            "Install the Stripe CLI. Dewey runs \"stripe listen\" with your Stripe secret key and uses its "
            "signing secret by itself; nothing to connect.");
    case Kind::Cloudflared:
        return tr("Install cloudflared (free, no account). Dewey starts a quick tunnel; its address changes "
                  "each time, and Dewey updates Stripe when you have connected.");
    case Kind::Ngrok:
        return tr("Install ngrok and add your ngrok authtoken once (\"ngrok config add-authtoken …\"). Dewey "
                  "starts it and reads the address from ngrok itself.");
    case Kind::Custom:
        return tr("Any tunnel program: Dewey runs the command, with {port} replaced by the webhook port, and "
                  "finds the public address in its output.");
    case Kind::FixedUrl:
        return tr("An address you run yourself (a reverse proxy or a named tunnel) that forwards to this "
                  "computer's webhook port. Dewey adds /webhooks/stripe.");
    }
    return {};
}

void StripeSection::load()
{
    const Settings& settings = m_services.settings;
    const Kind kind = settings.tunnelKind();
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    }
    if (!m_programPath->hasFocus())
        m_programPath->setText(settings.tunnelProgramPath(kind));
    if (!m_customCommand->hasFocus())
        m_customCommand->setText(settings.tunnelCustomCommand());
    if (!m_urlPattern->hasFocus()) {
        const QString pattern = settings.tunnelUrlPattern();
        m_urlPattern->setText(pattern == Settings::defaultTunnelUrlPattern() ? QString() : pattern);
    }
    if (!m_fixedUrl->hasFocus())
        m_fixedUrl->setText(settings.tunnelFixedUrl());
    {
        const QSignalBlocker intervalBlocker(m_interval);
        const QSignalBlocker ageBlocker(m_alertAge);
        m_interval->setValue(settings.catchUpIntervalMinutes());
        m_alertAge->setValue(settings.catchUpAlertMaxAgeMinutes());
    }
    showKind(kind);
}

void StripeSection::showKind(Settings::TunnelKind kind)
{
    m_help->setText(help(kind));
    const bool program = hasProgram(kind);
    m_programLabel->setVisible(program);
    m_programRow->setVisible(program);
    m_programPath->setPlaceholderText(kind == Kind::StripeCli     ? tr("stripe, found on the PATH")
                                      : kind == Kind::Cloudflared ? tr("cloudflared, found on the PATH")
                                                                  : tr("ngrok, found on the PATH"));
    for (QWidget* widget :
         {static_cast<QWidget*>(m_customCommandLabel), static_cast<QWidget*>(m_customCommand),
          static_cast<QWidget*>(m_urlPatternLabel), static_cast<QWidget*>(m_urlPattern)})
        widget->setVisible(kind == Kind::Custom);
    m_fixedUrlLabel->setVisible(kind == Kind::FixedUrl);
    m_fixedUrl->setVisible(kind == Kind::FixedUrl);
    m_restart->setEnabled(kind != Kind::None);
}

void StripeSection::saveKind()
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    showFeedback({});
    m_services.settings.setTunnelKind(kind);
    load();
}

void StripeSection::saveProgramPath()
{
    m_services.settings.setTunnelProgramPath(m_services.settings.tunnelKind(), m_programPath->text());
}

void StripeSection::browseProgram()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the tunnel program"), m_programPath->text());
    if (path.isEmpty())
        return;
    m_programPath->setText(path);
    saveProgramPath();
}

void StripeSection::saveCustom()
{
    QString error;
    if (!m_services.settings.setTunnelUrlPattern(m_urlPattern->text(), &error)) {
        showFeedback(error);
        return;
    }
    m_services.settings.setTunnelCustomCommand(m_customCommand->text());
    showFeedback({});
}

void StripeSection::saveFixedUrl()
{
    QString error;
    if (!m_services.settings.setTunnelFixedUrl(m_fixedUrl->text(), &error)) {
        showFeedback(error);
        return;
    }
    showFeedback({});
}

void StripeSection::showFeedback(const QString& text)
{
    m_feedback->setText(text);
    m_feedback->setVisible(!text.isEmpty());
}

void StripeSection::updateTunnel()
{
    const TunnelSupervisor& tunnel = m_services.tunnel;
    QString text = tunnel.statusText();
    if (!tunnel.message().isEmpty())
        text += QStringLiteral(" — ") + tunnel.message();
    m_status->setText(text);
    m_webhookUrl->setText(tunnel.webhookUrl());
    m_webhookUrl->setPlaceholderText(tunnel.forwardsEventsItself()
                                         ? tr("Not needed: the Stripe CLI forwards events itself")
                                         : tr("No public address yet"));
}

void StripeSection::updateConnection()
{
    const EndpointRegistrar& registrar = m_services.registrar;
    const TunnelSupervisor& tunnel = m_services.tunnel;
    const bool haveKey = m_services.secrets.hasValue(SecretId::StripeSecretKey);
    const bool haveUrl = !tunnel.webhookUrl().isEmpty();
    m_connect->setEnabled(haveKey && haveUrl && !registrar.isBusy());
    m_disconnect->setEnabled(haveKey && registrar.isConnected() && !registrar.isBusy());
    m_connect->setText(registrar.isConnected() ? tr("Re&connect Stripe") : tr("&Connect Stripe"));
    QString text;
    if (registrar.isBusy())
        text = tr("Talking to Stripe…");
    else if (!haveKey)
        text = tr("Add your Stripe secret key in Settings → Secrets to connect.");
    else if (tunnel.forwardsEventsItself())
        text = tr("The Stripe CLI forwards events itself: nothing to connect.");
    else if (!m_lastResult.isEmpty())
        text = m_lastResult;
    else if (registrar.isConnected())
        text = tr("Connected: Stripe sends sales to %1.").arg(registrar.registeredUrl());
    else if (!haveUrl)
        text = tr("Choose a tunnel and wait until it has an address, then connect.");
    else
        text = tr("Not connected yet.");
    m_connection->setText(text);
}

void StripeSection::updateMode()
{
    // Test-mode sales are practice runs: the streamer should see at a glance which store Dewey watches.
    switch (StripeApiClient::keyMode(m_services.secrets.value(SecretId::StripeSecretKey))) {
    case StripeApiClient::KeyMode::Test:
        m_mode->setText(tr("Test mode: only test purchases reach Dewey; they are marked \"test\" in the "
                           "sales history. Use a live key (sk_live_…) for real sales."));
        break;
    case StripeApiClient::KeyMode::Live:
        m_mode->setText(tr("Live mode: real purchases from your store."));
        break;
    case StripeApiClient::KeyMode::None:
        m_mode->setText(
            m_services.secrets.hasValue(SecretId::StripeSecretKey)
                ? tr("This does not look like a Stripe secret key (sk_test_…, sk_live_… or rk_…).")
                : QString());
        break;
    }
    m_mode->setVisible(!m_mode->text().isEmpty());
}

void StripeSection::connectStripe()
{
    m_lastResult.clear();
    m_services.registrar.connectEndpoint(m_services.tunnel.webhookUrl());
}

void StripeSection::disconnectStripe()
{
    const Dialogs::Confirmation confirmation{tr("Disconnect Stripe?"),
                                             tr("Dewey removes the webhook endpoint it registered in your "
                                                "Stripe account. Sales then reach Dewey only "
                                                "through catch-up, every few minutes."),
                                             tr("Disconnect")};
    if (!m_dialogs.confirm(this, confirmation))
        return;
    m_lastResult.clear();
    m_services.registrar.disconnectEndpoints();
}

} // namespace Dewey
