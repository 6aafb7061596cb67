#include "DeweyPage.h"

#include "secrets/SecretStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Dewey {

DeweyPage::DeweyPage(SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_stack(new QStackedWidget(this))
    , m_conversation(new QTextBrowser(this))
    , m_emptyKeyState(new QLabel(this))
    , m_openSettings(new QPushButton(tr("Open Settings"), this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setObjectName(QStringLiteral("deweyPage"));
    setAccessibleName(tr("Dewey"));

    m_conversation->setObjectName(QStringLiteral("conversation"));
    m_conversation->setAccessibleName(tr("Conversation with Dewey"));
    m_conversation->setOpenExternalLinks(false);

    auto* emptyState = new QWidget(this);
    auto* title = new QLabel(tr("Dewey, your notes assistant"), emptyState);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* pitch =
        new QLabel(tr("Tell Dewey small facts as they come up — a friend's unit number, the Airbnb "
                      "lock code, a sponsor's discount code — and later ask for them in plain words. "
                      "Dewey answers from your notes, shows which ones, and says so when it does not "
                      "know."),
                   emptyState);
    pitch->setWordWrap(true);
    m_emptyKeyState->setObjectName(QStringLiteral("deweyEmptyState"));
    m_emptyKeyState->setWordWrap(true);
    m_emptyKeyState->setTextFormat(Qt::PlainText);
    m_openSettings->setAccessibleName(tr("Open Settings to enter the OpenAI API key"));
    for (QLabel* label : {title, pitch, m_emptyKeyState})
        label->setAlignment(Qt::AlignHCenter);

    auto* emptyLayout = new QVBoxLayout(emptyState);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(title);
    emptyLayout->addWidget(pitch);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(m_emptyKeyState);
    emptyLayout->addWidget(m_openSettings, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    emptyLayout->setContentsMargins(48, 24, 48, 24);

    m_stack->addWidget(emptyState);
    m_stack->addWidget(m_conversation);

    m_input->setObjectName(QStringLiteral("deweyInput"));
    m_input->setAccessibleName(tr("Message to Dewey"));
    m_input->setPlaceholderText(tr("Chatting with Dewey arrives together with notes in an upcoming version"));
    m_input->setEnabled(false);
    m_send->setEnabled(false);
    m_send->setAccessibleName(tr("Send message"));

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(inputRow);

    connect(m_openSettings, &QPushButton::clicked, this, &DeweyPage::settingsRequested);
    connect(&m_secrets, &SecretStore::loaded, this, &DeweyPage::updateEmptyState);
    connect(&m_secrets, &SecretStore::valueChanged, this, [this](SecretId id) {
        if (id == SecretId::OpenAiApiKey)
            updateEmptyState();
    });
    updateEmptyState();
}

QString DeweyPage::emptyStateText() const
{
    return m_emptyKeyState->text();
}

void DeweyPage::updateEmptyState()
{
    const bool hasKey = m_secrets.hasValue(SecretId::OpenAiApiKey);
    m_emptyKeyState->setText(
        hasKey ? tr("Your OpenAI API key is set. Dewey starts answering when notes arrive in an upcoming "
                    "version.")
               : tr("Dewey needs an OpenAI API key to answer (or a server that speaks the OpenAI API). "
                    "Add it in Settings → Secrets. Notes and chatting arrive in an upcoming version."));
    m_openSettings->setVisible(!hasKey);
}

} // namespace Dewey
