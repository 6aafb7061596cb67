#include "EventFixtures.h"
#include "ManualClock.h"
#include "db/Database.h"
#include "stripe/SalesLedger.h"
#include "stripe/SalesLedgerWriter.h"
#include "stripe/StripeEventMapper.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Dewey::SalesLedger;
using Dewey::SalesLedgerWriter;
using Dewey::StripeEventMapper;
using WriteStatus = Dewey::SalesLedger::WriteStatus;
using DeweyTest::fixtureEvent;

namespace {

// What the intake hands the writer for one event.
SalesLedger::Write writeFor(const QJsonObject& event)
{
    StripeEventMapper::Options options;
    options.paymentIntentSales = true;
    const StripeEventMapper::Mapping mapping = StripeEventMapper(options).map(event);
    if (mapping.action == StripeEventMapper::Action::StatusChange) {
        return SalesLedger::Write::statusChange(mapping.eventId, mapping.eventType, mapping.created,
                                                mapping.keys, mapping.status, Dewey::EventSource::Webhook);
    }
    if (mapping.action != StripeEventMapper::Action::NewSale)
        qFatal("fixture is not a sale: %s", qPrintable(mapping.reason));
    return SalesLedger::Write::newSale(mapping.sale, mapping.keys, mapping.eventType, false);
}

// The checkout_paid fixture as another purchase.
QJsonObject otherSale(int n)
{
    QJsonObject event =
        DeweyTest::withValue(fixtureEvent(u"checkout_paid"_s), u"id"_s, u"evt_other_%1"_s.arg(n));
    event = DeweyTest::withValue(event, u"data.object.id"_s, u"cs_other_%1"_s.arg(n));
    return DeweyTest::withValue(event, u"data.object.payment_intent"_s, u"pi_other_%1"_s.arg(n));
}

} // namespace

class TestSalesLedgerWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void writesSubmittedTogetherGetTheirOwnResults();
    void manyCommitsOnOneConnectionThenACleanClose();
    void noAnswerForAContextThatIsGone();

private:
    int rows(const QString& table) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dewey::Database> m_database;
    std::unique_ptr<DeweyTest::ManualClock> m_clock;
    std::unique_ptr<SalesLedgerWriter> m_writer;
};

void TestSalesLedgerWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Dewey::Database>();
    const Dewey::Database::OpenResult opened = m_database->open(m_dir->filePath(u"dewey.sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    m_clock = std::make_unique<DeweyTest::ManualClock>();
    m_writer = std::make_unique<SalesLedgerWriter>(m_database->path(), *m_clock);
    QString error;
    QVERIFY2(m_writer->start(&error), qPrintable(error));
}

void TestSalesLedgerWriter::cleanup()
{
    m_writer.reset();
    m_database.reset();
    m_dir.reset();
}

int TestSalesLedgerWriter::rows(const QString& table) const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestSalesLedgerWriter::writesSubmittedTogetherGetTheirOwnResults()
{
    // Submitted in one go, so the writer may commit them together: each caller still gets the
    // results of its own writes, in order, with the earlier writes of the batch seen by the later.
    QList<QList<SalesLedger::WriteResult>> answers(3);
    QList<int> order;
    const auto collect = [&](int job) {
        return [&, job](const QList<SalesLedger::WriteResult>& results) {
            answers[job] = results;
            order << job;
        };
    };
    m_writer->submit({writeFor(fixtureEvent(u"checkout_paid"_s))}, this, collect(0));
    m_writer->submit({writeFor(fixtureEvent(u"checkout_paid"_s)), writeFor(otherSale(1))}, this, collect(1));
    m_writer->submit({writeFor(fixtureEvent(u"charge_refunded"_s))}, this, collect(2));
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 20000);

    QCOMPARE(order, (QList<int>{0, 1, 2}));
    QCOMPARE(answers.at(0).size(), 1);
    QCOMPARE(answers.at(0).at(0).status, WriteStatus::Written);
    QCOMPARE(answers.at(1).size(), 2);
    QCOMPARE(answers.at(1).at(0).status, WriteStatus::DuplicateEvent);
    QCOMPARE(answers.at(1).at(1).status, WriteStatus::Written);
    QCOMPARE(answers.at(2).size(), 1);
    QCOMPARE(answers.at(2).at(0).status, WriteStatus::Written);
    QVERIFY(answers.at(2).at(0).statusChanged);
    QCOMPARE(answers.at(2).at(0).sale.id, answers.at(0).at(0).sale.id);

    // On disk for every other connection, as soon as the answers came.
    QCOMPARE(rows(u"sales"_s), 2);
    QCOMPARE(rows(u"stripe_events"_s), 3); // the redelivery adds no row
    QCOMPARE(SalesLedger(*m_database, *m_clock).sale(answers.at(0).at(0).sale.id)->status,
             Dewey::SaleStatus::Refunded);
}

void TestSalesLedgerWriter::manyCommitsOnOneConnectionThenACleanClose()
{
    // The writer keeps its statements prepared between commits and checkpoints on its own: more
    // events than one checkpoint interval, one commit each, then a redelivery of every one of them.
    constexpr int count = 60;
    int answered = 0;
    QList<WriteStatus> statuses;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < count; ++i) {
            const int expected = answered + 1;
            m_writer->submit({writeFor(otherSale(i))}, this,
                             [&](const QList<SalesLedger::WriteResult>& results) {
                                 statuses << results.value(0).status;
                                 ++answered;
                             });
            QTRY_COMPARE_WITH_TIMEOUT(answered, expected, 20000);
        }
    }
    QCOMPARE(statuses.count(WriteStatus::Written), count);
    QCOMPARE(statuses.count(WriteStatus::DuplicateEvent), count);
    QCOMPARE(rows(u"sales"_s), count);

    // Closing drops the prepared statements before the connection: no "still in use" from Qt.
    QTest::failOnWarning(QRegularExpression(u"still in use"_s));
    m_writer.reset();
    QCOMPARE(rows(u"sales"_s), count);
}

void TestSalesLedgerWriter::noAnswerForAContextThatIsGone()
{
    auto context = std::make_unique<QObject>();
    bool called = false;
    m_writer->submit({writeFor(fixtureEvent(u"checkout_paid"_s))}, context.get(),
                     [&](const QList<SalesLedger::WriteResult>&) { called = true; });
    context.reset();
    // A later write's answer comes after the first one's would have.
    bool later = false;
    m_writer->submit({writeFor(otherSale(7))}, this,
                     [&](const QList<SalesLedger::WriteResult>&) { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, 20000);
    QVERIFY(!called);
    // Committed all the same: the event is not lost, only its answer.
    QCOMPARE(rows(u"sales"_s), 2);
}

QTEST_GUILESS_MAIN(TestSalesLedgerWriter)
#include "tst_ledger_writer.moc"
