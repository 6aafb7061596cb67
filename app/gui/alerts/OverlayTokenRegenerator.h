#pragma once

#include <QCoreApplication>

class QWidget;

namespace Dewey {

class Dialogs;
class Settings;

// "Regenerate the overlay URL", from the Alerts area or Settings → Servers: the old URL stops working
// in OBS at once, so the streamer confirms first.
class OverlayTokenRegenerator
{
    Q_DECLARE_TR_FUNCTIONS(OverlayTokenRegenerator)

public:
    // True when the streamer confirmed and a new token is stored.
    static bool confirmAndRegenerate(QWidget* parent, Dialogs& dialogs, Settings& settings);
};

} // namespace Dewey
