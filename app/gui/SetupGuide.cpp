#include "SetupGuide.h"

#include "CopyableField.h"
#include "KeyringBanner.h"
#include "SecretField.h"
#include "server/OverlayServer.h"
#include "settings/Settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Dewey {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SetupGuide::SetupGuide(Settings& settings, SecretStore& secrets, OverlayServer& overlayServer,
                       Dialogs& dialogs, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_steps(new QStackedWidget(this))
    , m_progress(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_finish(new QPushButton(tr("&Finish"), this))
    , m_skip(new QPushButton(tr("&Skip setup"), this))
{
    setObjectName(QStringLiteral("setupGuide"));
    setWindowTitle(tr("Set up Dewey"));
    setAccessibleName(tr("Setup guide"));
    setMinimumWidth(720);

    m_steps->addWidget(createOverlayStep(overlayServer));
    m_steps->addWidget(createStripeStep());
    m_steps->addWidget(createOpenAiStep(settings, secrets, dialogs));

    m_progress->setObjectName(QStringLiteral("setupProgress"));
    m_progress->setForegroundRole(QPalette::PlaceholderText);
    m_skip->setToolTip(tr("Close the guide. Help → Setup guide opens it again."));
    m_next->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    buttons->addSpacing(12);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_finish);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { goToStep(currentStep() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToStep(currentStep() + 1); });
    connect(m_finish, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_skip, &QPushButton::clicked, this, &QDialog::reject);
    updateButtons();
}

int SetupGuide::stepCount() const
{
    return m_steps->count();
}

int SetupGuide::currentStep() const
{
    return m_steps->currentIndex();
}

void SetupGuide::goToStep(int step)
{
    if (step < 0 || step >= stepCount())
        return;
    m_steps->setCurrentIndex(step);
    updateButtons();
    m_steps->currentWidget()->setFocus();
}

void SetupGuide::done(int result)
{
    m_settings.setFirstRunCompleted(true);
    QDialog::done(result);
}

QWidget* SetupGuide::createOverlayStep(OverlayServer& overlayServer)
{
    auto* step = new QWidget(this);
    m_overlayUrl = new CopyableField(tr("Overlay URL"), step);
    m_overlayUrl->setPlaceholderText(tr("The overlay server is not running; see the Alerts area"));
    auto refreshUrl = [this, &overlayServer] { m_overlayUrl->setText(overlayServer.overlayUrl()); };
    refreshUrl();
    connect(&overlayServer, &OverlayServer::listeningChanged, this, refreshUrl);
    connect(&m_settings, &Settings::changed, this, [refreshUrl](const QString& key) {
        if (key == SettingsKey::OverlayToken)
            refreshUrl();
    });

    auto* urlLabel = new QLabel(tr("Overlay &URL:"), step);
    urlLabel->setBuddy(m_overlayUrl->lineEdit());
    auto* steps = paragraph(tr("<ol><li>Copy the overlay URL.</li>"
                               "<li>In OBS, add a source to your scene: <b>+</b> → <b>Browser</b>.</li>"
                               "<li>Paste the URL into the <b>URL</b> field, set <b>Width</b> to 1920 and "
                               "<b>Height</b> to 1080, and click <b>OK</b>.</li></ol>"),
                            step);
    steps->setTextFormat(Qt::RichText);

    auto* layout = new QVBoxLayout(step);
    layout->addWidget(heading(tr("Show sale alerts in OBS"), step));
    layout->addWidget(
        paragraph(tr("Alerts appear on a transparent page that OBS shows over your scene."), step));
    layout->addWidget(urlLabel);
    layout->addWidget(m_overlayUrl);
    layout->addWidget(steps);
    layout->addStretch(1);
    step->setFocusProxy(m_overlayUrl->copyButton());
    return step;
}

QWidget* SetupGuide::createStripeStep()
{
    auto* step = new QWidget(this);
    auto* steps = paragraph(
        tr("<ol><li>In your Stripe dashboard, open <b>Developers → API keys</b> and copy the "
           "<b>secret key</b>. Paste it in <b>Settings → Secrets</b>.</li>"
           "<li>In <b>Settings → Stripe</b>, choose the <b>tunnel</b> that carries Stripe's sale "
           "notifications to this computer (the Stripe CLI, cloudflared or ngrok).</li>"
           "<li>Click <b>Connect Stripe</b>. Dewey registers the tunnel's address with Stripe and "
           "keeps the signing secret itself; with the Stripe CLI there is nothing to connect.</li></ol>"),
        step);
    steps->setTextFormat(Qt::RichText);
    m_stripeSettings = new QPushButton(tr("Open Settings → &Stripe"), step);
    m_stripeSettings->setObjectName(QStringLiteral("openStripeSettings"));
    connect(m_stripeSettings, &QPushButton::clicked, this, &SetupGuide::stripeSettingsRequested);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_stripeSettings);
    buttonRow->addStretch(1);

    auto* layout = new QVBoxLayout(step);
    layout->addWidget(heading(tr("Connect Stripe"), step));
    layout->addWidget(paragraph(tr("Dewey hears about sales from Stripe. This step is optional: without "
                                   "a tunnel, Dewey still finds every sale by asking Stripe every few "
                                   "minutes, so alerts come a little late."),
                                step));
    layout->addWidget(steps);
    layout->addLayout(buttonRow);
    layout->addStretch(1);
    step->setFocusProxy(m_stripeSettings);
    return step;
}

QWidget* SetupGuide::createOpenAiStep(Settings& settings, SecretStore& secrets, Dialogs& dialogs)
{
    auto* step = new QWidget(this);
    m_keyringBanner = new KeyringBanner(secrets, settings, dialogs, step);
    m_openAiKey = new SecretField(secrets, dialogs, SecretId::OpenAiApiKey, step);

    auto* layout = new QVBoxLayout(step);
    layout->addWidget(heading(tr("Meet Dewey, your notes assistant"), step));
    layout->addWidget(
        paragraph(tr("Dewey remembers small facts you tell it and answers questions about them. "
                     "It uses the OpenAI API with your own key, which you can create at "
                     "platform.openai.com. This step is optional: you can add the key later in "
                     "Settings → Secrets."),
                  step));
    layout->addWidget(m_keyringBanner);
    layout->addWidget(m_openAiKey);
    layout->addStretch(1);
    step->setFocusProxy(m_openAiKey);
    return step;
}

void SetupGuide::updateButtons()
{
    const int step = currentStep();
    const bool last = step == stepCount() - 1;
    m_progress->setText(tr("Step %1 of %2").arg(step + 1).arg(stepCount()));
    m_back->setEnabled(step > 0);
    m_next->setVisible(!last);
    m_finish->setVisible(last);
    m_next->setDefault(!last);
    m_finish->setDefault(last);
}

} // namespace Dewey
