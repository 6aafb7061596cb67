#include "notes/NotesFileFormats.h"

#include <QTest>
#include <QTimeZone>

using Dewey::Note;
using Dewey::NotesFileFormats;

class TestNotesFileFormats : public QObject
{
    Q_OBJECT

private slots:
    void jsonLinesRoundTrip();
    void jsonLinesReportsBadLinesAndKeepsGoodOnes();
    void jsonLinesAcceptsUnixTimes();
    void markdownRoundTrip();
    void plainMarkdownBecomesOneNotePerItem();
    void formatFromFileName_data();
    void formatFromFileName();

private:
    static QList<Note> sampleNotes();
};

QList<Note> TestNotesFileFormats::sampleNotes()
{
    const QDateTime created(QDate(2026, 1, 5), QTime(9, 15, 30, 250), QTimeZone::utc());
    return {
        {1, QStringLiteral("Airbnb door code is 4412"), created, created},
        {2, QStringLiteral("Multi-line note:\n- item one\n- item \"two\"\n\n## not a heading of ours"),
         created.addDays(1), created.addDays(3)},
        {3, QStringLiteral("Unicode ✓ café 日本 🎉 and a tab\tinside"), created.addDays(2),
         created.addDays(2)},
    };
}

void TestNotesFileFormats::jsonLinesRoundTrip()
{
    const QList<Note> notes = sampleNotes();
    const QByteArray data = NotesFileFormats::toJsonLines(notes);
    QCOMPARE(data.count('\n'), notes.size());
    QVERIFY(data.startsWith(R"({"createdAt":"2026-01-05T09:15:30.250Z","text":"Airbnb door code is 4412"})"));

    const NotesFileFormats::ParseResult parsed = NotesFileFormats::parseJsonLines(data);
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.drafts.size(), notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i) {
        QCOMPARE(parsed.drafts.at(i).text, notes.at(i).text);
        QCOMPARE(parsed.drafts.at(i).createdAt, notes.at(i).createdAt);
    }
    QCOMPARE(parsed.drafts.at(1).updatedAt, notes.at(1).updatedAt);
}

void TestNotesFileFormats::jsonLinesReportsBadLinesAndKeepsGoodOnes()
{
    const QByteArray data = "{\"text\":\"good one\",\"createdAt\":\"2026-03-03T10:00:00Z\"}\n"
                            "not json\n"
                            "\n"
                            "{\"createdAt\":\"2026-03-03T10:00:00Z\"}\n"
                            "{\"text\":\"bad date\",\"createdAt\":\"last tuesday\"}\n"
                            "[1,2]\n"
                            "{\"text\":\"no date is fine\"}";
    const NotesFileFormats::ParseResult parsed = NotesFileFormats::parseJsonLines(data);
    QCOMPARE(parsed.drafts.size(), 2);
    QCOMPARE(parsed.drafts.at(0).text, QStringLiteral("good one"));
    QVERIFY(!parsed.drafts.at(1).createdAt.isValid());
    QCOMPARE(parsed.problems.size(), 4);
    QVERIFY(parsed.problems.at(0).startsWith(QStringLiteral("line 2:")));
    QVERIFY(parsed.problems.at(1).startsWith(QStringLiteral("line 4:")));
    QVERIFY(parsed.problems.at(2).startsWith(QStringLiteral("line 5:")));
}

void TestNotesFileFormats::jsonLinesAcceptsUnixTimes()
{
    const NotesFileFormats::ParseResult parsed =
        NotesFileFormats::parseJsonLines("{\"text\":\"s\",\"createdAt\":1772532000}\n"
                                         "{\"text\":\"ms\",\"createdAt\":1772532000000}\n");
    QCOMPARE(parsed.drafts.size(), 2);
    const QDateTime expected = QDateTime::fromSecsSinceEpoch(1772532000).toUTC();
    QCOMPARE(parsed.drafts.at(0).createdAt, expected);
    QCOMPARE(parsed.drafts.at(1).createdAt, expected);
}

void TestNotesFileFormats::markdownRoundTrip()
{
    const QList<Note> notes = sampleNotes();
    const QString markdown = NotesFileFormats::toMarkdown(notes);
    QVERIFY(markdown.startsWith(QStringLiteral("# Dewey notes\n")));
    const NotesFileFormats::ParseResult parsed = NotesFileFormats::parseMarkdown(markdown, QDateTime());
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.drafts.size(), notes.size());
    for (qsizetype i = 0; i < notes.size(); ++i) {
        QCOMPARE(parsed.drafts.at(i).text, notes.at(i).text);
        QCOMPARE(parsed.drafts.at(i).createdAt, notes.at(i).createdAt);
        QCOMPARE(parsed.drafts.at(i).updatedAt, notes.at(i).updatedAt);
    }
}

void TestNotesFileFormats::plainMarkdownBecomesOneNotePerItem()
{
    const QString markdown = QStringLiteral("# Stream stuff\n"
                                            "\n"
                                            "- Sponsor code GLOW20\n"
                                            "* [x] Mod Kira birthday June 4\n"
                                            "1. Merch restock on Friday\n"
                                            "   (hoodies only)\n"
                                            "\n"
                                            "A paragraph about the\n"
                                            "studio wifi: dewey-5g\n"
                                            "\n"
                                            "---\n"
                                            "```\ncode block\n\nstays together\n```\n");
    const QDateTime fileTime(QDate(2026, 2, 1), QTime(8, 0), QTimeZone::utc());
    const NotesFileFormats::ParseResult parsed = NotesFileFormats::parseMarkdown(markdown, fileTime);
    const QStringList texts = [&] {
        QStringList t;
        for (const auto& d : parsed.drafts)
            t << d.text;
        return t;
    }();
    QCOMPARE(texts,
             (QStringList{QStringLiteral("Sponsor code GLOW20"), QStringLiteral("Mod Kira birthday June 4"),
                          QStringLiteral("Merch restock on Friday\n   (hoodies only)"),
                          QStringLiteral("A paragraph about the\nstudio wifi: dewey-5g"),
                          QStringLiteral("```\ncode block\n\nstays together\n```")}));
    QCOMPARE(parsed.drafts.first().createdAt, fileTime);
}

void TestNotesFileFormats::formatFromFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: unknown

    QTest::addRow("jsonl") << "notes.jsonl" << int(NotesFileFormats::Format::JsonLines);
    QTest::addRow("ndjson upper") << "NOTES.NDJSON" << int(NotesFileFormats::Format::JsonLines);
    QTest::addRow("markdown") << "/tmp/x/notes.md" << int(NotesFileFormats::Format::Markdown);
    QTest::addRow("text") << "notes.txt" << int(NotesFileFormats::Format::Markdown);
    QTest::addRow("unknown") << "notes.csv" << -1;
    QTest::addRow("no suffix") << "notes" << -1;
}

void TestNotesFileFormats::formatFromFileName()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto detected = NotesFileFormats::formatForPath(path);
    QCOMPARE(detected ? int(*detected) : -1, format);
}

QTEST_GUILESS_MAIN(TestNotesFileFormats)
#include "tst_notesfileformats.moc"
