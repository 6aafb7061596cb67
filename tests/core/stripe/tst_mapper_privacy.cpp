#include "stripe/BuyerPrivacy.h"
#include "stripe/WordBlocklist.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Dewey::BuyerPrivacy;
using Dewey::WordBlocklist;
using Mode = Dewey::Settings::BuyerNameMode;

Q_DECLARE_METATYPE(Dewey::Settings::BuyerNameMode)

class TestBuyerPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void masksBlockedWords_data();
    void masksBlockedWords();
    void displayName_data();
    void displayName();
    void message_data();
    void message();
};

void TestBuyerPrivacy::masksBlockedWords_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("masked");

    QTest::addRow("no list") << QStringList{} << "hello there"
                             << "hello there" << false;
    QTest::addRow("whole word") << QStringList{u"darn"_s} << "well darn it"
                                << "well **** it" << true;
    QTest::addRow("case-insensitive") << QStringList{u"darn"_s} << "DARN, Darn!"
                                      << "****, ****!" << true;
    QTest::addRow("not inside other words") << QStringList{u"ass"_s} << "classic pass"
                                            << "classic pass" << false;
    QTest::addRow("prefix entry") << QStringList{u"spam*"_s} << "spammer spam spa"
                                  << "******* **** spa" << true;
    QTest::addRow("several words") << QStringList{u"foo"_s, u"bar"_s} << "foo and bar"
                                   << "*** and ***" << true;
    QTest::addRow("accented and other scripts") << QStringList{u"crétin"_s, u"バカ"_s} << "Crétin! バカ です"
                                                << "******! ** です" << true;
    QTest::addRow("regex characters are literal") << QStringList{u"a.c"_s} << "abc a.c"
                                                  << "abc ***" << true;
    QTest::addRow("blank entries ignored") << QStringList{u"  "_s, u""_s, u"*"_s} << "anything"
                                           << "anything" << false;
    QTest::addRow("entry with surrounding spaces") << QStringList{u"  darn "_s} << "darn"
                                                   << "****" << true;
}

void TestBuyerPrivacy::masksBlockedWords()
{
    QFETCH(QStringList, words);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, masked);
    bool wasMasked = !masked;
    QCOMPARE(WordBlocklist(words).mask(text, &wasMasked), expected);
    QCOMPARE(wasMasked, masked);
}

void TestBuyerPrivacy::displayName_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QStringList>("blocked");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::addRow("first name by default") << Mode::FirstName << QStringList{} << "Alex Johnson"
                                           << "Alex";
    QTest::addRow("full name") << Mode::FullName << QStringList{} << "Alex  Johnson"
                               << "Alex Johnson";
    QTest::addRow("anonymous") << Mode::Anonymous << QStringList{} << "Alex Johnson"
                               << "Someone";
    QTest::addRow("no name") << Mode::FirstName << QStringList{} << ""
                             << "Someone";
    QTest::addRow("blank name") << Mode::FullName << QStringList{} << "   "
                                << "Someone";
    QTest::addRow("e-mail typed as name") << Mode::FirstName << QStringList{} << "alex@example.com"
                                          << "Someone";
    QTest::addRow("e-mail after the name") << Mode::FullName << QStringList{} << "Alex alex@example.com"
                                           << "Alex";
    QTest::addRow("phone number dropped") << Mode::FullName << QStringList{} << "Alex +1 5551234567"
                                          << "Alex +1";
    QTest::addRow("control characters") << Mode::FullName << QStringList{} << u"Al\u202Eex\nJ"_s << "Al ex J";
    QTest::addRow("blocked word masked") << Mode::FullName << QStringList{u"jerk"_s} << "Mr Jerk"
                                         << "Mr ****";
    QTest::addRow("fully masked becomes Someone") << Mode::FirstName << QStringList{u"jerk"_s} << "Jerk Smith"
                                                  << "Someone";
    QTest::addRow("long name is cut")
        << Mode::FullName << QStringList{} << QString(60, u'a') << QString(39, u'a') + QChar(0x2026);
    QTest::addRow("unicode first name") << Mode::FirstName << QStringList{} << "Zoë Šimić"
                                        << "Zoë";
}

void TestBuyerPrivacy::displayName()
{
    QFETCH(Mode, mode);
    QFETCH(QStringList, blocked);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(BuyerPrivacy(mode, WordBlocklist(blocked)).displayName(name), expected);
}

void TestBuyerPrivacy::message_data()
{
    QTest::addColumn<QStringList>("blocked");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain") << QStringList{} << "Love the stream!"
                           << "Love the stream!";
    QTest::addRow("markup stays text") << QStringList{} << "<b>hi</b>"
                                       << "<b>hi</b>";
    QTest::addRow("newlines flattened") << QStringList{} << "line one\nline two"
                                        << "line one line two";
    QTest::addRow("e-mail removed") << QStringList{} << "write me at a.b@c.de ok"
                                    << "write me at *** ok";
    QTest::addRow("phone removed") << QStringList{} << "call 555-123-4567 now"
                                   << "call *** now";
    QTest::addRow("short numbers stay") << QStringList{} << "2 hoodies for 2024"
                                        << "2 hoodies for 2024";
    QTest::addRow("blocked word") << QStringList{u"darn"_s} << "darn good"
                                  << "**** good";
    QTest::addRow("long message cut")
        << QStringList{} << QString(300, u'x') << QString(199, u'x') + QChar(0x2026);
    QTest::addRow("empty") << QStringList{} << ""
                           << "";
}

void TestBuyerPrivacy::message()
{
    QFETCH(QStringList, blocked);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(BuyerPrivacy(Mode::FirstName, WordBlocklist(blocked)).message(text), expected);
}

QTEST_GUILESS_MAIN(TestBuyerPrivacy)
#include "tst_mapper_privacy.moc"
