#pragma once

#include "assistant/ChatTypes.h"
#include "assistant/SseParser.h"

#include <QList>
#include <QString>

#include <optional>

namespace Dewey {

// Turns the events of a streamed Chat Completion into what the assistant needs: text to append,
// tool calls assembled from their fragments, why the model stopped, the usage chunk, and errors the
// server reported in the middle of the stream. Pure: no I/O, one instance per response.
class ChatStreamDecoder
{
public:
    // An error object in the stream ({"error": {...}}) or data that is not a chat chunk at all.
    struct StreamError
    {
        enum class Kind
        {
            Server,    // the server reported an error mid-stream
            Malformed, // the stream is not Chat Completions JSON
        };
        Kind kind = Kind::Server;
        QString message;
        QString type;
        QString code;
    };

    // What one event changed.
    struct Update
    {
        QString content;                 // text to append to the answer (may be empty)
        bool toolCallsChanged = false;   // a tool call appeared or its arguments grew
        QString finishReason;            // set by the chunk that carries it ("stop", "tool_calls", …)
        std::optional<TokenUsage> usage; // the usage chunk
        std::optional<StreamError> error;
        bool done = false; // "data: [DONE]"
    };

    Update decode(const SseEvent& event);

    // The answer text so far.
    const QString& content() const { return m_content; }
    // Tool calls in index order; arguments may still be incomplete until the stream finished.
    QList<ToolCall> toolCalls() const;
    const QString& finishReason() const { return m_finishReason; }
    const std::optional<TokenUsage>& usage() const { return m_usage; }
    const QString& model() const { return m_model; }
    bool sawDone() const { return m_done; }
    // The model's turn ended (a finish reason or [DONE]); a stream cut before this lost part of it.
    bool isComplete() const { return m_done || !m_finishReason.isEmpty(); }

private:
    void applyToolCallFragment(const QJsonObject& fragment, Update& update);

    struct PendingToolCall
    {
        int index = 0;
        ToolCall call;
    };

    QString m_content;
    QList<PendingToolCall> m_toolCalls;
    QString m_finishReason;
    std::optional<TokenUsage> m_usage;
    QString m_model;
    bool m_done = false;
};

} // namespace Dewey
