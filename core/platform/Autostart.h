#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Dewey {

// What the system starts at login: an id that names the entry (file name, registry value, launchd
// label), a display name, and the command line.
struct AutostartEntry
{
    QString id;
    QString name;
    QString program;
    QStringList arguments;
    QString iconName; // a freedesktop icon name; only the XDG entry uses it
};

// "Start Dewey when I log in": the entry lives where the system looks for it (an XDG autostart file,
// the Windows Run key, a macOS LaunchAgent), never in settings.ini, so the answer to isEnabled() is
// what will really happen at the next login even when the streamer changed it elsewhere.
class Autostart
{
public:
    virtual ~Autostart() = default;

    virtual bool isEnabled() const = 0;
    // Writes or removes the entry; false with the reason when the system refused.
    virtual bool setEnabled(bool enabled, QString* error = nullptr) = 0;
    // Where the entry lives, for the streamer to look at (a file path or a registry key).
    virtual QString location() const = 0;
};

// The implementation for the platform Dewey runs on, at the system's standard location.
std::unique_ptr<Autostart> createNativeAutostart(const AutostartEntry& entry);

} // namespace Dewey
