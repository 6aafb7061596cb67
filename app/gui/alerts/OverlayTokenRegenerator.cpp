#include "alerts/OverlayTokenRegenerator.h"

#include "Dialogs.h"
#include "settings/Settings.h"

namespace Dewey {

bool OverlayTokenRegenerator::confirmAndRegenerate(QWidget* parent, Dialogs& dialogs, Settings& settings)
{
    const bool confirmed = dialogs.confirm(
        parent, {tr("Regenerate the overlay URL?"),
                 tr("The current overlay URL stops working at once: OBS shows no alerts until "
                    "you paste the new URL into its Browser Source."),
                 tr("Regenerate")});
    if (!confirmed)
        return false;
    settings.regenerateOverlayToken();
    return true;
}

} // namespace Dewey
