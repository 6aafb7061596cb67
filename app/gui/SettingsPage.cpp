#include "SettingsPage.h"

#include "AppearanceSection.h"
#include "AssistantSection.h"
#include "GeneralSection.h"
#include "SecretField.h"
#include "SecretsSection.h"
#include "ServersSection.h"
#include "StripeSection.h"

#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Dewey {

SettingsPage::SettingsPage(Settings& settings, SecretStore& secrets, Dialogs& dialogs, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    setAccessibleName(tr("Settings"));

    auto* content = new QWidget;
    m_appearance = new AppearanceSection(settings, content);
    m_servers = new ServersSection(settings, dialogs, content);
    m_secrets = new SecretsSection(secrets, settings, dialogs, content);

    m_column = new QVBoxLayout(content);
    m_column->addWidget(m_appearance);
    m_column->addWidget(m_servers);
    m_column->addWidget(m_secrets);
    m_column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    // The scroll area is a Tab stop (arrow keys scroll it): screen readers need a name for it.
    scroll->setAccessibleName(tr("Settings sections"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void SettingsPage::addStripeSection(StripeSection* section)
{
    m_stripe = section;
    m_column->insertWidget(m_column->indexOf(m_secrets) + 1, section);
}

void SettingsPage::addGeneralSection(GeneralSection* section)
{
    m_general = section;
    m_column->insertWidget(0, section);
}

void SettingsPage::addAssistantSection(AssistantSection* section)
{
    m_assistant = section;
    m_column->insertWidget(m_column->indexOf(m_secrets), section);
    connect(section, &AssistantSection::apiKeyRequested, this, [this] {
        if (SecretField* field = m_secrets->field(SecretId::OpenAiApiKey))
            field->edit()->setFocus(Qt::OtherFocusReason);
    });
}

} // namespace Dewey
