#include "notes/NoteTextNormalizer.h"

#include <QTest>

using Dewey::NoteTextNormalizer;

// The normaliser decides whether a fact written one way is found when asked another way, so each
// row is a pair a streamer would expect to meet.
class TestNoteTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void sameFactWrittenDifferently_data();
    void sameFactWrittenDifferently();
    void tokensDoNotOverreach_data();
    void tokensDoNotOverreach();
    void relativeDaysResolveAgainstReference();
    void hostileTextGivesOnlyWordTokens();
};

void TestNoteTextNormalizer::sameFactWrittenDifferently_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("sharedToken");

    QTest::addRow("ISO date vs month name") << "Dentist 2026-03-03"
                                            << "March 3rd"
                                            << "md0303";
    QTest::addRow("US slash date vs month name") << "dentist on 3/3"
                                                 << "what is on march 3?"
                                                 << "md0303";
    QTest::addRow("day first words") << "party on the 3rd of March"
                                     << "3/3"
                                     << "md0303";
    QTest::addRow("abbreviated month with year") << "Flight Mar 3, 2026"
                                                 << "2026-03-03"
                                                 << "d20260303";
    QTest::addRow("European dotted date") << "Termin 03.03.2026"
                                          << "2026-03-03"
                                          << "d20260303";
    QTest::addRow("slash date with short year") << "paid 3/3/26"
                                                << "2026-03-03"
                                                << "d20260303";
    QTest::addRow("day first when month cannot be first") << "born 25/12"
                                                          << "December 25"
                                                          << "md1225";
    QTest::addRow("unit code case") << "Sam lives in unit 4B"
                                    << "unit 4b"
                                    << "4b";
    QTest::addRow("unit code hyphen") << "Sam lives in unit 4-B"
                                      << "4b"
                                      << "4b";
    QTest::addRow("money with grouping") << "Sponsor pays $1,200 per stream"
                                         << "1200"
                                         << "1200";
    QTest::addRow("money with cents") << "Invoice total 1,200.00"
                                      << "$1200"
                                      << "1200";
    QTest::addRow("decimal") << "rate is 12.50 an hour"
                             << "12.5"
                             << "12p5";
    QTest::addRow("thousands suffix") << "goal is 5k followers"
                                      << "5000"
                                      << "5000";
    QTest::addRow("phone number punctuation") << "call 555-123-4567"
                                              << "5551234567"
                                              << "5551234567";
    QTest::addRow("twelve hour time") << "raid at 7:30 pm"
                                      << "19:30"
                                      << "t1930";
    QTest::addRow("hour only time") << "stream starts 7pm"
                                    << "7:00 PM"
                                    << "t1900";
    QTest::addRow("ordinal") << "the 21st floor"
                             << "floor 21"
                             << "21";
    QTest::addRow("leading zero") << "locker 07"
                                  << "locker 7"
                                  << "7";
    QTest::addRow("hyphenated word") << "the wi-fi password"
                                     << "wifi"
                                     << "wifi";
    QTest::addRow("case and accents folded by tokens") << "CAFÉ Luna"
                                                       << "café luna"
                                                       << "café";
}

void TestNoteTextNormalizer::sameFactWrittenDifferently()
{
    QFETCH(QString, written);
    QFETCH(QString, asked);
    QFETCH(QString, sharedToken);
    const QStringList noteTokens = NoteTextNormalizer::tokens(written);
    const QStringList queryTokens = NoteTextNormalizer::tokens(asked);
    QVERIFY2(noteTokens.contains(sharedToken), qPrintable(noteTokens.join(u' ')));
    QVERIFY2(queryTokens.contains(sharedToken), qPrintable(queryTokens.join(u' ')));
}

void TestNoteTextNormalizer::tokensDoNotOverreach_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("absentToken");

    QTest::addRow("may the verb is not a month") << "you may want this"
                                                 << "m05";
    QTest::addRow("decimal is not a date") << "version 3.3 is out"
                                           << "md0303";
    QTest::addRow("impossible date") << "code 2/30"
                                     << "md0230";
    QTest::addRow("IP address is not a number") << "server 192.168.1.1"
                                                << "192p168";
    QTest::addRow("list of numbers is not grouped") << "pick 1,2,3"
                                                    << "123";
    QTest::addRow("hour beyond twelve with pm") << "13pm nonsense"
                                                << "t2500";
}

void TestNoteTextNormalizer::tokensDoNotOverreach()
{
    QFETCH(QString, text);
    QFETCH(QString, absentToken);
    const QStringList tokens = NoteTextNormalizer::tokens(text);
    QVERIFY2(!tokens.contains(absentToken), qPrintable(tokens.join(u' ')));
}

void TestNoteTextNormalizer::relativeDaysResolveAgainstReference()
{
    const QDate written(2026, 3, 2);
    QVERIFY(NoteTextNormalizer::tokens(QStringLiteral("dentist tomorrow"), written)
                .contains(QStringLiteral("d20260303")));
    QVERIFY(NoteTextNormalizer::tokens(QStringLiteral("paid yesterday"), written)
                .contains(QStringLiteral("md0301")));
    // Without a reference the word stays a word.
    QCOMPARE(NoteTextNormalizer::tokens(QStringLiteral("tomorrow")), QStringList{QStringLiteral("tomorrow")});
}

void TestNoteTextNormalizer::hostileTextGivesOnlyWordTokens()
{
    const QString hostile = QStringLiteral("\"AND\" NEAR( * - ^ ) 🎉 {col}: OR \u0000 \\");
    const QStringList tokens = NoteTextNormalizer::tokens(hostile);
    for (const QString& token : tokens) {
        for (const QChar c : token)
            QVERIFY2(c.isLetterOrNumber(), qPrintable(token));
    }
    QVERIFY(tokens.contains(QStringLiteral("near")));
    QVERIFY(NoteTextNormalizer::tokens(QString()).isEmpty());
    QVERIFY(NoteTextNormalizer::tokens(QStringLiteral("🎉🎉 ... !!!")).isEmpty());
}

QTEST_GUILESS_MAIN(TestNoteTextNormalizer)
#include "tst_notetextnormalizer.moc"
