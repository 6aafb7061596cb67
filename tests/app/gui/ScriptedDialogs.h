#pragma once

#include "Dialogs.h"

#include <QList>
#include <QString>
#include <QStringList>

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
    // The path the next file dialog returns; an unscripted one is cancelled (empty).
    void answerNextFile(const QString& path) { m_files.append(path); }

    bool confirm(QWidget* parent, const Confirmation& confirmation) override;
    void inform(QWidget* parent, const QString& title, const QString& text) override;
    void about(QWidget* parent, const QString& title, const QString& text) override;
    QString openFileName(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                         const QString& filter) override;

    QList<Confirmation> confirmations;
    QList<Message> informations;
    QList<Message> abouts;
    QStringList fileTitles; // every file dialog asked for, in order

private:
    QList<bool> m_answers;
    QStringList m_files;
};

} // namespace DeweyTest
