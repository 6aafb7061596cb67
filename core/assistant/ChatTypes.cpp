#include "assistant/ChatTypes.h"

#include <QJsonArray>

namespace Dewey {

TokenUsage& TokenUsage::operator+=(const TokenUsage& other)
{
    const auto add = [](qint64& into, qint64 value) {
        if (value < 0)
            return;
        into = into < 0 ? value : into + value;
    };
    add(promptTokens, other.promptTokens);
    add(completionTokens, other.completionTokens);
    add(totalTokens, other.totalTokens);
    return *this;
}

QString chatRoleName(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System:
        return QStringLiteral("system");
    case ChatMessage::Role::User:
        return QStringLiteral("user");
    case ChatMessage::Role::Assistant:
        return QStringLiteral("assistant");
    case ChatMessage::Role::Tool:
        return QStringLiteral("tool");
    }
    return QStringLiteral("user");
}

bool chatRoleFromName(const QString& name, ChatMessage::Role* role)
{
    for (auto candidate : {ChatMessage::Role::System, ChatMessage::Role::User, ChatMessage::Role::Assistant,
                           ChatMessage::Role::Tool}) {
        if (chatRoleName(candidate) == name) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject ChatMessage::toJson() const
{
    QJsonObject object{{QStringLiteral("role"), chatRoleName(role)}};
    if (role == Role::Assistant && !toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall& call : toolCalls) {
            calls.append(QJsonObject{
                {QStringLiteral("id"), call.id},
                {QStringLiteral("type"), QStringLiteral("function")},
                {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), call.name},
                                                         {QStringLiteral("arguments"), call.arguments}}},
            });
        }
        object.insert(QStringLiteral("tool_calls"), calls);
        // The API wants null rather than "" next to tool calls.
        object.insert(QStringLiteral("content"), content.isEmpty() ? QJsonValue() : QJsonValue(content));
    } else {
        object.insert(QStringLiteral("content"), content);
    }
    if (role == Role::Tool)
        object.insert(QStringLiteral("tool_call_id"), toolCallId);
    return object;
}

QJsonObject ToolDefinition::toJson() const
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("function")},
        {QStringLiteral("function"),
         QJsonObject{
             {QStringLiteral("name"), name},
             {QStringLiteral("description"), description},
             {QStringLiteral("parameters"), parameters},
         }},
    };
}

QJsonObject ChatRequest::toJson() const
{
    QJsonArray messageArray;
    for (const ChatMessage& message : messages)
        messageArray.append(message.toJson());
    QJsonObject body{
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"), messageArray},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
    };
    if (!tools.isEmpty()) {
        QJsonArray toolArray;
        for (const ToolDefinition& tool : tools)
            toolArray.append(tool.toJson());
        body.insert(QStringLiteral("tools"), toolArray);
    }
    if (temperature >= 0)
        body.insert(QStringLiteral("temperature"), temperature);
    return body;
}

} // namespace Dewey
