#pragma once

#include "platform/Autostart.h"

#include <QCoreApplication>

namespace Dewey {

// macOS: ~/Library/LaunchAgents/<id>.plist with RunAtLoad, which launchd starts at login. (SMAppService
// needs a signed app bundle; a LaunchAgent works for every build.)
class LaunchAgentAutostart : public Autostart
{
    Q_DECLARE_TR_FUNCTIONS(LaunchAgentAutostart)

public:
    LaunchAgentAutostart(AutostartEntry entry, QString directory);

    // ~/Library/LaunchAgents
    static QString defaultDirectory();

    bool isEnabled() const override;
    bool setEnabled(bool enabled, QString* error = nullptr) override;
    QString location() const override;

private:
    QByteArray plist() const;

    AutostartEntry m_entry;
    QString m_directory;
};

} // namespace Dewey
