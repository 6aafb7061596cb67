#include "ManualClock.h"
#include "db/AppStateRepository.h"
#include "db/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Dewey;

class TestAppState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void missingKeyGivesFallback();
    void storesAndOverwritesWithTimestamp();
    void removeForgetsKey();
    void survivesReopening();
    void keysAndValuesAreTakenLiterally();
    void closedDatabaseReportsError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    DeweyTest::ManualClock m_clock{
        QDateTime(QDate(2026, 3, 14), QTime(19, 30, 5, 250), QTimeZone::utc()).toUTC()};
};

void TestAppState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    const auto result = m_db->open(m_dir->filePath(QStringLiteral("dewey.db")));
    QVERIFY2(result.ok(), qPrintable(result.error));
}

void TestAppState::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAppState::missingKeyGivesFallback()
{
    AppStateRepository state(*m_db, m_clock);
    QCOMPARE(state.value(QStringLiteral("alerts/paused")), QString());
    QCOMPARE(state.value(QStringLiteral("alerts/paused"), QStringLiteral("false")), QStringLiteral("false"));
    QVERIFY(!state.contains(QStringLiteral("alerts/paused")));
    QVERIFY(!state.updatedAt(QStringLiteral("alerts/paused")).isValid());
}

void TestAppState::storesAndOverwritesWithTimestamp()
{
    AppStateRepository state(*m_db, m_clock);
    QString error;
    QVERIFY2(state.setValue(QStringLiteral("stripe/newestEvent"), QStringLiteral("evt_1"), &error),
             qPrintable(error));
    QCOMPARE(state.value(QStringLiteral("stripe/newestEvent")), QStringLiteral("evt_1"));
    QCOMPARE(state.updatedAt(QStringLiteral("stripe/newestEvent")), m_clock.now());

    const QDateTime later = m_clock.now().addSecs(90);
    m_clock.set(later);
    QVERIFY(state.setValue(QStringLiteral("stripe/newestEvent"), QStringLiteral("evt_2"), &error));
    QCOMPARE(state.value(QStringLiteral("stripe/newestEvent")), QStringLiteral("evt_2"));
    QCOMPARE(state.updatedAt(QStringLiteral("stripe/newestEvent")), later);

    // Stored as ISO 8601 in UTC, readable by anyone inspecting the file.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT updated_at FROM app_state")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2026-03-14T19:31:35.250Z"));
}

void TestAppState::removeForgetsKey()
{
    AppStateRepository state(*m_db, m_clock);
    QVERIFY(state.setValue(QStringLiteral("alerts/paused"), QStringLiteral("true")));
    QVERIFY(state.contains(QStringLiteral("alerts/paused")));
    QString error;
    QVERIFY2(state.remove(QStringLiteral("alerts/paused"), &error), qPrintable(error));
    QVERIFY(!state.contains(QStringLiteral("alerts/paused")));
    QCOMPARE(state.value(QStringLiteral("alerts/paused"), QStringLiteral("false")), QStringLiteral("false"));
    QVERIFY(state.remove(QStringLiteral("never/stored"), &error));
}

void TestAppState::survivesReopening()
{
    {
        AppStateRepository state(*m_db, m_clock);
        QVERIFY(state.setValue(QStringLiteral("alerts/paused"), QStringLiteral("true")));
    }
    m_db->close();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("dewey.db"))).ok());
    AppStateRepository state(*m_db, m_clock);
    QCOMPARE(state.value(QStringLiteral("alerts/paused")), QStringLiteral("true"));
}

void TestAppState::keysAndValuesAreTakenLiterally()
{
    AppStateRepository state(*m_db, m_clock);
    const QString key = QStringLiteral("x'); DROP TABLE app_state; --");
    const QString value = QStringLiteral("Zoë's \"value\"\n✓");
    QVERIFY(state.setValue(key, value));
    QCOMPARE(state.value(key), value);
    QVERIFY(state.setValue(QStringLiteral("empty"), QString()));
    QVERIFY(state.contains(QStringLiteral("empty")));
    QCOMPARE(state.value(QStringLiteral("empty"), QStringLiteral("fallback")), QString());
}

void TestAppState::closedDatabaseReportsError()
{
    AppStateRepository state(*m_db, m_clock);
    m_db->close();
    QString error;
    QVERIFY(!state.setValue(QStringLiteral("alerts/paused"), QStringLiteral("true"), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!state.remove(QStringLiteral("alerts/paused"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(state.value(QStringLiteral("alerts/paused"), QStringLiteral("false")), QStringLiteral("false"));
}

QTEST_GUILESS_MAIN(TestAppState)
#include "tst_appstate.moc"
