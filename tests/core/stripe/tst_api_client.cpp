#include "StripeTestServer.h"
#include "secrets/MemorySecretBackend.h"
#include "secrets/SecretStore.h"
#include "stripe/StripeApiClient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using Dewey::StripeApiClient;
using Dewey::StripeWebhookEndpoint;
using DeweyTest::StripeTestServer;
using Error = Dewey::StripeApiClient::Error;
using FailureKind = DeweyTest::StripeTestServer::FailureKind;

namespace {

// Everything the client logs while a test runs, to prove the key never reaches the log.
QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logged << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

// The Stripe REST client against the local Stripe API server: authentication, the answers it reads,
// how it fails (with reasons a streamer can act on) and when it retries.
class TestStripeApiClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void baseUrlComesFromTheEnvironment_data();
    void baseUrlComesFromTheEnvironment();
    void everyRequestCarriesTheKeyAndApiVersion();
    void lineItemsAreReadAcrossPages();
    void lineItemsWithoutAKeyFailAtOnce();
    void clientErrorsAreNotRetried_data();
    void clientErrorsAreNotRetried();
    void serverErrorsAndLostConnectionsAreRetried_data();
    void serverErrorsAndLostConnectionsAreRetried();
    void retriesEndWithTheLastError();
    void stripeCanSayNotToRetry();
    void aLostAnswerToACreateDoesNotCreateTwice();
    void aServerThatNeverAnswersTimesOut();
    void anUnreachableServerIsANetworkError();
    void eventsAreListedWithFiltersAndPaging();
    void webhookEndpointsCanBeCreatedListedUpdatedAndDeleted();
    void theKeyNeverReachesTheLogOrMessages();
    void aGoneContextGetsNoCallback();
    void theNetworkManagerMayGoFirst();

private:
    StripeApiClient::Response waitFor(std::optional<StripeApiClient::Response>& slot);
    StripeApiClient::Response sendGet(const QString& path);

    std::unique_ptr<StripeTestServer> m_server;
    std::unique_ptr<Dewey::SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StripeApiClient> m_client;
};

void TestStripeApiClient::init()
{
    m_server = std::make_unique<StripeTestServer>();
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
    m_secrets = std::make_unique<Dewey::SecretStore>(
        std::make_unique<Dewey::MemorySecretBackend>(), std::make_unique<Dewey::MemorySecretBackend>(),
        std::make_unique<Dewey::MemorySecretBackend>(), QProcessEnvironment(),
        Dewey::SecretStorageMode::SessionOnly);
    m_secrets->setValue(Dewey::SecretId::StripeSecretKey, m_server->secretKey());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<StripeApiClient>(*m_network, *m_secrets);
    m_client->setBaseUrl(m_server->baseUrl());
    StripeApiClient::Options options;
    options.timeoutMs = 10000;
    options.retry.initialDelayMs = 5; // retries are counted, not timed
    options.retry.maxDelayMs = 20;
    m_client->setOptions(options);
}

void TestStripeApiClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_secrets.reset();
    m_server.reset();
}

StripeApiClient::Response TestStripeApiClient::waitFor(std::optional<StripeApiClient::Response>& slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 30000))
        return {Error::BadResponse, 0, u"the test gave up waiting"_s, {}, {}, 0};
    return *slot;
}

StripeApiClient::Response TestStripeApiClient::sendGet(const QString& path)
{
    std::optional<StripeApiClient::Response> answer;
    m_client->send(StripeApiClient::Method::Get, path, {}, this,
                   [&answer](const StripeApiClient::Response& response) { answer = response; });
    return waitFor(answer);
}

void TestStripeApiClient::baseUrlComesFromTheEnvironment_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QUrl>("expected");
    QTest::addRow("unset") << QString() << QUrl(u"https://api.stripe.com"_s);
    QTest::addRow("local server") << u"http://127.0.0.1:4321"_s << QUrl(u"http://127.0.0.1:4321"_s);
    QTest::addRow("not a URL") << u"stripe please"_s << QUrl(u"https://api.stripe.com"_s);
    QTest::addRow("not http") << u"ftp://127.0.0.1"_s << QUrl(u"https://api.stripe.com"_s);
}

void TestStripeApiClient::baseUrlComesFromTheEnvironment()
{
    QFETCH(QString, value);
    QFETCH(QUrl, expected);
    QProcessEnvironment environment;
    if (!value.isEmpty())
        environment.insert(u"DEWEY_STRIPE_API_BASE"_s, value);
    QCOMPARE(StripeApiClient::baseUrlFrom(environment), expected);
}

void TestStripeApiClient::everyRequestCarriesTheKeyAndApiVersion()
{
    m_server->setNow(QDateTime::fromSecsSinceEpoch(1750000000, QTimeZone::utc()));
    const StripeApiClient::Response response = sendGet(u"/v1/webhook_endpoints"_s);
    QVERIFY2(response.ok(), qPrintable(response.message));
    QCOMPARE(m_server->requests().size(), 1);
    const DeweyTest::StripeRecordedRequest request = m_server->requests().constFirst();
    QCOMPARE(request.header("authorization"), "Bearer " + m_server->secretKey().toUtf8());
    QCOMPARE(request.header("stripe-version"), StripeApiClient::apiVersion().toUtf8());
    // Stripe's clock, for catch-up windows that do not trust the local one.
    QCOMPARE(response.serverTime, QDateTime::fromSecsSinceEpoch(1750000000, QTimeZone::utc()));
}

void TestStripeApiClient::lineItemsAreReadAcrossPages()
{
    QList<QJsonObject> items;
    for (int i = 0; i < 130; ++i)
        items << DeweyTest::stripeLineItem(u"li_%1"_s.arg(i), u"Hoodie %1"_s.arg(i), i % 3 + 1);
    m_server->setLineItems(u"cs_test_many"_s, items);

    std::optional<Dewey::LineItemsSource::Result> result;
    QVERIFY(m_client->canFetch());
    m_client->fetchCheckoutLineItems(u"cs_test_many"_s,
                                     [&result](const Dewey::LineItemsSource::Result& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->ok, qPrintable(result->error));
    QCOMPARE(result->items.size(), 130);
    QCOMPARE(result->items.at(0).name, u"Hoodie 0"_s);
    QCOMPARE(result->items.at(0).quantity, 1);
    QCOMPARE(result->items.at(129).name, u"Hoodie 129"_s);
    QCOMPARE(result->items.at(129).quantity, 129 % 3 + 1);
    const auto requests = m_server->requests("GET", u"/v1/checkout/sessions/cs_test_many/line_items"_s);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).param(u"starting_after"_s), u"li_99"_s);
}

void TestStripeApiClient::lineItemsWithoutAKeyFailAtOnce()
{
    m_secrets->setValue(Dewey::SecretId::StripeSecretKey, QString());
    QVERIFY(!m_client->canFetch());
    std::optional<Dewey::LineItemsSource::Result> result;
    m_client->fetchCheckoutLineItems(u"cs_test_x"_s,
                                     [&result](const Dewey::LineItemsSource::Result& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(!result->ok);
    QVERIFY2(result->error.contains(u"secret key"_s), qPrintable(result->error));
    QVERIFY(m_server->requests().isEmpty());
}

void TestStripeApiClient::clientErrorsAreNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("400 invalid request") << 400 << Error::InvalidRequest << u"HTTP 400"_s;
    QTest::addRow("401 wrong key") << 401 << Error::Unauthorized << u"Settings → Secrets"_s;
    QTest::addRow("403 restricted key") << 403 << Error::Forbidden << u"restricted key"_s;
    QTest::addRow("404 unknown") << 404 << Error::NotFound << u"HTTP 404"_s;
}

void TestStripeApiClient::clientErrorsAreNotRetried()
{
    QFETCH(int, status);
    QFETCH(Error, error);
    QFETCH(QString, mentions);
    m_server->failNext("GET", u"/v1/events"_s, {FailureKind::Status, status, {}, {}, -1});
    const StripeApiClient::Response response = sendGet(u"/v1/events"_s);
    QCOMPARE(response.error, error);
    QCOMPARE(response.httpStatus, status);
    QVERIFY2(response.message.contains(mentions), qPrintable(response.message));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestStripeApiClient::serverErrorsAndLostConnectionsAreRetried_data()
{
    QTest::addColumn<StripeTestServer::Failure>("failure");
    QTest::addRow("500") << StripeTestServer::Failure{FailureKind::Status, 500, {}, {}, -1};
    QTest::addRow("502") << StripeTestServer::Failure{FailureKind::Status, 502, {}, {}, -1};
    QTest::addRow("409 lock timeout") << StripeTestServer::Failure{FailureKind::Status, 409, {}, {}, -1};
    QTest::addRow("429 with Retry-After") << StripeTestServer::Failure{FailureKind::Status, 429, {}, {}, 0};
    QTest::addRow("connection dropped") << StripeTestServer::Failure{FailureKind::Drop, 0, {}, {}, -1};
}

void TestStripeApiClient::serverErrorsAndLostConnectionsAreRetried()
{
    QFETCH(StripeTestServer::Failure, failure);
    m_server->failNext("GET", u"/v1/webhook_endpoints"_s, failure, 2);
    const StripeApiClient::Response response = sendGet(u"/v1/webhook_endpoints"_s);
    QVERIFY2(response.ok(), qPrintable(response.message));
    // Qt itself sends a request once more when a connection closes before any answer, so attempts
    // are counted where they arrive.
    QCOMPARE(m_server->requests().size(), 3);
    QVERIFY(response.attempts >= 2);
}

void TestStripeApiClient::retriesEndWithTheLastError()
{
    m_server->failNext("GET", u"/v1/events"_s, {FailureKind::Status, 503, {}, {}, -1}, 10);
    const StripeApiClient::Response response = sendGet(u"/v1/events"_s);
    QCOMPARE(response.error, Error::ServerError);
    QCOMPARE(response.attempts, 1 + m_client->options().retry.maxRetries);
    QCOMPARE(m_server->requests().size(), 1 + m_client->options().retry.maxRetries);
    QVERIFY2(response.message.contains(u"503"_s), qPrintable(response.message));
}

void TestStripeApiClient::stripeCanSayNotToRetry()
{
    m_server->failNext("GET", u"/v1/events"_s, {FailureKind::Status, 500, {}, "false", -1});
    const StripeApiClient::Response response = sendGet(u"/v1/events"_s);
    QCOMPARE(response.error, Error::ServerError);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestStripeApiClient::aLostAnswerToACreateDoesNotCreateTwice()
{
    // Stripe made the endpoint, but its answer was lost: the repeated request (Qt's own resend or
    // Dewey's retry) carries the same Idempotency-Key and gets the first answer, secret included,
    // instead of making a second endpoint.
    m_server->failNext("POST", u"/v1/webhook_endpoints"_s, {FailureKind::DropAfterProcessing, 0, {}, {}, -1});
    Dewey::StripeWebhookEndpointParams params;
    params.url = u"https://example.trycloudflare.com/webhooks/stripe"_s;
    params.enabledEvents = {u"checkout.session.completed"_s};
    std::optional<StripeWebhookEndpoint> created;
    std::optional<StripeApiClient::Response> answer;
    m_client->createWebhookEndpoint(
        params, this, [&](const StripeApiClient::Response& response, const StripeWebhookEndpoint& e) {
            created = e;
            answer = response;
        });
    const StripeApiClient::Response response = waitFor(answer);
    QVERIFY2(response.ok(), qPrintable(response.message));
    QCOMPARE(m_server->webhookEndpoints().size(), 1);
    QVERIFY(created->secret.startsWith(u"whsec_"_s));
    const auto posts = m_server->requests("POST", u"/v1/webhook_endpoints"_s);
    QCOMPARE(posts.size(), 2);
    QVERIFY(!posts.at(0).header("idempotency-key").isEmpty());
    QCOMPARE(posts.at(1).header("idempotency-key"), posts.at(0).header("idempotency-key"));
}

void TestStripeApiClient::aServerThatNeverAnswersTimesOut()
{
    StripeApiClient::Options options = m_client->options();
    options.timeoutMs = 300;
    options.retry.maxRetries = 1;
    m_client->setOptions(options);
    m_server->failNext("GET", u"/v1/events"_s, {FailureKind::Stall, 0, {}, {}, -1}, 5);
    const StripeApiClient::Response response = sendGet(u"/v1/events"_s);
    QCOMPARE(response.error, Error::Timeout);
    QCOMPARE(response.attempts, 2);
    QVERIFY2(response.message.contains(u"did not answer"_s), qPrintable(response.message));
}

void TestStripeApiClient::anUnreachableServerIsANetworkError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    m_client->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const StripeApiClient::Response response = sendGet(u"/v1/events"_s);
    QCOMPARE(response.error, Error::Network);
    QCOMPARE(response.attempts, 1 + m_client->options().retry.maxRetries);
    QVERIFY2(response.message.contains(u"Cannot reach Stripe"_s), qPrintable(response.message));
}

void TestStripeApiClient::eventsAreListedWithFiltersAndPaging()
{
    const QJsonObject session{{u"id"_s, u"cs_1"_s}, {u"object"_s, u"checkout.session"_s}};
    for (int i = 1; i <= 5; ++i)
        m_server->addEvent(
            DeweyTest::stripeEvent(u"evt_%1"_s.arg(i), u"checkout.session.completed"_s, 1000 + i, session));
    m_server->addEvent(DeweyTest::stripeEvent(u"evt_other"_s, u"customer.created"_s, 1010, session));

    StripeApiClient::EventsQuery query;
    query.types = {u"checkout.session.completed"_s, u"invoice.paid"_s};
    query.createdAfter = QDateTime::fromSecsSinceEpoch(1001, QTimeZone::utc());
    query.limit = 2;
    std::optional<StripeApiClient::EventsPage> page;
    m_client->listEvents(query, this, [&page](const StripeApiClient::EventsPage& p) { page = p; });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 30000);
    QVERIFY2(page->response.ok(), qPrintable(page->response.message));
    QCOMPARE(page->events.size(), 2);
    QCOMPARE(page->events.at(0).value(u"id"_s).toString(), u"evt_5"_s); // newest first
    QCOMPARE(page->events.at(1).value(u"id"_s).toString(), u"evt_4"_s);
    QVERIFY(page->hasMore);

    const DeweyTest::StripeRecordedRequest request = m_server->requests().constLast();
    QCOMPARE(request.arrayParam(u"types"_s), query.types);
    QCOMPARE(request.param(u"created[gt]"_s), u"1001"_s);
    QCOMPARE(request.param(u"limit"_s), u"2"_s);

    query.startingAfter = u"evt_4"_s;
    page.reset();
    m_client->listEvents(query, this, [&page](const StripeApiClient::EventsPage& p) { page = p; });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 30000);
    QCOMPARE(page->events.size(), 2);
    QCOMPARE(page->events.at(0).value(u"id"_s).toString(), u"evt_3"_s);
    QCOMPARE(page->events.at(1).value(u"id"_s).toString(), u"evt_2"_s);
    QVERIFY(!page->hasMore); // evt_1 is not after created[gt]
}

void TestStripeApiClient::webhookEndpointsCanBeCreatedListedUpdatedAndDeleted()
{
    Dewey::StripeWebhookEndpointParams params;
    params.url = u"https://a.trycloudflare.com/webhooks/stripe"_s;
    params.enabledEvents = {u"checkout.session.completed"_s, u"invoice.paid"_s};
    params.metadata = {{u"created_by"_s, u"dewey"_s}};
    params.apiVersion = StripeApiClient::apiVersion();
    std::optional<StripeApiClient::Response> answer;
    StripeWebhookEndpoint created;
    m_client->createWebhookEndpoint(params, this,
                                    [&](const StripeApiClient::Response& r, const StripeWebhookEndpoint& e) {
                                        answer = r;
                                        created = e;
                                    });
    QVERIFY2(waitFor(answer).ok(), qPrintable(answer->message));
    QVERIFY(created.id.startsWith(u"we_"_s));
    QVERIFY(created.secret.startsWith(u"whsec_"_s));
    QCOMPARE(created.enabledEvents, params.enabledEvents);
    QCOMPARE(created.metadata.value(u"created_by"_s), u"dewey"_s);
    QCOMPARE(created.apiVersion, StripeApiClient::apiVersion());

    params.url = u"https://b.trycloudflare.com/webhooks/stripe"_s;
    answer.reset();
    StripeWebhookEndpoint updated;
    m_client->updateWebhookEndpoint(created.id, params, this,
                                    [&](const StripeApiClient::Response& r, const StripeWebhookEndpoint& e) {
                                        answer = r;
                                        updated = e;
                                    });
    QVERIFY2(waitFor(answer).ok(), qPrintable(answer->message));
    QCOMPARE(updated.url, params.url);
    QVERIFY(updated.secret.isEmpty()); // only ever sent on creation

    std::optional<QList<StripeWebhookEndpoint>> listed;
    m_client->listWebhookEndpoints(this, [&](const StripeApiClient::Response&,
                                             const QList<StripeWebhookEndpoint>& list) { listed = list; });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 30000);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().url, params.url);

    answer.reset();
    m_client->deleteWebhookEndpoint(created.id, this,
                                    [&](const StripeApiClient::Response& r) { answer = r; });
    QVERIFY2(waitFor(answer).ok(), qPrintable(answer->message));
    QVERIFY(m_server->webhookEndpoints().isEmpty());

    answer.reset();
    m_client->deleteWebhookEndpoint(created.id, this,
                                    [&](const StripeApiClient::Response& r) { answer = r; });
    QCOMPARE(waitFor(answer).error, Error::NotFound);
}

void TestStripeApiClient::theKeyNeverReachesTheLogOrMessages()
{
    const QString key = u"sk_test_51WrongKeyThatMustNeverBeLogged9999"_s;
    m_secrets->setValue(Dewey::SecretId::StripeSecretKey, key);
    QLoggingCategory::setFilterRules(u"dewey.*=true"_s);
    g_logged.clear();
    g_previousHandler = qInstallMessageHandler(captureMessages);
    const StripeApiClient::Response refused = sendGet(u"/v1/events"_s);
    m_server->failNext("GET", u"/v1/events"_s, {FailureKind::Status, 500, {}, {}, -1}, 10);
    m_secrets->setValue(Dewey::SecretId::StripeSecretKey, m_server->secretKey());
    const StripeApiClient::Response failed = sendGet(u"/v1/events"_s);
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QCOMPARE(refused.error, Error::Unauthorized);
    QCOMPARE(failed.error, Error::ServerError);
    QVERIFY(!g_logged.isEmpty());
    for (const QString& line : std::as_const(g_logged)) {
        QVERIFY2(!line.contains(key) && !line.contains(m_server->secretKey()), qPrintable(line));
    }
    QVERIFY(!refused.message.contains(key));
    QVERIFY(!failed.message.contains(m_server->secretKey()));
}

void TestStripeApiClient::aGoneContextGetsNoCallback()
{
    bool called = false;
    auto context = std::make_unique<QObject>();
    m_client->send(StripeApiClient::Method::Get, u"/v1/events"_s, {}, context.get(),
                   [&called](const StripeApiClient::Response&) { called = true; });
    context.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->pendingRequests(), 0, 30000);
    QVERIFY(!called);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestStripeApiClient::theNetworkManagerMayGoFirst()
{
    // The network manager owns its replies: when it is destroyed first (shutdown order), the client
    // must not touch the replies it had in flight.
    m_server->failNext("GET", u"/v1/events"_s, {FailureKind::Stall, 0, {}, {}, -1}, 1);
    bool called = false;
    m_client->send(StripeApiClient::Method::Get, u"/v1/events"_s, {}, this,
                   [&called](const StripeApiClient::Response&) { called = true; });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 30000);
    QCOMPARE(m_client->pendingRequests(), 1);
    m_network.reset();
    m_client.reset();
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestStripeApiClient)
#include "tst_api_client.moc"
