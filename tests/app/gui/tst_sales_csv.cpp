#include "alerts/SalesCsvExporter.h"
#include "tst_alerts_fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Dewey;
using DeweyTest::AlertsFixture;

namespace {

// A minimal RFC 4180 reader, to check the file reads back into the same cells.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

// Sales exported for spreadsheets: names typed by strangers must read back intact and never run.
class TestSalesCsv : public QObject
{
    Q_OBJECT

private slots:
    void hostileNamesRoundTrip_data();
    void hostileNamesRoundTrip();
    void startsWithByteOrderMarkAndHeader();
    void exportsThePeriodFromTheLedger();
    void unwritableFileIsReported();
};

void TestSalesCsv::hostileNamesRoundTrip_data()
{
    QTest::addColumn<QString>("buyer");
    QTest::addColumn<QString>("rawCell");  // exactly as in the file
    QTest::addColumn<QString>("readBack"); // what a spreadsheet shows

    QTest::addRow("plain") << QStringLiteral("Alex") << QStringLiteral("Alex") << QStringLiteral("Alex");
    QTest::addRow("comma") << QStringLiteral("Doe, Jane") << QStringLiteral("\"Doe, Jane\"")
                           << QStringLiteral("Doe, Jane");
    QTest::addRow("quotes") << QStringLiteral("The \"Boss\"") << QStringLiteral("\"The \"\"Boss\"\"\"")
                            << QStringLiteral("The \"Boss\"");
    QTest::addRow("newline") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"")
                             << QStringLiteral("two\nlines");
    QTest::addRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"")
                          << QStringLiteral("a\r\nb");
    QTest::addRow("formula") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0")
                             << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::addRow("hyperlink with comma") << QStringLiteral("=HYPERLINK(\"http://x\",\"hi\")")
                                          << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"hi\"\")\"")
                                          << QStringLiteral("'=HYPERLINK(\"http://x\",\"hi\")");
    QTest::addRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1") << QStringLiteral("'+1+1");
    QTest::addRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3") << QStringLiteral("'-2+3");
    QTest::addRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)")
                        << QStringLiteral("'@SUM(A1)");
    QTest::addRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1") << QStringLiteral("'\t=1");
    QTest::addRow("emoji") << QStringLiteral("Zoë 🎉🦊") << QStringLiteral("Zoë 🎉🦊")
                           << QStringLiteral("Zoë 🎉🦊");
    QTest::addRow("rtl") << QStringLiteral("‏مريم‎ שלום")
                         << QStringLiteral("‏مريم‎ שלום")
                         << QStringLiteral("‏مريم‎ שלום");
    QTest::addRow("equals later is fine")
        << QStringLiteral("a=b") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestSalesCsv::hostileNamesRoundTrip()
{
    QFETCH(QString, buyer);
    QFETCH(QString, rawCell);
    QFETCH(QString, readBack);

    QCOMPARE(SalesCsvExporter::cell(buyer), rawCell);

    Sale sale = AlertsFixture::sale(QStringLiteral("hostile"),
                                    QDateTime(QDate(2026, 3, 14), QTime(20, 0), QTimeZone::utc()).toUTC());
    sale.buyerName = buyer;
    sale.message = buyer;
    const QByteArray csv = SalesCsvExporter::toCsv({sale});
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).size(), SalesCsvExporter::header().size());
    const int buyerColumn = static_cast<int>(SalesCsvExporter::header().indexOf(QStringLiteral("buyer")));
    const int messageColumn = static_cast<int>(SalesCsvExporter::header().indexOf(QStringLiteral("message")));
    QCOMPARE(rows.at(1).at(buyerColumn), readBack);
    QCOMPARE(rows.at(1).at(messageColumn), readBack);
}

void TestSalesCsv::startsWithByteOrderMarkAndHeader()
{
    const QByteArray csv = SalesCsvExporter::toCsv({});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.mid(3),
             QByteArrayLiteral("created_utc,buyer,items,amount,amount_minor,currency,message,status,mode,"
                               "event_id\r\n"));
}

void TestSalesCsv::exportsThePeriodFromTheLedger()
{
    AlertsFixture fixture;
    const QDateTime now = fixture.clock.now();
    Sale old = AlertsFixture::sale(QStringLiteral("old"), now.addDays(-3), 1000);
    Sale recent = AlertsFixture::sale(QStringLiteral("recent"), now, 1200, QStringLiteral("jpy"),
                                      QStringLiteral("Kai"));
    recent.livemode = true;
    recent.items = {SaleItem{QStringLiteral("Mug"), 1}, SaleItem{QStringLiteral("Cap, blue"), 3}};
    QVERIFY(fixture.record(old));
    QVERIFY(fixture.record(recent));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sales.csv"));
    int exported = 0;
    QString error;
    QVERIFY2(SalesCsvExporter::exportToFile(*fixture.ledger, now.addDays(-1), path, &exported, &error),
             qPrintable(error));
    QCOMPARE(exported, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll().mid(3)));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(
        rows.at(1),
        (QStringList{now.toString(Qt::ISODate), QStringLiteral("Kai"), QStringLiteral("Mug, Cap, blue ×3"),
                     QStringLiteral("1200 jpy"), QStringLiteral("1200"), QStringLiteral("JPY"), QString(),
                     QStringLiteral("recorded"), QStringLiteral("live"), QStringLiteral("evt_recent")}));

    QVERIFY(SalesCsvExporter::exportToFile(*fixture.ledger, {}, path, &exported, &error));
    QCOMPARE(exported, 2);
}

void TestSalesCsv::unwritableFileIsReported()
{
    AlertsFixture fixture;
    QString error;
    int exported = -1;
    QVERIFY(!SalesCsvExporter::exportToFile(
        *fixture.ledger, {}, QStringLiteral("/nonexistent-dir/x/sales.csv"), &exported, &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x/sales.csv")));
    QCOMPARE(exported, -1);
}

QTEST_MAIN(TestSalesCsv)
#include "tst_sales_csv.moc"
