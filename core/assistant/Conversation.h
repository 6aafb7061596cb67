#pragma once

#include "assistant/ChatTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Dewey {

// One chat with Dewey, as listed in the sidebar. Times are UTC.
struct Conversation
{
    qint64 id = 0;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt; // the last message, or the last rename
    int messageCount = 0;

    bool isValid() const { return id > 0; }
};

// A message as stored: what the streamer typed, or Dewey's answer with what it cost and cited.
struct StoredMessage
{
    enum class Status
    {
        Sent,     // a user message; saved before anything is sent to the server
        Complete, // a whole answer
        Stopped,  // the streamer pressed Stop: the part that had arrived
    };

    qint64 id = 0;
    qint64 conversationId = 0;
    ChatMessage::Role role = ChatMessage::Role::User; // User or Assistant
    QString content;
    Status status = Status::Sent;
    QList<qint64> citedNoteIds; // answers: the notes cited, existing ones only
    QStringList toolsUsed;      // answers: the tools that ran ("remember", "search_notes")
    QString model;
    TokenUsage usage;
    QDateTime createdAt;

    bool isValid() const { return id > 0; }
};

QString storedMessageStatusName(StoredMessage::Status status);
bool storedMessageStatusFromName(const QString& name, StoredMessage::Status* status);

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::Conversation)
Q_DECLARE_METATYPE(Dewey::StoredMessage)
