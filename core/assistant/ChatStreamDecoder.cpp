#include "assistant/ChatStreamDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace Dewey {

namespace {

qint64 countField(const QJsonObject& object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

ChatStreamDecoder::StreamError serverError(const QJsonValue& value)
{
    ChatStreamDecoder::StreamError error;
    error.kind = ChatStreamDecoder::StreamError::Kind::Server;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        error.message = object.value(QLatin1String("message")).toString();
        error.type = object.value(QLatin1String("type")).toString();
        const QJsonValue code = object.value(QLatin1String("code"));
        error.code = code.isDouble() ? QString::number(code.toInt()) : code.toString();
    } else {
        error.message = value.toString();
    }
    return error;
}

} // namespace

ChatStreamDecoder::Update ChatStreamDecoder::decode(const SseEvent& event)
{
    Update update;
    const QByteArray data = event.data.trimmed();
    if (data == "[DONE]") {
        m_done = true;
        update.done = true;
        return update;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Some servers name an error event and put plain text in it.
        if (event.type == QLatin1String("error")) {
            update.error = serverError(QString::fromUtf8(data));
            return update;
        }
        update.error =
            StreamError{StreamError::Kind::Malformed,
                        QStringLiteral("not a JSON object: %1").arg(QString::fromUtf8(data.left(80))),
                        {},
                        {}};
        return update;
    }
    const QJsonObject root = document.object();

    if (root.contains(QLatin1String("error"))) {
        update.error = serverError(root.value(QLatin1String("error")));
        return update;
    }
    if (event.type == QLatin1String("error")) {
        update.error = serverError(root.value(QLatin1String("message")));
        return update;
    }

    if (m_model.isEmpty())
        m_model = root.value(QLatin1String("model")).toString();

    const QJsonValue usageValue = root.value(QLatin1String("usage"));
    if (usageValue.isObject()) {
        const QJsonObject usageObject = usageValue.toObject();
        TokenUsage usage;
        usage.promptTokens = countField(usageObject, QLatin1String("prompt_tokens"));
        usage.completionTokens = countField(usageObject, QLatin1String("completion_tokens"));
        usage.totalTokens = countField(usageObject, QLatin1String("total_tokens"));
        if (usage.totalTokens < 0 && usage.promptTokens >= 0 && usage.completionTokens >= 0)
            usage.totalTokens = usage.promptTokens + usage.completionTokens;
        m_usage = usage;
        update.usage = usage;
    }

    const QJsonArray choices = root.value(QLatin1String("choices")).toArray();
    for (const QJsonValue& choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        // Dewey asks for one choice; should a server send more, the first is the answer.
        if (choice.value(QLatin1String("index")).toInt(0) != 0)
            continue;
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();

        // A refusal is the model's answer too; reasoning text ("reasoning_content") is not.
        for (QLatin1String key : {QLatin1String("content"), QLatin1String("refusal")}) {
            const QJsonValue text = delta.value(key);
            if (text.isString())
                update.content += text.toString();
        }
        const QJsonArray fragments = delta.value(QLatin1String("tool_calls")).toArray();
        for (const QJsonValue& fragment : fragments)
            applyToolCallFragment(fragment.toObject(), update);

        const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
        if (finish.isString() && !finish.toString().isEmpty()) {
            m_finishReason = finish.toString();
            update.finishReason = m_finishReason;
        }
    }
    m_content += update.content;
    return update;
}

void ChatStreamDecoder::applyToolCallFragment(const QJsonObject& fragment, Update& update)
{
    const QString id = fragment.value(QLatin1String("id")).toString();
    const QJsonObject function = fragment.value(QLatin1String("function")).toObject();

    // OpenAI numbers the calls; some compatible servers leave the index out and send each call whole.
    int index = 0;
    const QJsonValue indexValue = fragment.value(QLatin1String("index"));
    if (indexValue.isDouble()) {
        index = indexValue.toInt();
    } else if (m_toolCalls.isEmpty()) {
        index = 0;
    } else if (!id.isEmpty() && id != m_toolCalls.constLast().call.id) {
        index = m_toolCalls.constLast().index + 1;
    } else {
        index = m_toolCalls.constLast().index;
    }

    auto it = std::find_if(m_toolCalls.begin(), m_toolCalls.end(),
                           [index](const PendingToolCall& pending) { return pending.index == index; });
    if (it == m_toolCalls.end()) {
        m_toolCalls.append(PendingToolCall{index, {}});
        it = std::prev(m_toolCalls.end());
    }
    ToolCall& call = it->call;
    if (call.id.isEmpty())
        call.id = id;
    const QString name = function.value(QLatin1String("name")).toString();
    if (call.name.isEmpty())
        call.name = name;
    const QJsonValue arguments = function.value(QLatin1String("arguments"));
    if (arguments.isString()) {
        call.arguments += arguments.toString();
    } else if (arguments.isObject()) {
        // Ollama has been seen sending the arguments as an object rather than as JSON text.
        call.arguments +=
            QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
    }
    update.toolCallsChanged = true;
}

QList<ToolCall> ChatStreamDecoder::toolCalls() const
{
    QList<PendingToolCall> sorted = m_toolCalls;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PendingToolCall& a, const PendingToolCall& b) { return a.index < b.index; });
    QList<ToolCall> calls;
    calls.reserve(sorted.size());
    for (const PendingToolCall& pending : sorted) {
        ToolCall call = pending.call;
        // Tool results are matched to calls by id, so a server that sends none still needs one.
        if (call.id.isEmpty())
            call.id = QStringLiteral("call_%1").arg(pending.index);
        calls.append(call);
    }
    return calls;
}

} // namespace Dewey
