#include "ManualClock.h"
#include "StripeTestServer.h"
#include "db/AppStateRepository.h"
#include "db/Database.h"
#include "secrets/MemorySecretBackend.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "stripe/EndpointRegistrar.h"
#include "stripe/StripeApiClient.h"
#include "stripe/StripeEventMapper.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Dewey::EndpointRegistrar;
using Dewey::SecretId;

namespace {

const QString kFirstUrl = u"https://first-words.trycloudflare.com/webhooks/stripe"_s;
const QString kSecondUrl = u"https://second-words.trycloudflare.com/webhooks/stripe"_s;

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        list << item.toString();
    return list;
}

} // namespace

// "Connect Stripe" against the local Stripe API server: the endpoint Dewey registers, the signing
// secret and its rotation, following a quick tunnel's new address, removing its own stale endpoints
// (never anyone else's), and Stripe's limit of 16.
class TestRegistrarEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void connectRegistersExactlyTheNeededEventsTaggedAsDewey();
    void theNewSecretIsStoredAndTheOldOneKeptAsPrevious();
    void aNewTunnelAddressUpdatesTheSameEndpoint();
    void followingDoesNothingUntilConnected();
    void staleEndpointsOfThisInstallAreRemovedOthersAreNot();
    void staleOnesMakeRoomAtStripesLimit();
    void aFullAccountGetsAClearMessage();
    void aWrongKeyChangesNothing();
    void anEndpointDeletedInTheDashboardIsMadeAgain();
    void withoutItsSecretTheEndpointIsReplaced();
    void paymentIntentSalesChangeTheEvents();
    void disconnectRemovesOnlyDeweysEndpoints();
    void withoutAnAddressNothingIsAsked();
    void onlyTheLatestAddressIsRegistered();

private:
    EndpointRegistrar::Result connectTo(const QString& url);
    EndpointRegistrar::Result waitForResult(QSignalSpy& spy);
    QJsonObject onlyEndpoint() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeweyTest::ManualClock> m_clock;
    std::unique_ptr<DeweyTest::StripeTestServer> m_server;
    std::unique_ptr<Dewey::Database> m_database;
    std::unique_ptr<Dewey::AppStateRepository> m_appState;
    std::unique_ptr<Dewey::Settings> m_settings;
    std::unique_ptr<Dewey::SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Dewey::StripeApiClient> m_api;
    std::unique_ptr<EndpointRegistrar> m_registrar;
};

void TestRegistrarEndpoints::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<DeweyTest::ManualClock>();
    m_server = std::make_unique<DeweyTest::StripeTestServer>();
    QVERIFY(m_server->listen());
    m_database = std::make_unique<Dewey::Database>();
    QVERIFY(m_database->open(m_dir->filePath(u"dewey.sqlite"_s)).ok());
    m_appState = std::make_unique<Dewey::AppStateRepository>(*m_database, *m_clock);
    m_settings = std::make_unique<Dewey::Settings>(m_dir->filePath(u"settings.ini"_s));
    m_secrets = std::make_unique<Dewey::SecretStore>(
        std::make_unique<Dewey::MemorySecretBackend>(), std::make_unique<Dewey::MemorySecretBackend>(),
        std::make_unique<Dewey::MemorySecretBackend>(), QProcessEnvironment(),
        Dewey::SecretStorageMode::SessionOnly);
    m_secrets->setValue(SecretId::StripeSecretKey, m_server->secretKey());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<Dewey::StripeApiClient>(*m_network, *m_secrets);
    m_api->setBaseUrl(m_server->baseUrl());
    m_registrar = std::make_unique<EndpointRegistrar>(*m_api, *m_secrets, *m_appState, *m_settings);
}

void TestRegistrarEndpoints::cleanup()
{
    m_registrar.reset();
    m_api.reset();
    m_network.reset();
    m_secrets.reset();
    m_settings.reset();
    m_appState.reset();
    m_database.reset();
    m_server.reset();
    m_clock.reset();
    m_dir.reset();
}

EndpointRegistrar::Result TestRegistrarEndpoints::waitForResult(QSignalSpy& spy)
{
    if (spy.isEmpty() && !spy.wait(30000))
        return {false, u"the test gave up waiting"_s, {}, {}, false, false, 0};
    return spy.takeFirst().at(0).value<EndpointRegistrar::Result>();
}

EndpointRegistrar::Result TestRegistrarEndpoints::connectTo(const QString& url)
{
    QSignalSpy finished(m_registrar.get(), &EndpointRegistrar::finished);
    m_registrar->connectEndpoint(url);
    return waitForResult(finished);
}

QJsonObject TestRegistrarEndpoints::onlyEndpoint() const
{
    const QList<QJsonObject> endpoints = m_server->webhookEndpoints();
    return endpoints.size() == 1 ? endpoints.constFirst() : QJsonObject();
}

void TestRegistrarEndpoints::connectRegistersExactlyTheNeededEventsTaggedAsDewey()
{
    const EndpointRegistrar::Result result = connectTo(kFirstUrl);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(result.created);
    const QJsonObject endpoint = onlyEndpoint();
    QCOMPARE(endpoint.value(u"url"_s).toString(), kFirstUrl);
    QCOMPARE(stringList(endpoint.value(u"enabled_events"_s)),
             Dewey::StripeEventMapper::handledEventTypes(false));
    const QJsonObject metadata = endpoint.value(u"metadata"_s).toObject();
    QCOMPARE(metadata.value(u"created_by"_s).toString(), u"dewey"_s);
    QCOMPARE(metadata.value(u"dewey_install"_s).toString(), m_registrar->installId());
    QCOMPARE(endpoint.value(u"api_version"_s).toString(), Dewey::StripeApiClient::apiVersion());
    QCOMPARE(result.endpointId, endpoint.value(u"id"_s).toString());
    QVERIFY(m_registrar->isConnected());
    QCOMPARE(m_registrar->endpointId(), result.endpointId);
    QCOMPARE(m_registrar->registeredUrl(), kFirstUrl);
    QVERIFY(m_secrets->value(SecretId::StripeWebhookSecret).startsWith(u"whsec_"_s));

    // Connecting again with nothing changed asks Stripe to change nothing.
    m_server->clearRequests();
    const EndpointRegistrar::Result again = connectTo(kFirstUrl);
    QVERIFY2(again.ok, qPrintable(again.message));
    QVERIFY(!again.created && !again.updated);
    QVERIFY(m_server->requests("POST", u"/v1/webhook_endpoints"_s).isEmpty());
}

void TestRegistrarEndpoints::theNewSecretIsStoredAndTheOldOneKeptAsPrevious()
{
    m_secrets->setValue(SecretId::StripeWebhookSecret, u"whsec_from_the_dashboard"_s);
    QVERIFY(connectTo(kFirstUrl).ok);
    const QString secret = m_secrets->value(SecretId::StripeWebhookSecret);
    QVERIFY(secret.startsWith(u"whsec_"_s));
    QVERIFY(secret != u"whsec_from_the_dashboard"_s);
    QCOMPARE(m_secrets->value(SecretId::StripeWebhookSecretPrevious), u"whsec_from_the_dashboard"_s);
}

void TestRegistrarEndpoints::aNewTunnelAddressUpdatesTheSameEndpoint()
{
    const EndpointRegistrar::Result first = connectTo(kFirstUrl);
    QVERIFY(first.ok);
    const QString secret = m_secrets->value(SecretId::StripeWebhookSecret);

    QSignalSpy finished(m_registrar.get(), &EndpointRegistrar::finished);
    m_registrar->followUrl(kSecondUrl);
    const EndpointRegistrar::Result followed = waitForResult(finished);
    QVERIFY2(followed.ok, qPrintable(followed.message));
    QVERIFY(followed.updated);
    QCOMPARE(followed.endpointId, first.endpointId);
    QCOMPARE(onlyEndpoint().value(u"url"_s).toString(), kSecondUrl);
    QCOMPARE(m_registrar->registeredUrl(), kSecondUrl);
    // Stripe keeps the secret when only the address changes.
    QCOMPARE(m_secrets->value(SecretId::StripeWebhookSecret), secret);
    const auto posts = m_server->requests("POST", u"/v1/webhook_endpoints"_s);
    QCOMPARE(posts.size(), 2); // the create, then the update of the same endpoint
    QCOMPARE(posts.at(1).path, u"/v1/webhook_endpoints/"_s + first.endpointId);
}

void TestRegistrarEndpoints::followingDoesNothingUntilConnected()
{
    QSignalSpy finished(m_registrar.get(), &EndpointRegistrar::finished);
    m_registrar->followUrl(kFirstUrl); // never connected
    QVERIFY(connectTo(kFirstUrl).ok);
    m_server->clearRequests();
    m_registrar->followUrl(QString()); // the tunnel went down
    m_registrar->followUrl(kFirstUrl); // the same address again
    QVERIFY(!m_registrar->isBusy());
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(finished.size(), 1); // only the explicit connect
}

void TestRegistrarEndpoints::staleEndpointsOfThisInstallAreRemovedOthersAreNot()
{
    const QMap<QString, QString> ours{{u"created_by"_s, u"dewey"_s},
                                      {u"dewey_install"_s, m_registrar->installId()}};
    const QMap<QString, QString> otherInstall{{u"created_by"_s, u"dewey"_s},
                                              {u"dewey_install"_s, u"another-pc"_s}};
    m_server->addWebhookEndpoint(u"https://old-1.trycloudflare.com/webhooks/stripe"_s, ours);
    m_server->addWebhookEndpoint(u"https://shop.example.com/stripe"_s); // the streamer's shop
    m_server->addWebhookEndpoint(u"https://old-2.trycloudflare.com/webhooks/stripe"_s, ours);
    m_server->addWebhookEndpoint(u"https://second-pc.trycloudflare.com/webhooks/stripe"_s, otherInstall);
    m_server->addWebhookEndpoint(u"https://old-3.trycloudflare.com/webhooks/stripe"_s, ours);

    const EndpointRegistrar::Result result = connectTo(kFirstUrl);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.removed, 3);
    QStringList urls;
    for (const QJsonObject& endpoint : m_server->webhookEndpoints())
        urls << endpoint.value(u"url"_s).toString();
    QCOMPARE(urls, (QStringList{u"https://shop.example.com/stripe"_s,
                                u"https://second-pc.trycloudflare.com/webhooks/stripe"_s, kFirstUrl}));
}

void TestRegistrarEndpoints::staleOnesMakeRoomAtStripesLimit()
{
    const QMap<QString, QString> ours{{u"created_by"_s, u"dewey"_s},
                                      {u"dewey_install"_s, m_registrar->installId()}};
    for (int i = 0; i < 14; ++i)
        m_server->addWebhookEndpoint(u"https://shop-%1.example.com/hook"_s.arg(i));
    m_server->addWebhookEndpoint(u"https://old-1.trycloudflare.com/webhooks/stripe"_s, ours);
    m_server->addWebhookEndpoint(u"https://old-2.trycloudflare.com/webhooks/stripe"_s, ours);
    QCOMPARE(m_server->webhookEndpoints().size(), DeweyTest::StripeTestServer::MaxWebhookEndpoints);

    const EndpointRegistrar::Result result = connectTo(kFirstUrl);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.removed, 2);
    QCOMPARE(m_server->webhookEndpoints().size(), 15);
}

void TestRegistrarEndpoints::aFullAccountGetsAClearMessage()
{
    for (int i = 0; i < DeweyTest::StripeTestServer::MaxWebhookEndpoints; ++i)
        m_server->addWebhookEndpoint(u"https://shop-%1.example.com/hook"_s.arg(i));
    m_secrets->setValue(SecretId::StripeWebhookSecret, u"whsec_unchanged"_s);
    const EndpointRegistrar::Result result = connectTo(kFirstUrl);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"16"_s) && result.message.contains(u"dashboard"_s),
             qPrintable(result.message));
    QCOMPARE(m_secrets->value(SecretId::StripeWebhookSecret), u"whsec_unchanged"_s);
    QVERIFY(!m_registrar->isConnected());
}

void TestRegistrarEndpoints::aWrongKeyChangesNothing()
{
    m_secrets->setValue(SecretId::StripeSecretKey, u"sk_test_not_the_right_one"_s);
    const EndpointRegistrar::Result result = connectTo(kFirstUrl);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"401"_s), qPrintable(result.message));
    QVERIFY(m_server->webhookEndpoints().isEmpty());
    QVERIFY(!m_secrets->hasValue(SecretId::StripeWebhookSecret));
    QVERIFY(!m_registrar->isBusy());
}

void TestRegistrarEndpoints::anEndpointDeletedInTheDashboardIsMadeAgain()
{
    const EndpointRegistrar::Result first = connectTo(kFirstUrl);
    QVERIFY(first.ok);
    std::optional<Dewey::StripeApiClient::Response> deleted;
    m_api->deleteWebhookEndpoint(first.endpointId, this,
                                 [&deleted](const Dewey::StripeApiClient::Response& r) { deleted = r; });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value() && deleted->ok(), 30000);

    QSignalSpy finished(m_registrar.get(), &EndpointRegistrar::finished);
    m_registrar->followUrl(kSecondUrl);
    const EndpointRegistrar::Result again = waitForResult(finished);
    QVERIFY2(again.ok, qPrintable(again.message));
    QVERIFY(again.created);
    QVERIFY(again.endpointId != first.endpointId);
    QCOMPARE(onlyEndpoint().value(u"url"_s).toString(), kSecondUrl);
}

void TestRegistrarEndpoints::withoutItsSecretTheEndpointIsReplaced()
{
    const EndpointRegistrar::Result first = connectTo(kFirstUrl);
    QVERIFY(first.ok);
    // The secret was lost (another keychain, a reinstall): Stripe never sends an existing one again.
    m_secrets->setValue(SecretId::StripeWebhookSecret, QString());
    const EndpointRegistrar::Result again = connectTo(kFirstUrl);
    QVERIFY2(again.ok, qPrintable(again.message));
    QVERIFY(again.created);
    QCOMPARE(again.removed, 1);
    QCOMPARE(onlyEndpoint().value(u"id"_s).toString(), again.endpointId);
    QVERIFY(m_secrets->value(SecretId::StripeWebhookSecret).startsWith(u"whsec_"_s));
}

void TestRegistrarEndpoints::paymentIntentSalesChangeTheEvents()
{
    QVERIFY(connectTo(kFirstUrl).ok);
    QSignalSpy finished(m_registrar.get(), &EndpointRegistrar::finished);
    m_settings->setPaymentIntentSales(true);
    const EndpointRegistrar::Result result = waitForResult(finished);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(result.updated);
    QCOMPARE(stringList(onlyEndpoint().value(u"enabled_events"_s)),
             Dewey::StripeEventMapper::handledEventTypes(true));
}

void TestRegistrarEndpoints::disconnectRemovesOnlyDeweysEndpoints()
{
    m_server->addWebhookEndpoint(u"https://shop.example.com/stripe"_s);
    QVERIFY(connectTo(kFirstUrl).ok);
    QSignalSpy finished(m_registrar.get(), &EndpointRegistrar::finished);
    m_registrar->disconnectEndpoints();
    const EndpointRegistrar::Result result = waitForResult(finished);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.removed, 1);
    QCOMPARE(onlyEndpoint().value(u"url"_s).toString(), u"https://shop.example.com/stripe"_s);
    QVERIFY(!m_registrar->isConnected());
}

void TestRegistrarEndpoints::withoutAnAddressNothingIsAsked()
{
    const EndpointRegistrar::Result result = connectTo(QString());
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"tunnel"_s), qPrintable(result.message));
    QVERIFY(m_server->requests().isEmpty());
}

void TestRegistrarEndpoints::onlyTheLatestAddressIsRegistered()
{
    QSignalSpy finished(m_registrar.get(), &EndpointRegistrar::finished);
    m_registrar->connectEndpoint(kFirstUrl);
    m_registrar->connectEndpoint(u"https://in-between.trycloudflare.com/webhooks/stripe"_s);
    m_registrar->connectEndpoint(kSecondUrl);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_registrar->isBusy(), 30000);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(onlyEndpoint().value(u"url"_s).toString(), kSecondUrl);
    QCOMPARE(m_registrar->registeredUrl(), kSecondUrl);
}

QTEST_GUILESS_MAIN(TestRegistrarEndpoints)
#include "tst_registrar_endpoints.moc"
