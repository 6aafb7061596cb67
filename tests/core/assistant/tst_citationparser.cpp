#include "assistant/CitationParser.h"

#include <QTest>

using Dewey::CitationParser;

// Citations are how an answer points at the notes it used; the UI turns them into chips.
class TestCitationParser : public QObject
{
    Q_OBJECT

private slots:
    void noteIds_data();
    void noteIds();
    void spansCoverTheBrackets();
};

void TestCitationParser::noteIds_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QList<qint64>>("ids");

    QTest::addRow("one") << "The code is 4471 [note:12]." << QList<qint64>{12};
    QTest::addRow("two separate, order of first use")
        << "Code 4471 [note:9]; it used to be 1234 [note:3]. Again [note:9]." << QList<qint64>{9, 3};
    QTest::addRow("grouped with repeats") << "Both [note:4, note:7] say so." << QList<qint64>{4, 7};
    QTest::addRow("plural, bare numbers") << "See [notes: 5, 6; 8]." << QList<qint64>{5, 6, 8};
    QTest::addRow("spaces and case") << "[ Note 21 ] and [NOTE:22]" << QList<qint64>{21, 22};
    QTest::addRow("hash") << "[note #30]" << QList<qint64>{30};
    QTest::addRow("and") << "[note:1, and note:2]" << QList<qint64>{1, 2};
    QTest::addRow("no citation") << "I don't have a note about that." << QList<qint64>{};
    QTest::addRow("markdown link is not a citation") << "[note](http://x) [1] [note:]" << QList<qint64>{};
    QTest::addRow("zero is not an id") << "[note:0]" << QList<qint64>{};
    QTest::addRow("unclosed") << "[note:12" << QList<qint64>{};
}

void TestCitationParser::noteIds()
{
    QFETCH(QString, answer);
    QFETCH(QList<qint64>, ids);
    QCOMPARE(CitationParser::noteIds(answer), ids);
}

void TestCitationParser::spansCoverTheBrackets()
{
    const QString answer = QStringLiteral("Sam's birthday is 12 March [note:4]. Mods: [note:7, note:8]");
    const QList<CitationParser::Span> spans = CitationParser::spans(answer);
    QCOMPARE(spans.size(), 2);
    QCOMPARE(answer.mid(spans.at(0).start, spans.at(0).length), QStringLiteral("[note:4]"));
    QCOMPARE(spans.at(0).noteIds, QList<qint64>{4});
    QCOMPARE(answer.mid(spans.at(1).start, spans.at(1).length), QStringLiteral("[note:7, note:8]"));
    QCOMPARE(spans.at(1).noteIds, (QList<qint64>{7, 8}));
}

QTEST_GUILESS_MAIN(TestCitationParser)
#include "tst_citationparser.moc"
