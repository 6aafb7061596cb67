#include "AlertTestDoubles.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertTier.h"
#include "alerts/AlertTierFile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Dewey;
using DeweyTest::ManualClock;

namespace {

Sale sale(const QString& buyer, qint64 amountMinor, const QString& currency, const QString& formatted,
          const QList<SaleItem>& items = {SaleItem{QStringLiteral("Hoodie"), 2}})
{
    Sale s;
    s.eventId = QStringLiteral("evt_1");
    s.buyerName = buyer;
    s.amountMinor = amountMinor;
    s.currency = currency;
    s.formattedAmount = formatted;
    s.items = items;
    s.created = QDateTime(QDate(2026, 3, 14), QTime(19, 59), QTimeZone::utc()).toUTC();
    return s;
}

AlertTier bigSpender()
{
    AlertTier tier;
    tier.name = QStringLiteral("Big spender");
    tier.minAmountMinor = 5000;
    tier.currency = QStringLiteral("usd");
    tier.titleTemplate = QStringLiteral("{buyer} is a legend! {amount}");
    tier.sound = QStringLiteral("/home/streamer/airhorn.ogg");
    tier.durationMs = 12000;
    tier.style = QStringLiteral("gold");
    tier.volume = 0.5;
    return tier;
}

AlertTier hoodies()
{
    AlertTier tier;
    tier.name = QStringLiteral("Hoodies");
    tier.productContains = QStringLiteral("hoodie");
    tier.textTemplate = QStringLiteral("Stay warm, {buyer}!");
    tier.sound = QString(kSilentSound);
    return tier;
}

} // namespace

// Tiers decide how a sale looks on stream: the first rule that matches, by amount and product.
class TestAlertTiers : public QObject
{
    Q_OBJECT

private slots:
    void tierMatching_data();
    void tierMatching();
    void defaultAlertReadsLikeASentence();
    void tierOverridesLook();
    void tierKeepsDefaultsItDoesNotSet();
    void anonymousBuyerIsSomeone();
    void zeroDecimalCurrencyKeepsItsFormatting();
    void testAlertUsesSampleSaleAndFreshIds();
    void replayIsFreshInTime();
    void tierFileRoundTrip();
    void tierFileRejects_data();
    void tierFileRejects();
    void missingTierFileIsNoTiers();

private:
    ManualClock m_clock{DeweyTest::alertsClockStart()};
};

void TestAlertTiers::tierMatching_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("tier");
    QTest::addRow("big usd hoodie: first rule wins") << qint64(6400) << "usd"
                                                     << "Hoodie"
                                                     << "Big spender";
    QTest::addRow("exactly the minimum") << qint64(5000) << "usd"
                                         << "Cap"
                                         << "Big spender";
    QTest::addRow("one cent short") << qint64(4999) << "usd"
                                    << "Cap"
                                    << "";
    QTest::addRow("small hoodie") << qint64(3200) << "usd"
                                  << "Black HOODIE"
                                  << "Hoodies";
    QTest::addRow("big in another currency") << qint64(900000) << "jpy"
                                             << "Cap"
                                             << "";
    QTest::addRow("currency case ignored") << qint64(5000) << "USD"
                                           << "Cap"
                                           << "Big spender";
    QTest::addRow("nothing matches") << qint64(100) << "eur"
                                     << "Sticker"
                                     << "";
}

void TestAlertTiers::tierMatching()
{
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(QString, product);
    QFETCH(QString, tier);
    const QList<AlertTier> tiers{bigSpender(), hoodies()};
    const AlertTier* found = findTier(tiers, amount, currency, {SaleItem{product, 1}});
    QCOMPARE(found ? found->name : QString(), tier);
}

void TestAlertTiers::defaultAlertReadsLikeASentence()
{
    AlertComposer composer(m_clock);
    const Alert alert = composer.fromSale(
        sale(QStringLiteral("Alex"), 6400, QStringLiteral("usd"), QStringLiteral("$64.00")));
    QCOMPARE(alert.title, QStringLiteral("Alex just bought Hoodie ×2 — $64.00"));
    QCOMPARE(alert.text, QString());
    QCOMPARE(alert.kind, AlertKind::Sale);
    QCOMPARE(alert.eventId, QStringLiteral("evt_1"));
    QCOMPARE(alert.items, QStringList{QStringLiteral("Hoodie ×2")});
    QCOMPARE(alert.durationMs, 8000);
    QCOMPARE(alert.style, QStringLiteral("default"));
    QCOMPARE(alert.tier, QString());
    QCOMPARE(alert.soundFile, AlertComposer::defaultSoundFile());
    QCOMPARE(alert.soundVolume, 0.8);
    // The age of a live sale counts from when it happened, not from when Dewey heard of it.
    QCOMPARE(alert.createdAt, QDateTime(QDate(2026, 3, 14), QTime(19, 59), QTimeZone::utc()).toUTC());
}

void TestAlertTiers::tierOverridesLook()
{
    AlertComposer composer(m_clock);
    composer.setTiers({bigSpender(), hoodies()});
    Sale big = sale(QStringLiteral("Sam"), 12000, QStringLiteral("usd"), QStringLiteral("$120.00"));
    big.message = QStringLiteral("Keep it up");
    const Alert alert = composer.fromSale(big);
    QCOMPARE(alert.tier, QStringLiteral("Big spender"));
    QCOMPARE(alert.title, QStringLiteral("Sam is a legend! $120.00"));
    QCOMPARE(alert.text, QStringLiteral("Keep it up")); // the tier keeps the default text template
    QCOMPARE(alert.durationMs, 12000);
    QCOMPARE(alert.style, QStringLiteral("gold"));
    QCOMPARE(alert.soundFile, QStringLiteral("/home/streamer/airhorn.ogg"));
    QCOMPARE(alert.soundVolume, 0.4); // tier 0.5 × master 0.8
}

void TestAlertTiers::tierKeepsDefaultsItDoesNotSet()
{
    AlertComposer composer(m_clock);
    AlertComposer::Defaults defaults;
    defaults.durationMs = 5000;
    defaults.volume = 1.0;
    composer.setDefaults(defaults);
    composer.setTiers({bigSpender(), hoodies()});
    const Alert alert =
        composer.fromSale(sale(QStringLiteral("Kim"), 3200, QStringLiteral("usd"), QStringLiteral("$32.00")));
    QCOMPARE(alert.tier, QStringLiteral("Hoodies"));
    QCOMPARE(alert.title, QStringLiteral("Kim just bought Hoodie ×2 — $32.00"));
    QCOMPARE(alert.text, QStringLiteral("Stay warm, Kim!"));
    QCOMPARE(alert.durationMs, 5000);
    QCOMPARE(alert.style, QStringLiteral("default"));
    QCOMPARE(alert.soundFile, QString()); // "none": silent
}

void TestAlertTiers::anonymousBuyerIsSomeone()
{
    AlertComposer composer(m_clock);
    const Alert alert =
        composer.fromSale(sale(QString(), 500, QStringLiteral("usd"), QStringLiteral("$5.00"), {}));
    QCOMPARE(alert.buyer, QStringLiteral("Someone"));
    QCOMPARE(alert.title, QStringLiteral("Someone just bought something — $5.00"));
}

void TestAlertTiers::zeroDecimalCurrencyKeepsItsFormatting()
{
    AlertComposer composer(m_clock);
    const Alert alert = composer.fromSale(
        sale(QStringLiteral("Yuki"), 1200, QStringLiteral("JPY"), QStringLiteral("¥1,200")));
    QCOMPARE(alert.amount, QStringLiteral("¥1,200"));
    QCOMPARE(alert.amountMinor, 1200);
    QCOMPARE(alert.currency, QStringLiteral("jpy"));
    QVERIFY(alert.title.endsWith(QStringLiteral("— ¥1,200")));
}

void TestAlertTiers::testAlertUsesSampleSaleAndFreshIds()
{
    AlertComposer composer(m_clock);
    const Alert first = composer.testAlert();
    const Alert second = composer.testAlert();
    QCOMPARE(first.kind, AlertKind::Test);
    QCOMPARE(first.title, QStringLiteral("Alex just bought Hoodie ×2 — $64.00"));
    QVERIFY(first.eventId.startsWith(QStringLiteral("test_")));
    QVERIFY(first.eventId != second.eventId);
    QCOMPARE(first.createdAt, m_clock.now());

    // Test alerts go through the tiers too, so the streamer can try a tier's look.
    composer.setTiers({bigSpender()});
    QCOMPARE(composer.testAlert().tier, QStringLiteral("Big spender"));
}

void TestAlertTiers::replayIsFreshInTime()
{
    AlertComposer composer(m_clock);
    Sale old = sale(QStringLiteral("Alex"), 6400, QStringLiteral("usd"), QStringLiteral("$64.00"));
    old.created = m_clock.now().addDays(-30);
    const Alert alert = composer.fromSale(old, true);
    QVERIFY(alert.replay);
    QCOMPARE(alert.createdAt, m_clock.now());
}

void TestAlertTiers::tierFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("alert-tiers.json"));
    const QList<AlertTier> tiers{bigSpender(), hoodies()};
    QString error;
    QVERIFY2(AlertTierFile::save(path, tiers, &error), qPrintable(error));
    const AlertTierFile::ParseResult loaded = AlertTierFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.tiers, tiers);
}

void TestAlertTiers::tierFileRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("not json") << QByteArray("{tiers: [") << "not valid JSON";
    QTest::addRow("wrong version") << QByteArray(R"({"version": 2, "tiers": []})") << "version";
    QTest::addRow("negative amount") << QByteArray(
                                            R"({"version":1,"tiers":[{"name":"A","minAmountMinor":-5}]})")
                                     << "minAmountMinor";
    QTest::addRow("fractional amount")
        << QByteArray(R"({"version":1,"tiers":[{"name":"A","minAmountMinor":50.5}]})") << "minAmountMinor";
    QTest::addRow("duration too short")
        << QByteArray(R"({"version":1,"tiers":[{"name":"Quick","durationMs":10}]})") << "Quick";
    QTest::addRow("volume above 1") << QByteArray(R"({"version":1,"tiers":[{"volume":3}]})") << "tier 1";
    QTest::addRow("tier not an object") << QByteArray(R"({"version":1,"tiers":[7]})") << "tier 1";
}

void TestAlertTiers::tierFileRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const AlertTierFile::ParseResult result = AlertTierFile::parse(json);
    QVERIFY(!result.ok());
    QVERIFY(result.tiers.isEmpty());
    QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
}

void TestAlertTiers::missingTierFileIsNoTiers()
{
    QTemporaryDir dir;
    const AlertTierFile::ParseResult result = AlertTierFile::load(dir.filePath(QStringLiteral("none.json")));
    QVERIFY(result.ok());
    QVERIFY(result.tiers.isEmpty());
}

QTEST_GUILESS_MAIN(TestAlertTiers)
#include "tst_alerttiers.moc"
