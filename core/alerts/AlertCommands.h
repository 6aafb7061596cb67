#pragma once

#include "stripe/Sale.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Dewey {

class AlertQueue;
class ControlServer;

// The alert commands of the control channel (dewey-cli alerts test|pause|resume|skip|clear|status|
// replay): each maps to one AlertQueue call and answers in words for the terminal, with the numbers
// in `data` for scripts.
class AlertCommands
{
    Q_DECLARE_TR_FUNCTIONS(AlertCommands)

public:
    using SaleLookup = std::function<std::optional<Sale>(const QString& eventId)>;

    // findSale may be empty (no ledger): replay then answers that it is unavailable.
    static void addTo(ControlServer& control, AlertQueue& queue, SaleLookup findSale);
};

} // namespace Dewey
