#include "MessageBoxDialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Dewey {

bool MessageBoxDialogs::confirm(QWidget* parent, const Confirmation& confirmation)
{
    QMessageBox box(QMessageBox::Question, confirmation.title, confirmation.text, QMessageBox::NoButton,
                    parent);
    QPushButton* confirmButton = box.addButton(confirmation.confirmLabel, QMessageBox::AcceptRole);
    QPushButton* cancelButton = box.addButton(QMessageBox::Cancel);
    // Every confirmation guards something that cannot be undone: Enter must not do it by accident.
    box.setDefaultButton(cancelButton);
    box.setEscapeButton(cancelButton);
    box.exec();
    return box.clickedButton() == confirmButton;
}

void MessageBoxDialogs::inform(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void MessageBoxDialogs::about(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::about(parent, title, text);
}

QString MessageBoxDialogs::openFileName(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString MessageBoxDialogs::saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                        const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

} // namespace Dewey
