#include "assistant/PromptBuilder.h"

#include <QLocale>

#include <algorithm>

namespace Dewey {

namespace {

// The model reads English rules best; it answers in the streamer's language (rule 9).
const QString kRules = QStringLiteral(
    "You are Dewey, the notes assistant of a livestreamer. In the same chat box the streamer tells you small "
    "facts to keep (a friend's unit number, a lock code, a sponsor's discount code, a mod's birthday) and "
    "asks "
    "questions about them.\n"
    "\n"
    "Rules:\n"
    "1. Answer only from the streamer's notes (listed below, or returned by the tools). Never make up facts "
    "and never fill gaps with general knowledge or guesses.\n"
    "2. Cite every note you use by its id in square brackets right after the fact it supports, exactly like "
    "[note:12]. Cite only ids that appear in the notes you were given.\n"
    "3. When notes disagree, the newest note (latest saved or edited) is the current truth. Answer with the "
    "newest value and say that the older value changed, citing both, for example: \"The code is 4471 "
    "[note:9]; it used to be 1234 [note:3].\"\n"
    "4. If the notes do not contain the answer, say plainly that you have no note about it. Do not guess.\n"
    "5. Use the current date below for questions such as \"when did I last…\" or \"how long ago…\", and "
    "compare it with the dates of the notes.\n");

const QString kToolRules = QStringLiteral(
    "6. When the streamer tells you something to keep, save it with the remember tool as one short, "
    "self-contained sentence in their words, then confirm briefly what you saved. Do not ask for permission "
    "to save.\n"
    "7. To find notes not listed below, use search_notes. To correct a note use update_note with its id; to "
    "delete one use forget with its id (the streamer is asked to confirm; if they decline, say the note was "
    "kept).\n");

const QString kSalesRules = QStringLiteral(
    "8. Questions about the store (sales, buyers, totals, what sold) are answered with the sales_summary and "
    "recent_sales tools; facts from those tools need no note citation.\n");

const QString kStyle = QStringLiteral(
    "9. Keep answers short and plain: the streamer reads them while live. Answer in the language the "
    "streamer writes in.\n");

QString indentContinuation(const QString& text)
{
    QString result = text.trimmed();
    result.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    return result;
}

} // namespace

QString PromptBuilder::dateLine(const QDateTime& now)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const int offsetMinutes = now.offsetFromUtc() / 60;
    const QString offset = QStringLiteral("UTC%1%2:%3")
                               .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                               .arg(std::abs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                               .arg(std::abs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1, %2 (%3)")
        .arg(english.toString(now.date(), QStringLiteral("dddd, d MMMM yyyy")),
             english.toString(now.time(), QStringLiteral("HH:mm")), offset);
}

QString PromptBuilder::noteLine(const Note& note, int utcOffsetSeconds)
{
    // In the same offset as the current date, so "today" and the notes' dates agree.
    const QString created = note.createdAt.toOffsetFromUtc(utcOffsetSeconds).date().toString(Qt::ISODate);
    const QString updated = note.updatedAt.toOffsetFromUtc(utcOffsetSeconds).date().toString(Qt::ISODate);
    QString when = QStringLiteral("saved %1").arg(created);
    if (note.updatedAt.isValid() && note.updatedAt > note.createdAt)
        when += QStringLiteral(", edited %1").arg(updated);
    QString text = note.text;
    if (text.size() > kMaxNoteChars)
        text = text.left(kMaxNoteChars) + QStringLiteral(" […]");
    return QStringLiteral("[note:%1] (%2) %3").arg(note.id).arg(when, indentContinuation(text));
}

QString PromptBuilder::systemPrompt(const Input& input)
{
    QString prompt = kRules;
    if (input.toolsAvailable) {
        prompt += kToolRules;
        if (input.salesToolsAvailable)
            prompt += kSalesRules;
    }
    prompt += kStyle;
    prompt += QStringLiteral("\nCurrent date and time: %1.\n").arg(dateLine(input.now));

    prompt += QStringLiteral("\nNotes found for this message, most relevant first (each with the date it was "
                             "saved and, if edited, last edited):\n");
    if (input.notes.isEmpty()) {
        prompt += QStringLiteral("(No saved notes matched this message.)\n");
    } else {
        for (const Note& note : input.notes)
            prompt += noteLine(note, input.now.offsetFromUtc()) + QLatin1Char('\n');
    }
    return prompt;
}

QList<ChatMessage> PromptBuilder::build(const Input& input)
{
    QList<ChatMessage> messages{ChatMessage::system(systemPrompt(input))};

    // The newest history that fits, kept in order. A stopped answer is history too: the streamer saw it.
    QList<ChatMessage> history;
    qsizetype chars = 0;
    for (auto it = input.history.crbegin(); it != input.history.crend(); ++it) {
        if (history.size() >= kMaxHistoryMessages || chars + it->content.size() > kMaxHistoryChars)
            break;
        if (it->content.isEmpty())
            continue;
        chars += it->content.size();
        history.prepend(it->role == ChatMessage::Role::User ? ChatMessage::user(it->content)
                                                            : ChatMessage::assistant(it->content));
    }
    messages += history;
    messages.append(ChatMessage::user(input.message));
    return messages;
}

} // namespace Dewey
