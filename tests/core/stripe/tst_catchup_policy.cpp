#include "ManualClock.h"
#include "settings/Settings.h"
#include "stripe/CatchUpAlertPolicy.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Dewey::CatchUpAlertPolicy;
using Dewey::EventSource;
using Dewey::Sale;

// Which recorded sales alert on stream: live ones always, caught-up ones only while young enough.
class TestCatchUpPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decides_data();
    void decides();
    void followsTheSetting();
};

void TestCatchUpPolicy::decides_data()
{
    QTest::addColumn<EventSource>("source");
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<int>("maxAgeMinutes");
    QTest::addColumn<bool>("alerts");
    QTest::addRow("webhook, old") << EventSource::Webhook << qint64(86400) << 10 << true;
    QTest::addRow("webhook, never alert caught-up") << EventSource::Webhook << qint64(5) << 0 << true;
    QTest::addRow("caught up, a minute old") << EventSource::CatchUp << qint64(60) << 10 << true;
    QTest::addRow("caught up, just under the age") << EventSource::CatchUp << qint64(599) << 10 << true;
    QTest::addRow("caught up, at the age") << EventSource::CatchUp << qint64(600) << 10 << false;
    QTest::addRow("caught up, yesterday") << EventSource::CatchUp << qint64(86400) << 10 << false;
    QTest::addRow("caught up, clock a little behind Stripe")
        << EventSource::CatchUp << qint64(-30) << 10 << true;
    QTest::addRow("caught up, setting 0 means never") << EventSource::CatchUp << qint64(1) << 0 << false;
    QTest::addRow("caught up, a day allowed") << EventSource::CatchUp << qint64(3600) << 1440 << true;
}

void TestCatchUpPolicy::decides()
{
    QFETCH(EventSource, source);
    QFETCH(qint64, ageSeconds);
    QFETCH(int, maxAgeMinutes);
    QFETCH(bool, alerts);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    Sale sale;
    sale.source = source;
    sale.created = now.addSecs(-ageSeconds);
    QCOMPARE(CatchUpAlertPolicy::shouldAlert(sale, now, maxAgeMinutes), alerts);
}

void TestCatchUpPolicy::followsTheSetting()
{
    QTemporaryDir dir;
    Dewey::Settings settings(dir.filePath(u"settings.ini"_s));
    DeweyTest::ManualClock clock;
    const CatchUpAlertPolicy policy(settings, clock);
    Sale sale;
    sale.source = EventSource::CatchUp;
    sale.created = clock.now().addSecs(-15 * 60);
    QCOMPARE(settings.catchUpAlertMaxAgeMinutes(), 10);
    QVERIFY(!policy.shouldAlert(sale));
    QVERIFY(settings.setCatchUpAlertMaxAgeMinutes(30));
    QVERIFY(policy.shouldAlert(sale));
    QString error;
    QVERIFY(!settings.setCatchUpAlertMaxAgeMinutes(-1, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatchUpPolicy)
#include "tst_catchup_policy.moc"
