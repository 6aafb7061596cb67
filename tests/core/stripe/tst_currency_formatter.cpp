#include "stripe/CurrencyFormatter.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Dewey::CurrencyFormatter;

class TestCurrencyFormatter : public QObject
{
    Q_OBJECT

private slots:
    void exponents_data();
    void exponents();
    void formats_data();
    void formats();
};

void TestCurrencyFormatter::exponents_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("apiExponent");
    QTest::addColumn<int>("displayDecimals");

    QTest::addRow("usd: two decimals") << "usd" << 2 << 2;
    QTest::addRow("EUR in capitals") << "EUR" << 2 << 2;
    QTest::addRow("jpy: zero-decimal") << "jpy" << 0 << 0;
    QTest::addRow("krw: zero-decimal") << "krw" << 0 << 0;
    QTest::addRow("vnd: zero-decimal") << "vnd" << 0 << 0;
    QTest::addRow("xof: zero-decimal") << "xof" << 0 << 0;
    QTest::addRow("clp: zero-decimal") << "clp" << 0 << 0;
    QTest::addRow("ugx: zero-decimal") << "ugx" << 0 << 0;
    QTest::addRow("kwd: three decimals") << "kwd" << 3 << 3;
    QTest::addRow("bhd: three decimals") << "bhd" << 3 << 3;
    QTest::addRow("jod: three decimals") << "jod" << 3 << 3;
    QTest::addRow("omr: three decimals") << "omr" << 3 << 3;
    QTest::addRow("tnd: three decimals") << "tnd" << 3 << 3;
    QTest::addRow("clf: four decimals") << "clf" << 4 << 4;
    QTest::addRow("isk: Stripe sends two decimals, shown whole") << "isk" << 2 << 0;
    QTest::addRow("mga: whole ariary") << "mga" << 0 << 0;
    QTest::addRow("unknown code: two") << "zzz" << 2 << 2;
}

void TestCurrencyFormatter::exponents()
{
    QFETCH(QString, currency);
    QFETCH(int, apiExponent);
    QFETCH(int, displayDecimals);
    QCOMPARE(CurrencyFormatter::apiExponent(currency), apiExponent);
    QCOMPARE(CurrencyFormatter::displayDecimals(currency), displayDecimals);
}

void TestCurrencyFormatter::formats_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale jp(QLocale::Japanese, QLocale::Japan);
    const QString nbsp(QChar(0x00A0));

    QTest::addRow("usd") << us << qint64(6400) << "usd"
                         << "$64.00";
    QTest::addRow("usd cents") << us << qint64(1999) << "usd"
                               << "$19.99";
    QTest::addRow("usd zero") << us << qint64(0) << "usd"
                              << "$0.00";
    QTest::addRow("usd grouping") << us << qint64(123456789) << "usd"
                                  << "$1,234,567.89";
    QTest::addRow("jpy has no minor unit") << us << qint64(1200) << "jpy"
                                           << "¥1,200";
    QTest::addRow("krw") << us << qint64(50000) << "krw"
                         << "₩50,000";
    QTest::addRow("eur") << us << qint64(2550) << "eur"
                         << "€25.50";
    QTest::addRow("gbp") << us << qint64(500) << "gbp"
                         << "£5.00";
    QTest::addRow("cad is told apart from usd") << us << qint64(4200) << "cad"
                                                << "CA$42.00";
    QTest::addRow("kwd has three decimals") << us << qint64(1500) << "kwd" << u"KWD"_s + nbsp + u"1.500"_s;
    QTest::addRow("bhd") << us << qint64(123456) << "bhd" << u"BHD"_s + nbsp + u"123.456"_s;
    QTest::addRow("isk: 100 in the API is one króna")
        << us << qint64(150000) << "isk" << u"ISK"_s + nbsp + u"1,500"_s;
    QTest::addRow("clf: four decimals") << us << qint64(12345) << "clf" << u"CLF"_s + nbsp + u"1.2345"_s;
    QTest::addRow("capital code") << us << qint64(6400) << "USD"
                                  << "$64.00";
    QTest::addRow("german: usd") << de << qint64(6400) << "usd" << u"64,00"_s + nbsp + u"$"_s;
    QTest::addRow("german: own currency") << de << qint64(123456) << "eur" << u"1.234,56"_s + nbsp + u"€"_s;
    QTest::addRow("german: kwd") << de << qint64(1500) << "kwd" << u"1,500"_s + nbsp + u"KWD"_s;
    QTest::addRow("C locale reads as English") << QLocale::c() << qint64(6400) << "usd"
                                               << "$64.00";
    QTest::addRow("japanese: own currency")
        << jp << qint64(1200) << "jpy" << QString(QChar(0xFFE5)) + u"1,200"_s;
}

void TestCurrencyFormatter::formats()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(CurrencyFormatter(locale).format(amount, currency), expected);
}

QTEST_GUILESS_MAIN(TestCurrencyFormatter)
#include "tst_currency_formatter.moc"
