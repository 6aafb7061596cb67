#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Dewey {

// One function call the model asked for. `arguments` is the JSON text exactly as the model wrote
// it: it may be invalid, and the tool that runs it says so instead of guessing.
struct ToolCall
{
    QString id;
    QString name;
    QString arguments;

    friend bool operator==(const ToolCall&, const ToolCall&) = default;
};

// Token counts the server reports for one request (stream_options.include_usage). -1: not reported,
// as local servers often do not.
struct TokenUsage
{
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 totalTokens = -1;

    bool isValid() const { return totalTokens >= 0 || promptTokens >= 0 || completionTokens >= 0; }
    // Adds another request's counts (one answer may take several requests when tools run).
    TokenUsage& operator+=(const TokenUsage& other);

    friend bool operator==(const TokenUsage&, const TokenUsage&) = default;
};

// One message of the Chat Completions conversation.
struct ChatMessage
{
    enum class Role
    {
        System,
        User,
        Assistant,
        Tool,
    };

    Role role = Role::User;
    QString content;
    QList<ToolCall> toolCalls; // assistant messages that call tools
    QString toolCallId;        // tool messages: the call they answer

    static ChatMessage system(const QString& text) { return {Role::System, text, {}, {}}; }
    static ChatMessage user(const QString& text) { return {Role::User, text, {}, {}}; }
    static ChatMessage assistant(const QString& text, const QList<ToolCall>& calls = {})
    {
        return {Role::Assistant, text, calls, {}};
    }
    static ChatMessage toolResult(const QString& callId, const QString& text)
    {
        return {Role::Tool, text, {}, callId};
    }

    QJsonObject toJson() const;

    friend bool operator==(const ChatMessage&, const ChatMessage&) = default;
};

QString chatRoleName(ChatMessage::Role role);
bool chatRoleFromName(const QString& name, ChatMessage::Role* role);

// A function the model may call: its name, what it is for (the model reads this), and a JSON
// Schema of its arguments.
struct ToolDefinition
{
    QString name;
    QString description;
    QJsonObject parameters;

    QJsonObject toJson() const;
};

// Everything one Chat Completions request needs besides the connection.
struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    QList<ToolDefinition> tools;
    double temperature = -1; // < 0: leave it to the server (some models accept only the default)

    QJsonObject toJson() const; // with stream: true and stream_options.include_usage
};

// What one streamed request produced once it finished.
struct ChatResult
{
    QString content;
    QList<ToolCall> toolCalls;
    QString finishReason; // "stop", "tool_calls", "length", "content_filter"; may be empty on local servers
    TokenUsage usage;
    QString model; // as the server named it ("gpt-4.1-mini-2025-04-14")
};

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::ChatResult)
Q_DECLARE_METATYPE(Dewey::TokenUsage)
Q_DECLARE_METATYPE(Dewey::ToolCall)
