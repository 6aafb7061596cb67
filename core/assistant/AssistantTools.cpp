#include "assistant/AssistantTools.h"

#include "common/Clock.h"
#include "log/LogCategories.h"
#include "notes/NoteRetriever.h"
#include "notes/NotesRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPointer>

namespace Dewey {

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ToolOutcome failure(const QString& message)
{
    ToolOutcome outcome;
    outcome.succeeded = false;
    outcome.content = json(QJsonObject{{QStringLiteral("error"), message}});
    outcome.activity = message;
    return outcome;
}

QJsonObject noteJson(const Note& note)
{
    QJsonObject object{{QStringLiteral("id"), note.id},
                       {QStringLiteral("text"), note.text},
                       {QStringLiteral("saved"), note.createdAt.toLocalTime().toString(Qt::ISODate)}};
    if (note.updatedAt > note.createdAt)
        object.insert(QStringLiteral("edited"), note.updatedAt.toLocalTime().toString(Qt::ISODate));
    return object;
}

// Models send ids as numbers, sometimes as strings ("12"), sometimes as "note:12".
qint64 noteIdArgument(const QJsonObject& arguments)
{
    const QJsonValue value = arguments.value(QLatin1String("id"));
    if (value.isDouble())
        return qint64(value.toDouble());
    QString text = value.toString().trimmed();
    if (text.startsWith(QLatin1String("note:"), Qt::CaseInsensitive))
        text = text.mid(5).trimmed();
    return text.toLongLong();
}

QJsonObject object(QLatin1String type, const QString& description)
{
    return QJsonObject{{QStringLiteral("type"), QString(type)}, {QStringLiteral("description"), description}};
}

QJsonObject parameters(const QJsonObject& properties, const QStringList& required)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("required"), QJsonArray::fromStringList(required)},
                       {QStringLiteral("additionalProperties"), false}};
}

} // namespace

AssistantTools::AssistantTools(NotesRepository& notes, NoteRetriever& retriever, SalesLedger* ledger,
                               const IClock& clock)
    : m_notes(notes)
    , m_retriever(retriever)
{
    if (ledger)
        m_sales.emplace(*ledger, clock);
}

QList<ToolDefinition> AssistantTools::definitions() const
{
    QList<ToolDefinition> tools{
        {QStringLiteral("remember"),
         QStringLiteral("Save a new note: a fact the streamer wants Dewey to keep. One short, self-contained "
                        "sentence in the streamer's words."),
         parameters(QJsonObject{{QStringLiteral("text"),
                                 object(QLatin1String("string"), QStringLiteral("The fact."))}},
                    {QStringLiteral("text")})},
        {QStringLiteral("search_notes"),
         QStringLiteral(
             "Search the streamer's notes by words and meaning. Returns matching notes with their ids "
             "and dates, best match first."),
         parameters(QJsonObject{{QStringLiteral("query"),
                                 object(QLatin1String("string"), QStringLiteral("What to look for."))},
                                {QStringLiteral("limit"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                             {QStringLiteral("minimum"), 1},
                                             {QStringLiteral("maximum"), kMaxSearchLimit}}}},
                    {QStringLiteral("query")})},
        {QStringLiteral("update_note"),
         QStringLiteral("Replace the text of an existing note, for example to correct it."),
         parameters(
             QJsonObject{
                 {QStringLiteral("id"), object(QLatin1String("integer"), QStringLiteral("The note id."))},
                 {QStringLiteral("text"),
                  object(QLatin1String("string"), QStringLiteral("The new text of the note."))}},
             {QStringLiteral("id"), QStringLiteral("text")})},
        {QStringLiteral("forget"),
         QStringLiteral("Delete a note. The streamer is asked to confirm first; the result says whether the "
                        "note was deleted or kept."),
         parameters(QJsonObject{{QStringLiteral("id"),
                                 object(QLatin1String("integer"), QStringLiteral("The note id."))}},
                    {QStringLiteral("id")})},
    };
    if (m_sales)
        tools += SalesTools::definitions();
    return tools;
}

std::optional<ConfirmationRequest> AssistantTools::confirmationFor(const ToolCall& call) const
{
    if (call.name != QLatin1String("forget"))
        return std::nullopt;
    const qint64 id = noteIdArgument(QJsonDocument::fromJson(call.arguments.toUtf8()).object());
    const std::optional<Note> note = id > 0 ? m_notes.note(id) : std::nullopt;
    if (!note)
        return std::nullopt; // nothing to delete: execute() tells the model so
    ConfirmationRequest request;
    request.toolName = call.name;
    request.noteId = note->id;
    request.noteText = note->text;
    request.question = tr("Dewey wants to delete this note. Delete it?");
    return request;
}

void AssistantTools::execute(const ToolCall& call, bool confirmed, QObject* context,
                             std::function<void(ToolOutcome)> done)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        call.arguments.trimmed().isEmpty() ? QByteArray("{}") : call.arguments.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcAssistant) << "tool" << call.name << "called with invalid arguments";
        done(failure(tr("The arguments of %1 are not a JSON object.").arg(call.name)));
        return;
    }
    const QJsonObject arguments = document.object();
    qCDebug(lcAssistant) << "running tool" << call.name;

    if (call.name == QLatin1String("remember"))
        done(remember(arguments));
    else if (call.name == QLatin1String("update_note"))
        done(updateNote(arguments));
    else if (call.name == QLatin1String("forget"))
        done(forget(arguments, confirmed));
    else if (call.name == QLatin1String("search_notes"))
        searchNotes(arguments, context, std::move(done));
    else if (m_sales && call.name == QLatin1String("sales_summary"))
        done(m_sales->salesSummary(arguments));
    else if (m_sales && call.name == QLatin1String("recent_sales"))
        done(m_sales->recentSales(arguments));
    else
        done(failure(tr("There is no tool called \"%1\".").arg(call.name)));
}

ToolOutcome AssistantTools::remember(const QJsonObject& arguments)
{
    const QString text = arguments.value(QLatin1String("text")).toString().trimmed();
    if (text.isEmpty())
        return failure(tr("remember needs the text of the note."));
    QString error;
    const std::optional<Note> note = m_notes.add(text, &error);
    if (!note)
        return failure(tr("The note could not be saved: %1").arg(error));
    ToolOutcome outcome;
    outcome.content =
        json(QJsonObject{{QStringLiteral("saved"), true}, {QStringLiteral("note"), noteJson(*note)}});
    outcome.activity = tr("Saved note %1").arg(note->id);
    outcome.noteIds = {note->id};
    outcome.changedNotes = true;
    return outcome;
}

ToolOutcome AssistantTools::updateNote(const QJsonObject& arguments)
{
    const qint64 id = noteIdArgument(arguments);
    const QString text = arguments.value(QLatin1String("text")).toString().trimmed();
    if (id <= 0 || text.isEmpty())
        return failure(tr("update_note needs the id of a note and its new text."));
    const std::optional<Note> before = m_notes.note(id);
    if (!before)
        return failure(tr("There is no note %1.").arg(id));
    QString error;
    if (!m_notes.edit(id, text, &error))
        return failure(tr("Note %1 could not be changed: %2").arg(id).arg(error));
    const std::optional<Note> after = m_notes.note(id);
    ToolOutcome outcome;
    outcome.content = json(QJsonObject{{QStringLiteral("updated"), true},
                                       {QStringLiteral("previous_text"), before->text},
                                       {QStringLiteral("note"), noteJson(after.value_or(*before))}});
    outcome.activity = tr("Changed note %1").arg(id);
    outcome.noteIds = {id};
    outcome.changedNotes = true;
    return outcome;
}

ToolOutcome AssistantTools::forget(const QJsonObject& arguments, bool confirmed)
{
    const qint64 id = noteIdArgument(arguments);
    if (id <= 0)
        return failure(tr("forget needs the id of a note."));
    if (!m_notes.note(id))
        return failure(tr("There is no note %1.").arg(id));
    ToolOutcome outcome;
    if (!confirmed) {
        outcome.content = json(
            QJsonObject{{QStringLiteral("deleted"), false},
                        {QStringLiteral("reason"), QStringLiteral("The streamer chose to keep the note.")}});
        outcome.activity = tr("Kept note %1").arg(id);
        return outcome;
    }
    QString error;
    if (!m_notes.remove(id, &error))
        return failure(tr("Note %1 could not be deleted: %2").arg(id).arg(error));
    outcome.content = json(QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}});
    outcome.activity = tr("Deleted note %1").arg(id);
    outcome.changedNotes = true;
    return outcome;
}

void AssistantTools::searchNotes(const QJsonObject& arguments, QObject* context,
                                 std::function<void(ToolOutcome)> done)
{
    const QString query = arguments.value(QLatin1String("query")).toString().trimmed();
    if (query.isEmpty()) {
        done(failure(tr("search_notes needs a query.")));
        return;
    }
    const int limit =
        std::clamp(arguments.value(QLatin1String("limit")).toInt(kDefaultSearchLimit), 1, kMaxSearchLimit);
    m_retriever.retrieve(query, limit, context, [query, done = std::move(done)](const Retrieval& retrieval) {
        QJsonArray found;
        ToolOutcome outcome;
        for (const RetrievedNote& hit : retrieval.notes) {
            found.append(noteJson(hit.note));
            outcome.noteIds.append(hit.note.id);
        }
        outcome.content =
            json(QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("notes"), found}});
        outcome.activity = tr("Searched notes for “%1” (%n found)", nullptr, int(found.size())).arg(query);
        done(outcome);
    });
}

} // namespace Dewey
