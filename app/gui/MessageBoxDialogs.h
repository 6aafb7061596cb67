#pragma once

#include "Dialogs.h"

namespace Dewey {

// The real Dialogs: modal QMessageBoxes and the system's file dialogs.
class MessageBoxDialogs final : public Dialogs
{
public:
    bool confirm(QWidget* parent, const Confirmation& confirmation) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                         const QString& filter) override;
};

} // namespace Dewey
