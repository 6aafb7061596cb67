#include "SettingsPage.h"

#include "AppearanceSection.h"
#include "SecretsSection.h"
#include "ServersSection.h"

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

    auto* column = new QVBoxLayout(content);
    column->addWidget(m_appearance);
    column->addWidget(m_servers);
    column->addWidget(m_secrets);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

} // namespace Dewey
