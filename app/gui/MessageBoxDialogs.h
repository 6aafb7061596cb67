#pragma once

#include "Dialogs.h"

namespace Dewey {

// The real Dialogs: modal QMessageBoxes.
class MessageBoxDialogs final : public Dialogs
{
public:
    bool confirm(QWidget* parent, const Confirmation& confirmation) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;
};

} // namespace Dewey
