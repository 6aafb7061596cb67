#include "dewey/CitationLinker.h"

#include <QTest>
#include <QUrl>

using namespace Dewey;

// Citations in an answer become links to the notes, the same whether the answer arrives at once or
// token by token.
class TestChatCitations : public QObject
{
    Q_OBJECT

private slots:
    void linksCitations_data();
    void linksCitations();
    void streamedLinkingMatchesWholeText_data();
    void streamedLinkingMatchesWholeText();
    void noteIdFromLink_data();
    void noteIdFromLink();
};

void TestChatCitations::linksCitations_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("linked");
    QTest::addRow("none") << QStringLiteral("Your notes don't say.")
                          << QStringLiteral("Your notes don't say.");
    QTest::addRow("one") << QStringLiteral("Code 4821 [note:3].")
                         << QStringLiteral("Code 4821 ([note\u00a03](dewey-note:3)).");
    QTest::addRow("several") << QStringLiteral("Ana and Bo [note:4, note:9]")
                             << QStringLiteral(
                                    "Ana and Bo ([note\u00a04](dewey-note:4), [note\u00a09](dewey-note:9))");
}

void TestChatCitations::linksCitations()
{
    QFETCH(QString, answer);
    QFETCH(QString, linked);
    QCOMPARE(CitationLinker::linkAll(answer), linked);
}

void TestChatCitations::streamedLinkingMatchesWholeText_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addRow("paragraphs") << QStringLiteral(
        "The code is 4821 [note:3].\n\nIt changed on Monday [note:7, note:8].\n\nNothing else [note:12]");
    QTest::addRow("no citations") << QStringLiteral("one\n\ntwo\n\nthree");
}

void TestChatCitations::streamedLinkingMatchesWholeText()
{
    QFETCH(QString, answer);
    CitationLinker linker;
    for (qsizetype length = 0; length <= answer.size(); ++length)
        QCOMPARE(linker.link(answer.left(length)), CitationLinker::linkAll(answer.left(length)));
    // A different text starts over.
    QCOMPARE(linker.link(QStringLiteral("new [note:1]")),
             CitationLinker::linkAll(QStringLiteral("new [note:1]")));
}

void TestChatCitations::noteIdFromLink_data()
{
    QTest::addColumn<QUrl>("link");
    QTest::addColumn<qint64>("noteId");
    QTest::addRow("note") << QUrl(QStringLiteral("dewey-note:12")) << qint64(12);
    QTest::addRow("web link") << QUrl(QStringLiteral("https://example.com/12")) << qint64(0);
    QTest::addRow("not a number") << QUrl(QStringLiteral("dewey-note:abc")) << qint64(0);
}

void TestChatCitations::noteIdFromLink()
{
    QFETCH(QUrl, link);
    QFETCH(qint64, noteId);
    QCOMPARE(CitationLinker::noteIdFromLink(link), noteId);
}

QTEST_GUILESS_MAIN(TestChatCitations)
#include "tst_chatcitations.moc"
