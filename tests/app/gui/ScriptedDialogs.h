#pragma once

#include "Dialogs.h"

#include <QList>
#include <QString>

namespace DeweyTest {

// Dialogs that answer from a script and remember what was asked, so GUI tests never open a modal
// box. An unscripted confirmation is answered "cancel", the safe choice.
class ScriptedDialogs final : public Dewey::Dialogs
{
public:
    struct Message
    {
        QString title;
        QString text;
    };

    void answerNextConfirmation(bool confirm) { m_answers.append(confirm); }

    bool confirm(QWidget* parent, const Confirmation& confirmation) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;

    QList<Confirmation> confirmations;
    QList<Message> informations;
    QList<Message> abouts;

private:
    QList<bool> m_answers;
};

} // namespace DeweyTest
