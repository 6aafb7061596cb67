#include "TestSupport.h"
#include "common/Clock.h"
#include "db/Database.h"
#include "stripe/SalesLedger.h"
#include "stripe/StripeEventMapper.h"
#include "stripe/StripeSignature.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject fixtureEvent(const QString& name)
{
    QFile file(DeweyTest::sourcePath(u"tests/core/stripe/data/events.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(name).toObject();
}

} // namespace

// `dewey-cli sales list` as a script sees it, and `dewey-cli serve` recording signed webhooks.
class TestSalesCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyDataFolderListsNothing();
    void listsTheLedgerAsJson();
    void sinceFilters_data();
    void sinceFilters();
    void printsATable();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void serveRecordsSignedWebhooks();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    QProcessEnvironment environment() const;
    Result runCli(const QStringList& arguments);
    void record(const QStringList& fixtures);
    QString dataDir() const { return m_dir->filePath(u"data"_s); }

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSalesCli::init()
{
    m_cli = DeweyTest::executable("DEWEY_CLI");
    QVERIFY2(QFile::exists(m_cli), "DEWEY_CLI must point at the built dewey-cli");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcessEnvironment TestSalesCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never touch the developer's real keyring or data from a test.
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/dewey-test-bus"_s);
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.remove(u"DEWEY_DATA_DIR"_s);
    return env;
}

TestSalesCli::Result TestSalesCli::runCli(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(m_cli, QStringList{u"--data-dir"_s, dataDir()} + arguments);
    Result result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestSalesCli::record(const QStringList& fixtures)
{
    QVERIFY(QDir().mkpath(dataDir()));
    Dewey::Database database;
    QVERIFY(database.open(dataDir() + u"/dewey.sqlite"_s).ok());
    Dewey::SystemClock clock;
    Dewey::SalesLedger ledger(database, clock);
    Dewey::StripeEventMapper::Options options;
    options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const Dewey::StripeEventMapper mapper(options);
    for (const QString& fixture : fixtures) {
        const Dewey::StripeEventMapper::Mapping mapping = mapper.map(fixtureEvent(fixture));
        if (mapping.action == Dewey::StripeEventMapper::Action::StatusChange) {
            QCOMPARE(ledger
                         .recordStatusEvent(mapping.eventId, mapping.eventType, mapping.created, mapping.keys,
                                            mapping.status, Dewey::EventSource::Webhook)
                         .status,
                     Dewey::SalesLedger::WriteStatus::Written);
        } else {
            QCOMPARE(mapping.action, Dewey::StripeEventMapper::Action::NewSale);
            QCOMPARE(ledger.recordSale(mapping.sale, mapping.keys, mapping.eventType, false).status,
                     Dewey::SalesLedger::WriteStatus::Written);
        }
    }
}

void TestSalesCli::emptyDataFolderListsNothing()
{
    const Result result = runCli({u"sales"_s, u"list"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).array(), QJsonArray());
    // Listing does not create a database.
    QVERIFY(!QFile::exists(dataDir() + u"/dewey.sqlite"_s));
}

void TestSalesCli::listsTheLedgerAsJson()
{
    record({u"checkout_paid"_s, u"invoice_store"_s, u"invoice_renewal"_s, u"charge_refunded"_s});
    const Result result = runCli({u"sales"_s, u"list"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonArray sales = QJsonDocument::fromJson(result.out, &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(sales.size(), 3);

    // Newest first: the renewal (1702600000), then the two at 1700000100 (newer row first).
    QCOMPARE(sales.at(0).toObject().value(u"eventId"_s).toString(), u"evt_invoice_renewal"_s);
    const QJsonObject store = sales.at(1).toObject();
    QCOMPARE(store.value(u"eventId"_s).toString(), u"evt_invoice_store"_s);
    QCOMPARE(store.value(u"buyer"_s).toString(), u"Kim"_s);
    QCOMPARE(store.value(u"amountMinor"_s).toInteger(), 4200);
    QCOMPARE(store.value(u"currency"_s).toString(), u"eur"_s);
    QCOMPARE(store.value(u"amount"_s).toString(), u"€42.00"_s);
    QCOMPARE(store.value(u"message"_s).toString(), u"Greetings from Berlin"_s);
    QCOMPARE(store.value(u"status"_s).toString(), u"recorded"_s);
    QCOMPARE(store.value(u"livemode"_s).toBool(), true);
    QCOMPARE(store.value(u"created"_s).toString(), u"2023-11-14T22:15:00Z"_s);
    const QJsonArray items = store.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject(), (QJsonObject{{u"name"_s, u"Poster"_s}, {u"quantity"_s, 3}}));

    const QJsonObject refunded = sales.at(2).toObject();
    QCOMPARE(refunded.value(u"eventId"_s).toString(), u"evt_checkout_paid"_s);
    QCOMPARE(refunded.value(u"status"_s).toString(), u"refunded"_s);
    QCOMPARE(refunded.value(u"livemode"_s).toBool(), false);
    // Never contact details.
    QVERIFY(!result.out.contains("example.com"));
    QVERIFY(!result.out.contains("Main St"));
}

void TestSalesCli::sinceFilters_data()
{
    QTest::addColumn<QString>("since");
    QTest::addColumn<int>("count");
    QTest::addRow("date only") << "2023-12-01" << 1;
    QTest::addRow("UTC time, inclusive") << "2023-11-14T22:15:00Z" << 2;
    QTest::addRow("one second later") << "2023-11-14T22:15:01Z" << 1;
    QTest::addRow("with an offset") << "2023-11-14T23:15:00+01:00" << 2;
    QTest::addRow("in the future") << "2030-01-01T00:00:00Z" << 0;
}

void TestSalesCli::sinceFilters()
{
    QFETCH(QString, since);
    QFETCH(int, count);
    record({u"checkout_paid"_s, u"invoice_renewal"_s});
    const Result result = runCli({u"sales"_s, u"list"_s, u"--json"_s, u"--since"_s, since});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), count);
}

void TestSalesCli::printsATable()
{
    record({u"checkout_paid"_s, u"invoice_store"_s});
    const Result result = runCli({u"sales"_s, u"list"_s});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains("Kim"));
    QVERIFY(lines.at(0).contains("€42.00"));
    QVERIFY(lines.at(0).contains("Poster ×3"));
    QVERIFY(!lines.at(0).contains("[test]"));
    QVERIFY(lines.at(1).contains("Alex"));
    QVERIFY(lines.at(1).contains("$64.00"));
    QVERIFY(lines.at(1).contains("[test]"));
}

void TestSalesCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("no subcommand") << QStringList{u"sales"_s};
    QTest::addRow("unknown subcommand") << QStringList{u"sales"_s, u"delete"_s};
    QTest::addRow("extra argument") << QStringList{u"sales"_s, u"list"_s, u"now"_s};
    QTest::addRow("bad since") << QStringList{u"sales"_s, u"list"_s, u"--since"_s, u"last tuesday"_s};
    QTest::addRow("unknown option") << QStringList{u"sales"_s, u"list"_s, u"--csv"_s};
}

void TestSalesCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Result result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TestSalesCli::serveRecordsSignedWebhooks()
{
    const QByteArray secret = "whsec_cli_test_secret";
    QProcess serve;
    QProcessEnvironment env = environment();
    env.insert(u"DEWEY_STRIPE_WEBHOOK_SECRET"_s, QString::fromLatin1(secret));
    serve.setProcessEnvironment(env);
    serve.start(m_cli, {u"--data-dir"_s, dataDir(), u"serve"_s, u"--overlay-port"_s, u"0"_s,
                        u"--webhook-port"_s, u"0"_s});
    QVERIFY(
        QTest::qWaitFor([&] { return serve.canReadLine() || serve.state() == QProcess::NotRunning; }, 30000));
    const QJsonObject ready = QJsonDocument::fromJson(serve.readLine()).object();
    const QUrl url(ready.value(u"webhookUrl"_s).toString());
    QVERIFY2(url.isValid() && url.port() > 0, serve.readAllStandardError().constData());

    QNetworkAccessManager network;
    const auto post = [&](const QByteArray& body, const QByteArray& signature) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Stripe-Signature", signature);
        QNetworkReply* reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    const QByteArray body = QJsonDocument(fixtureEvent(u"checkout_paid"_s)).toJson(QJsonDocument::Compact);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(post(body, Dewey::StripeSignature::headerFor(now, body, secret)), 200);
    QCOMPARE(post(body, Dewey::StripeSignature::headerFor(now, body, secret)), 200);
    QCOMPARE(post(body, Dewey::StripeSignature::headerFor(now, body, "whsec_wrong")), 400);

    // The ledger can be read while serve is running.
    const Result result = runCli({u"sales"_s, u"list"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray sales = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(sales.size(), 1);
    QCOMPARE(sales.first().toObject().value(u"eventId"_s).toString(), u"evt_checkout_paid"_s);

    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));
}

QTEST_GUILESS_MAIN(TestSalesCli)
#include "tst_sales_cli.moc"
