#include "platform/Autostart.h"

#include "platform/LaunchAgentAutostart.h"
#include "platform/RunKeyAutostart.h"
#include "platform/XdgAutostart.h"

namespace Dewey {

std::unique_ptr<Autostart> createNativeAutostart(const AutostartEntry& entry)
{
#if defined(Q_OS_WIN)
    return std::make_unique<RunKeyAutostart>(entry, RunKeyAutostart::nativeKey());
#elif defined(Q_OS_MACOS)
    return std::make_unique<LaunchAgentAutostart>(entry, LaunchAgentAutostart::defaultDirectory());
#else
    return std::make_unique<XdgAutostart>(entry, XdgAutostart::defaultDirectory());
#endif
}

} // namespace Dewey
