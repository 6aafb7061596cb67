#include "GeneralSection.h"

#include "Dialogs.h"
#include "platform/Autostart.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Dewey {

GeneralSection::GeneralSection(Settings& settings, Autostart& autostart, Dialogs& dialogs, QWidget* parent)
    : QGroupBox(tr("General"), parent)
    , m_settings(settings)
    , m_autostart(autostart)
    , m_dialogs(dialogs)
    , m_startWithSystem(new QCheckBox(tr("Start Dewey when I &log in"), this))
    , m_startMinimized(new QCheckBox(tr("Start in the &tray, without the window"), this))
    , m_saleNotifications(new QCheckBox(tr("Notify me of &sales while the window is hidden"), this))
{
    setObjectName(QStringLiteral("generalSection"));
    m_startWithSystem->setObjectName(QStringLiteral("startWithSystemCheck"));
    m_startWithSystem->setAccessibleName(tr("Start Dewey when I log in"));
    m_startMinimized->setObjectName(QStringLiteral("startMinimizedCheck"));
    m_startMinimized->setAccessibleName(tr("Start in the tray"));
    m_saleNotifications->setObjectName(QStringLiteral("saleNotificationsCheck"));
    m_saleNotifications->setAccessibleName(tr("Sale notifications"));
    // Why it is off by default, where the streamer decides.
    m_saleNotifications->setToolTip(tr("Desktop notifications can show up in a screen capture."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_startWithSystem);
    layout->addWidget(m_startMinimized);
    layout->addWidget(m_saleNotifications);

    load();
    connect(m_startWithSystem, &QCheckBox::toggled, this, &GeneralSection::setStartWithSystem);
    connect(m_startMinimized, &QCheckBox::toggled, this,
            [this](bool checked) { m_settings.setStartMinimized(checked); });
    connect(m_saleNotifications, &QCheckBox::toggled, this,
            [this](bool checked) { m_settings.setSaleNotifications(checked); });
    connect(&m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == SettingsKey::StartMinimized || key == SettingsKey::SaleNotifications)
            load();
    });
}

void GeneralSection::load()
{
    const QSignalBlocker startBlocker(m_startWithSystem);
    const QSignalBlocker minimizedBlocker(m_startMinimized);
    const QSignalBlocker notificationsBlocker(m_saleNotifications);
    m_startWithSystem->setChecked(m_autostart.isEnabled());
    m_startMinimized->setChecked(m_settings.startMinimized());
    m_saleNotifications->setChecked(m_settings.saleNotifications());
}

void GeneralSection::setStartWithSystem(bool enabled)
{
    QString error;
    if (!m_autostart.setEnabled(enabled, &error))
        m_dialogs.inform(this, tr("Start at login"), error);
    // Show what will really happen at the next login, also when the change failed.
    load();
}

} // namespace Dewey
