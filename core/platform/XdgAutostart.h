#pragma once

#include "platform/Autostart.h"

#include <QCoreApplication>

namespace Dewey {

// Linux and other freedesktop systems: <autostart dir>/<id>.desktop, which the session starts at
// login (XDG Autostart specification). The directory is normally $XDG_CONFIG_HOME/autostart.
class XdgAutostart : public Autostart
{
    Q_DECLARE_TR_FUNCTIONS(XdgAutostart)

public:
    XdgAutostart(AutostartEntry entry, QString directory);

    // $XDG_CONFIG_HOME/autostart (~/.config/autostart when unset).
    static QString defaultDirectory();
    // The Exec= value for a command line: each argument quoted where the Desktop Entry
    // specification requires it, then escaped as a desktop-file string.
    static QString execLine(const QString& program, const QStringList& arguments);

    bool isEnabled() const override;
    bool setEnabled(bool enabled, QString* error = nullptr) override;
    QString location() const override;

private:
    QString fileContents() const;

    AutostartEntry m_entry;
    QString m_directory;
};

} // namespace Dewey
