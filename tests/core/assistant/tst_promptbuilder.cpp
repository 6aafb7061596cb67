#include "assistant/PromptBuilder.h"

#include <QTest>
#include <QTimeZone>

using namespace Dewey;

namespace {

Note note(qint64 id, const QString& text, const QDateTime& created, const QDateTime& updated = {})
{
    return Note{id, text, created, updated.isValid() ? updated : created};
}

QDateTime utc(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone(0));
}

StoredMessage stored(ChatMessage::Role role, const QString& text, qint64 id)
{
    StoredMessage message;
    message.id = id;
    message.role = role;
    message.content = text;
    message.status =
        role == ChatMessage::Role::User ? StoredMessage::Status::Sent : StoredMessage::Status::Complete;
    return message;
}

} // namespace

// What the model is told: the grounding rules, the date, the retrieved notes and the conversation.
class TestPromptBuilder : public QObject
{
    Q_OBJECT

private slots:
    void systemPromptHasTheGroundingRules();
    void currentDateWithOffset_data();
    void currentDateWithOffset();
    void notesCarryIdsAndDates();
    void noMatchingNotesIsSaidPlainly();
    void toolRulesOnlyWhenToolsAreOffered();
    void messagesAreSystemHistoryThenQuestion();
    void historyKeepsTheNewestThatFit();
    void longNotesAreCut();

private:
    PromptBuilder::Input baseInput() const;
};

PromptBuilder::Input TestPromptBuilder::baseInput() const
{
    PromptBuilder::Input input;
    input.now = QDateTime(QDate(2025, 6, 3), QTime(14, 5), QTimeZone(2 * 3600));
    input.message = QStringLiteral("what's the airbnb code?");
    return input;
}

void TestPromptBuilder::systemPromptHasTheGroundingRules()
{
    const QString prompt = PromptBuilder::systemPrompt(baseInput());
    // Answer only from the notes.
    QVERIFY(prompt.contains(QStringLiteral("Answer only from the streamer's notes")));
    QVERIFY(prompt.contains(QStringLiteral("Never make up facts")));
    // Cite the note ids used, in the form the UI parses.
    QVERIFY(prompt.contains(QStringLiteral("exactly like [note:12]")));
    // Prefer the newest note and say the older value changed.
    QVERIFY(prompt.contains(QStringLiteral("the newest note (latest saved or edited) is the current truth")));
    QVERIFY(prompt.contains(QStringLiteral("say that the older value changed")));
    // Say plainly when the notes do not contain the answer.
    QVERIFY(prompt.contains(QStringLiteral("say plainly that you have no note about it")));
    // The date is there for "when did I last…".
    QVERIFY(
        prompt.contains(QStringLiteral("Current date and time: Tuesday, 3 June 2025, 14:05 (UTC+02:00).")));
}

void TestPromptBuilder::currentDateWithOffset_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("line");
    QTest::addRow("utc") << QDateTime(QDate(2024, 2, 29), QTime(23, 59), QTimeZone(0))
                         << "Thursday, 29 February 2024, 23:59 (UTC+00:00)";
    QTest::addRow("west, half hour") << QDateTime(QDate(2025, 1, 1), QTime(0, 30),
                                                  QTimeZone(-(3 * 3600 + 1800)))
                                     << "Wednesday, 1 January 2025, 00:30 (UTC-03:30)";
}

void TestPromptBuilder::currentDateWithOffset()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, line);
    QCOMPARE(PromptBuilder::dateLine(now), line);
}

void TestPromptBuilder::notesCarryIdsAndDates()
{
    PromptBuilder::Input input = baseInput();
    input.notes = {note(12, QStringLiteral("Airbnb lock code is 4471"), utc(2025, 5, 30), utc(2025, 6, 1)),
                   note(3, QStringLiteral("Airbnb lock code is 1234"), utc(2025, 4, 2)),
                   note(5, QStringLiteral("Wifi:\nname Dewey\npass hunter2"), utc(2025, 6, 2, 23))};
    const QString prompt = PromptBuilder::systemPrompt(input);
    QVERIFY(prompt.contains(
        QStringLiteral("[note:12] (saved 2025-05-30, edited 2025-06-01) Airbnb lock code is 4471\n")));
    QVERIFY(prompt.contains(QStringLiteral("[note:3] (saved 2025-04-02) Airbnb lock code is 1234\n")));
    // 23:00 UTC is already the 3rd at UTC+2: dates are in the streamer's offset, like "today".
    QVERIFY(prompt.contains(
        QStringLiteral("[note:5] (saved 2025-06-03) Wifi:\n    name Dewey\n    pass hunter2\n")));
    // Most relevant first, as retrieved.
    QVERIFY(prompt.indexOf(QStringLiteral("[note:12]")) < prompt.indexOf(QStringLiteral("[note:3]")));
}

void TestPromptBuilder::noMatchingNotesIsSaidPlainly()
{
    QVERIFY(PromptBuilder::systemPrompt(baseInput())
                .contains(QStringLiteral("(No saved notes matched this message.)")));
}

void TestPromptBuilder::toolRulesOnlyWhenToolsAreOffered()
{
    PromptBuilder::Input input = baseInput();
    QVERIFY(PromptBuilder::systemPrompt(input).contains(QStringLiteral("remember tool")));
    QVERIFY(PromptBuilder::systemPrompt(input).contains(QStringLiteral("sales_summary")));

    input.salesToolsAvailable = false;
    QVERIFY(PromptBuilder::systemPrompt(input).contains(QStringLiteral("remember tool")));
    QVERIFY(!PromptBuilder::systemPrompt(input).contains(QStringLiteral("sales_summary")));

    // A model without tools must still answer from the notes in the prompt, and not be told to call tools.
    input.toolsAvailable = false;
    const QString prompt = PromptBuilder::systemPrompt(input);
    QVERIFY(!prompt.contains(QStringLiteral("remember tool")));
    QVERIFY(!prompt.contains(QStringLiteral("search_notes")));
    QVERIFY(prompt.contains(QStringLiteral("Answer only from the streamer's notes")));
}

void TestPromptBuilder::messagesAreSystemHistoryThenQuestion()
{
    PromptBuilder::Input input = baseInput();
    input.history = {stored(ChatMessage::Role::User, QStringLiteral("remember the code is 4471"), 1),
                     stored(ChatMessage::Role::Assistant, QStringLiteral("Saved [note:12]."), 2)};
    const QList<ChatMessage> messages = PromptBuilder::build(input);
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(0).role, ChatMessage::Role::System);
    QCOMPARE(messages.at(1), ChatMessage::user(QStringLiteral("remember the code is 4471")));
    QCOMPARE(messages.at(2), ChatMessage::assistant(QStringLiteral("Saved [note:12].")));
    QCOMPARE(messages.at(3), ChatMessage::user(QStringLiteral("what's the airbnb code?")));
}

void TestPromptBuilder::historyKeepsTheNewestThatFit()
{
    PromptBuilder::Input input = baseInput();
    for (int i = 1; i <= 30; ++i) {
        input.history.append(stored(i % 2 ? ChatMessage::Role::User : ChatMessage::Role::Assistant,
                                    QStringLiteral("message %1").arg(i), i));
    }
    QList<ChatMessage> messages = PromptBuilder::build(input);
    QCOMPARE(messages.size(), 1 + PromptBuilder::kMaxHistoryMessages + 1);
    QCOMPARE(messages.at(1).content,
             QStringLiteral("message %1").arg(30 - PromptBuilder::kMaxHistoryMessages + 1));
    QCOMPARE(messages.at(messages.size() - 2).content, QStringLiteral("message 30"));

    // A huge old message does not crowd out the rest: history stops before it.
    input.history = {
        stored(ChatMessage::Role::User, QString(PromptBuilder::kMaxHistoryChars, QLatin1Char('x')), 1),
        stored(ChatMessage::Role::Assistant, QStringLiteral("short"), 2)};
    messages = PromptBuilder::build(input);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(1).content, QStringLiteral("short"));
}

void TestPromptBuilder::longNotesAreCut()
{
    const QString line =
        PromptBuilder::noteLine(note(1, QString(5000, QLatin1Char('a')), utc(2025, 1, 1)), 0);
    QVERIFY(line.size() < 2100);
    QVERIFY(line.endsWith(QStringLiteral(" […]")));
}

QTEST_GUILESS_MAIN(TestPromptBuilder)
#include "tst_promptbuilder.moc"
