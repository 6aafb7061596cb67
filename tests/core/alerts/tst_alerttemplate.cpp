#include "alerts/AlertTemplate.h"

#include <QTest>

using namespace Dewey;

// What the streamer writes in a template is what viewers read, with the sale's details filled in and
// nothing a buyer typed ever treated as a placeholder.
class TestAlertTemplate : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void unknownPlaceholders_data();
    void unknownPlaceholders();
    void formatItem_data();
    void formatItem();
    void joinItems();
    void placeholdersAreListed();
};

void TestAlertTemplate::render_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("buyer");
    QTest::addColumn<QString>("items");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");

    const QString alex = QStringLiteral("Alex");
    const QString hoodie = QStringLiteral("Hoodie ×2");
    QTest::addRow("default line") << QStringLiteral("{buyer} just bought {items} — {amount}") << alex
                                  << hoodie << QString()
                                  << QStringLiteral("Alex just bought Hoodie ×2 — $64.00");
    QTest::addRow("message") << QStringLiteral("{message}") << alex << hoodie << QStringLiteral("gg!")
                             << QStringLiteral("gg!");
    QTest::addRow("empty message trims")
        << QStringLiteral("{buyer}: {message}") << alex << hoodie << QString() << QStringLiteral("Alex:");
    QTest::addRow("placeholder twice") << QStringLiteral("{buyer}! {buyer}!") << alex << hoodie << QString()
                                       << QStringLiteral("Alex! Alex!");
    QTest::addRow("unknown kept") << QStringLiteral("{buyer} {tier}") << alex << hoodie << QString()
                                  << QStringLiteral("Alex {tier}");
    QTest::addRow("buyer named like a placeholder")
        << QStringLiteral("{buyer} paid {amount}") << QStringLiteral("{amount}") << hoodie << QString()
        << QStringLiteral("{amount} paid $64.00");
    QTest::addRow("message with braces")
        << QStringLiteral("{message}") << alex << hoodie << QStringLiteral("{buyer}{items}")
        << QStringLiteral("{buyer}{items}");
    QTest::addRow("html stays text") << QStringLiteral("{buyer}")
                                     << QStringLiteral("<img src=x onerror=alert(1)>") << hoodie << QString()
                                     << QStringLiteral("<img src=x onerror=alert(1)>");
    QTest::addRow("stray brace") << QStringLiteral("{ {buyer} }") << alex << hoodie << QString()
                                 << QStringLiteral("{ Alex }");
    QTest::addRow("unclosed brace") << QStringLiteral("{buyer} {items") << alex << hoodie << QString()
                                    << QStringLiteral("Alex {items");
    QTest::addRow("no placeholders") << QStringLiteral("Thank you!") << alex << hoodie << QString()
                                     << QStringLiteral("Thank you!");
    QTest::addRow("empty") << QString() << alex << hoodie << QString() << QString();
}

void TestAlertTemplate::render()
{
    QFETCH(QString, pattern);
    QFETCH(QString, buyer);
    QFETCH(QString, items);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    const AlertTemplateFields fields{buyer, items, QStringLiteral("$64.00"), message};
    QCOMPARE(AlertTemplate::render(pattern, fields), expected);
}

void TestAlertTemplate::unknownPlaceholders_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("unknown");
    QTest::addRow("all known") << QStringLiteral("{buyer} {items} {amount} {message}") << QStringList();
    QTest::addRow("typo") << QStringLiteral("{buyr} bought {items}") << QStringList{QStringLiteral("{buyr}")};
    QTest::addRow("listed once") << QStringLiteral("{x}{x}{y}")
                                 << QStringList{QStringLiteral("{x}"), QStringLiteral("{y}")};
    QTest::addRow("case matters") << QStringLiteral("{Buyer}") << QStringList{QStringLiteral("{Buyer}")};
}

void TestAlertTemplate::unknownPlaceholders()
{
    QFETCH(QString, pattern);
    QFETCH(QStringList, unknown);
    QCOMPARE(AlertTemplate::unknownPlaceholders(pattern), unknown);
}

void TestAlertTemplate::formatItem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("expected");
    QTest::addRow("one") << QStringLiteral("Cap") << qint64(1) << QStringLiteral("Cap");
    QTest::addRow("two") << QStringLiteral("Hoodie") << qint64(2) << QStringLiteral("Hoodie ×2");
    QTest::addRow("many") << QStringLiteral("Sticker") << qint64(250) << QStringLiteral("Sticker ×250");
    QTest::addRow("zero is not shown") << QStringLiteral("Gift") << qint64(0) << QStringLiteral("Gift");
}

void TestAlertTemplate::formatItem()
{
    QFETCH(QString, name);
    QFETCH(qint64, quantity);
    QFETCH(QString, expected);
    QCOMPARE(AlertTemplate::formatItem(SaleItem{name, quantity}), expected);
}

void TestAlertTemplate::joinItems()
{
    QCOMPARE(AlertTemplate::joinItems({QStringLiteral("Hoodie ×2"), QStringLiteral("Cap")}),
             QStringLiteral("Hoodie ×2, Cap"));
    QCOMPARE(AlertTemplate::joinItems({QStringLiteral("Mug")}), QStringLiteral("Mug"));
    // Line items can be unavailable (Stripe API unreachable): the alert still reads as a sentence.
    QCOMPARE(AlertTemplate::joinItems({}), QStringLiteral("something"));
}

void TestAlertTemplate::placeholdersAreListed()
{
    QCOMPARE(AlertTemplate::placeholders(),
             (QStringList{QStringLiteral("{buyer}"), QStringLiteral("{items}"), QStringLiteral("{amount}"),
                          QStringLiteral("{message}")}));
}

QTEST_GUILESS_MAIN(TestAlertTemplate)
#include "tst_alerttemplate.moc"
