#include "assistant/Conversation.h"

namespace Dewey {

QString storedMessageStatusName(StoredMessage::Status status)
{
    switch (status) {
    case StoredMessage::Status::Sent:
        return QStringLiteral("sent");
    case StoredMessage::Status::Complete:
        return QStringLiteral("complete");
    case StoredMessage::Status::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("sent");
}

bool storedMessageStatusFromName(const QString& name, StoredMessage::Status* status)
{
    for (auto candidate :
         {StoredMessage::Status::Sent, StoredMessage::Status::Complete, StoredMessage::Status::Stopped}) {
        if (storedMessageStatusName(candidate) == name) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Dewey
