#include "dewey/MarkdownStreamRenderer.h"

#include <QTest>
#include <QTextDocument>

using namespace Dewey;

// The streamed rendering must be indistinguishable from rendering the whole text at once, wherever
// the network happened to cut the tokens.
class TestChatRenderer : public QObject
{
    Q_OBJECT

private slots:
    void matchesOneShotRenderingAtEveryPrefix_data();
    void matchesOneShotRenderingAtEveryPrefix();
    void settlesFinishedBlocksOnly_data();
    void settlesFinishedBlocksOnly();
    void rendersAgainWhenSettledTextChanges();

private:
    static QString oneShot(const QString& markdown);
};

QString TestChatRenderer::oneShot(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, MarkdownStreamRenderer::kFeatures);
    return document.toHtml();
}

void TestChatRenderer::matchesOneShotRenderingAtEveryPrefix_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addRow("paragraphs") << QStringLiteral(
        "The Airbnb lock code is **4821** [note:3].\n\nYou told me on *Monday*; it changed from 1234.\n");
    QTest::addRow("heading then text") << QStringLiteral("# Sponsors\n\nUse code `DEWEY10` for 10% off.\n");
    QTest::addRow("list after paragraph")
        << QStringLiteral("Mods this week:\n\n- Ana\n- Bo\n- Cy\n\nThat's all of them [note:4, note:9].\n");
    QTest::addRow("loose list") << QStringLiteral("- first\n\n- second\n\n- third\n\nDone.\n");
    QTest::addRow("ordered list") << QStringLiteral(
        "Steps:\n\n1. Open OBS\n2. Add the source\n\n3. Reload\n\nok");
    QTest::addRow("fenced code with blank lines")
        << QStringLiteral("Config:\n\n```json\n{\n\n  \"a\": 1\n\n}\n```\n\nAfter the code.\n");
    QTest::addRow("tilde fence") << QStringLiteral("~~~\nx\n\ny\n~~~\n\nz\n");
    QTest::addRow("table") << QStringLiteral(
        "| buyer | total |\n|---|---:|\n| Ana | $12 |\n| Bo | $40 |\n\nBo bought the most today.\n");
    QTest::addRow("text then table") << QStringLiteral(
        "Sales today:\n\n| buyer | total |\n|---|---|\n| Ana | 3 |\n\nThanks!");
    QTest::addRow("quote and list") << QStringLiteral("> quoted note\n\n1. x\n2. y\n\n> another\n");
    QTest::addRow("nested list") << QStringLiteral("- a\n  - b\n\n  more of a\n\nend\n");
    QTest::addRow("setext and rule") << QStringLiteral("Title\n=====\n\ntext\n\n---\n\nafter rule\n");
    QTest::addRow("raw html stays text") << QStringLiteral("<b>not bold</b>\n\n<script>x</script> after\n");
    QTest::addRow("links and emphasis")
        << QStringLiteral("See [note 3](dewey-note:3) and _this_.\n\n**Bold** ~~gone~~ text.\n");
    QTest::addRow("notes don't say") << QStringLiteral(
        "Your notes don't say when the last physical was. Tell me and I'll remember it.");
    QTest::addRow("headings between paragraphs")
        << QStringLiteral("Intro.\n\n## Schedule\n\nMonday 7pm.\n\n### Merch\n\nHoodies in L.\n");
    QTest::addRow("code then paragraph") << QStringLiteral("Run:\n\n```\ndewey-cli ask\n```\n\nThen wait.\n");
    QTest::addRow("table without final newline") << QStringLiteral("x\n\n| a |\n|---|\n| 1 |");
    QTest::addRow("rule then text without blank") << QStringLiteral("a\n\n---\nb\n\n***\n");
    QTest::addRow("crlf") << QStringLiteral("one\r\n\r\ntwo\r\n\r\n- three\r\n");
}

void TestChatRenderer::matchesOneShotRenderingAtEveryPrefix()
{
    QFETCH(QString, markdown);
    QTextDocument document;
    MarkdownStreamRenderer renderer(&document);
    // Every prefix is a possible chunk boundary: the document must match at each one, not just at the end.
    for (qsizetype length = 0; length <= markdown.size(); ++length) {
        const QString prefix = markdown.left(length);
        renderer.setText(prefix);
        const QString expected = oneShot(prefix);
        const QString actual = document.toHtml();
        if (actual != expected) {
            const auto body = [](const QString& html) {
                return html.mid(html.indexOf(QLatin1String("<body")));
            };
            QFAIL(qPrintable(QStringLiteral("differs after %1 characters (%2)\nstreamed:\n%3\none shot:\n%4")
                                 .arg(length)
                                 .arg(prefix, body(actual), body(expected))));
        }
    }
}

void TestChatRenderer::settlesFinishedBlocksOnly_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("settled");
    QTest::addRow("nothing finished") << QStringLiteral("one paragraph") << QString();
    QTest::addRow("a finished paragraph") << QStringLiteral("one\n\ntwo\n") << QStringLiteral("one\n\n");
    QTest::addRow("the next line is unfinished") << QStringLiteral("one\n\n- tw") << QString();
    QTest::addRow("inside a code fence") << QStringLiteral("```\na\n\nb") << QString();
    QTest::addRow("after a code fence")
        << QStringLiteral("```\na\n\nb\n```\n\nc\n") << QStringLiteral("```\na\n\nb\n```\n\n");
    QTest::addRow("a list goes on") << QStringLiteral("- a\n\n- b\n") << QString();
    QTest::addRow("indented continuation") << QStringLiteral("p\n\n    code\n") << QString();
}

void TestChatRenderer::settlesFinishedBlocksOnly()
{
    QFETCH(QString, markdown);
    QFETCH(QString, settled);
    QTextDocument document;
    MarkdownStreamRenderer renderer(&document);
    renderer.setText(markdown);
    QCOMPARE(markdown.left(renderer.settledLength()), settled);
}

void TestChatRenderer::rendersAgainWhenSettledTextChanges()
{
    QTextDocument document;
    MarkdownStreamRenderer renderer(&document);
    renderer.setText(QStringLiteral("first\n\nsecond\n"));
    QVERIFY(renderer.settledLength() > 0);
    const QString replaced = QStringLiteral("# other\n\nsecond\n");
    renderer.setText(replaced);
    QCOMPARE(document.toHtml(), oneShot(replaced));
    renderer.clear();
    QVERIFY(document.isEmpty());
}

QTEST_MAIN(TestChatRenderer)
#include "tst_chatrenderer.moc"
