#pragma once

#include "assistant/ChatTypes.h"
#include "assistant/Conversation.h"
#include "notes/Note.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Dewey {

// Assembles what is sent to the model for one question: the system prompt with Dewey's grounding
// rules, the current date and the notes the app retrieved itself (so models without tool support
// can still answer), then the recent conversation, then the new message. Pure, so the rules and the
// note layout are checked in tests.
class PromptBuilder
{
public:
    struct Input
    {
        QDateTime now;                // local time of the streamer, with its offset
        QList<Note> notes;            // retrieved for this message, most relevant first
        QList<StoredMessage> history; // earlier messages of the conversation, oldest first
        QString message;              // what the streamer just typed
        bool toolsAvailable = true;
        bool salesToolsAvailable = true;
    };

    // Older messages beyond these limits are left out, newest kept.
    static constexpr int kMaxHistoryMessages = 12;
    static constexpr qsizetype kMaxHistoryChars = 12000;
    // A note longer than this is cut in the prompt (the full text stays in the notes).
    static constexpr qsizetype kMaxNoteChars = 2000;

    static QList<ChatMessage> build(const Input& input);
    static QString systemPrompt(const Input& input);
    // "[note:12] (saved 2025-05-30, edited 2025-06-01) Airbnb lock code is 4471", dates in the given
    // offset from UTC.
    static QString noteLine(const Note& note, int utcOffsetSeconds);
    // "Tuesday, 3 June 2025, 14:05 (UTC+02:00)"
    static QString dateLine(const QDateTime& now);
};

} // namespace Dewey
