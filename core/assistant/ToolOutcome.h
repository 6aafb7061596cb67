#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Dewey {

// What running one tool gave: the JSON text returned to the model, and what the UI shows about it.
struct ToolOutcome
{
    QString content;       // JSON for the model; {"error": …} when the call could not be carried out
    QString activity;      // for the streamer, translated: "Saved note 12", "Searched notes for “wifi”"
    QList<qint64> noteIds; // notes found or changed: valid citation targets for the answer
    bool succeeded = true;
    bool changedNotes = false;
};

// The assistant wants to do something that needs the streamer's yes (deleting a note). The UI shows
// `question` with the note and answers through ChatSession::answerConfirmation(id, …).
struct ConfirmationRequest
{
    quint64 id = 0;
    QString toolName;
    qint64 noteId = 0;
    QString noteText;
    QString question; // translated
};

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::ToolOutcome)
Q_DECLARE_METATYPE(Dewey::ConfirmationRequest)
