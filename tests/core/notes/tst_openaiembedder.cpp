#include "OpenAiTestServer.h"
#include "notes/OpenAiEmbedder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <cmath>

using Dewey::EmbeddingReply;
using Dewey::OpenAiEmbedder;
using DeweyTest::OpenAiTestReply;
using DeweyTest::OpenAiTestServer;

namespace {

constexpr int kWaitMs = 30000; // a deadline for the answer, not a measurement

const QString kKey = QStringLiteral("sk-test-notes-123");

} // namespace

// The OpenAI embeddings client against a local server that speaks the protocol; nothing here
// reaches the internet.
class TestOpenAiEmbedder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sendsTheRequestOpenAiExpects();
    void returnsUnitVectorsInInputOrder();
    void acceptsNumberListsFromOtherServers();
    void errorsAreClassified_data();
    void errorsAreClassified();
    void timesOutWhenTheServerHangs();
    void unreachableServerIsANetworkError();
    void withoutKeyFailsWithoutARequest();
    void spaceChangesAreAnnounced();

private:
    std::unique_ptr<EmbeddingReply> embedAndWait(const QStringList& texts);

    std::unique_ptr<OpenAiTestServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OpenAiEmbedder> m_embedder;
    QString m_key = kKey;
};

void TestOpenAiEmbedder::init()
{
    m_server = std::make_unique<OpenAiTestServer>();
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
    m_server->setApiKey(kKey);
    m_key = kKey;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_embedder = std::make_unique<OpenAiEmbedder>(*m_network, [this] { return m_key; });
    m_embedder->setBaseUrl(m_server->baseUrl());
}

void TestOpenAiEmbedder::cleanup()
{
    m_embedder.reset();
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<EmbeddingReply> TestOpenAiEmbedder::embedAndWait(const QStringList& texts)
{
    std::unique_ptr<EmbeddingReply> reply(m_embedder->embed(texts));
    QSignalSpy finished(reply.get(), &EmbeddingReply::finished);
    if (!finished.wait(kWaitMs))
        qFatal("the embedding reply never finished");
    return reply;
}

void TestOpenAiEmbedder::sendsTheRequestOpenAiExpects()
{
    m_embedder->setDimensions(256);
    const auto reply = embedAndWait({QStringLiteral("Airbnb door code 4412"), QStringLiteral("Mod Kira")});
    QCOMPARE(reply->error(), EmbeddingReply::Error::None);
    const auto requests = m_server->requests(QStringLiteral("/v1/embeddings"));
    QCOMPARE(requests.size(), 1);
    const auto& request = requests.first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer ") + kKey.toUtf8());
    QVERIFY(request.header("content-type").startsWith("application/json"));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("text-embedding-3-small"));
    QCOMPARE(body.value(QLatin1String("dimensions")).toInt(), 256);
    QCOMPARE(body.value(QLatin1String("input")).toArray().size(), 2);
    QCOMPARE(body.value(QLatin1String("input")).toArray().at(1).toString(), QStringLiteral("Mod Kira"));
}

void TestOpenAiEmbedder::returnsUnitVectorsInInputOrder()
{
    m_embedder->setDimensions(64);
    // Deliberately unnormalised, so the client's normalisation is visible.
    m_server->setEmbeddingFunction([](const QString& text, int dimensions) {
        std::vector<float> v(std::size_t(dimensions), 0.0f);
        v[std::size_t(text.size() % dimensions)] = 3.0f;
        v[0] += 4.0f;
        return v;
    });
    const QStringList texts = {QStringLiteral("a"), QStringLiteral("bbb"), QStringLiteral("cc")};
    const auto reply = embedAndWait(texts);
    QCOMPARE(reply->error(), EmbeddingReply::Error::None);
    QCOMPARE(reply->vectors().size(), std::size_t(3));
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& v = reply->vectors()[i];
        QCOMPARE(v.size(), std::size_t(64));
        double norm = 0;
        for (float x : v)
            norm += double(x) * x;
        QVERIFY(std::abs(norm - 1.0) < 1e-5);
        QVERIFY(v[std::size_t(texts.at(qsizetype(i)).size())] > 0.5f); // the text's own bucket
    }
}

void TestOpenAiEmbedder::acceptsNumberListsFromOtherServers()
{
    // A server that ignores encoding_format and sends plain numbers.
    QJsonArray values;
    for (int i = 0; i < 8; ++i)
        values.append(i == 2 ? 1.0 : 0.0);
    const QJsonObject body{
        {QStringLiteral("data"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("embedding"), values}}}}};
    m_server->enqueueEmbeddings(OpenAiTestReply::error(200, QJsonDocument(body).toJson()));
    m_embedder->setDimensions(8);
    const auto reply = embedAndWait({QStringLiteral("x")});
    QCOMPARE(reply->error(), EmbeddingReply::Error::None);
    QCOMPARE(reply->vectors().front()[2], 1.0f);
}

void TestOpenAiEmbedder::errorsAreClassified_data()
{
    QTest::addColumn<OpenAiTestReply>("serverReply");
    QTest::addColumn<EmbeddingReply::Error>("error");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("bad key") << OpenAiTestReply::invalidApiKey() << EmbeddingReply::Error::Unauthorized
                             << "API key";
    QTest::addRow("rate limit") << OpenAiTestReply::rateLimited(200) << EmbeddingReply::Error::RateLimited
                                << "limit";
    QTest::addRow("server error") << OpenAiTestReply::serverError(503) << EmbeddingReply::Error::Network
                                  << "503";
    QTest::addRow("unknown model") << OpenAiTestReply::modelNotFound(QStringLiteral("nope"))
                                   << EmbeddingReply::Error::BadResponse << "404";
    QTest::addRow("garbage body") << OpenAiTestReply::error(200, "<html>proxy login</html>")
                                  << EmbeddingReply::Error::BadResponse << "0 vectors";
    QTest::addRow("wrong size") << OpenAiTestReply::error(
                                       200, R"({"data":[{"index":0,"embedding":[0.5,0.5,0.5]}]})")
                                << EmbeddingReply::Error::BadResponse << "3 numbers instead of 512";
    QTest::addRow("zero vector") << OpenAiTestReply::error(
                                        200, QByteArray(R"({"data":[{"index":0,"embedding":[)") +
                                                 QByteArray("0,").repeated(511) + "0]}]}")
                                 << EmbeddingReply::Error::BadResponse << "zeros";
}

void TestOpenAiEmbedder::errorsAreClassified()
{
    QFETCH(OpenAiTestReply, serverReply);
    QFETCH(EmbeddingReply::Error, error);
    QFETCH(QString, messagePart);
    m_server->enqueueEmbeddings(serverReply);
    const auto reply = embedAndWait({QStringLiteral("hello")});
    QCOMPARE(reply->error(), error);
    QVERIFY2(reply->errorString().contains(messagePart), qPrintable(reply->errorString()));
    QVERIFY(reply->vectors().empty());
}

void TestOpenAiEmbedder::timesOutWhenTheServerHangs()
{
    // A listener that accepts the connection and never answers, so only the timeout can end this.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    m_embedder->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort())));
    m_embedder->setTimeout(300);
    const auto reply = embedAndWait({QStringLiteral("hello")});
    QCOMPARE(reply->error(), EmbeddingReply::Error::Timeout);
}

void TestOpenAiEmbedder::unreachableServerIsANetworkError()
{
    const QUrl base = m_server->baseUrl();
    m_server.reset(); // nothing listens on that port any more
    m_embedder->setBaseUrl(base);
    const auto reply = embedAndWait({QStringLiteral("hello")});
    QCOMPARE(reply->error(), EmbeddingReply::Error::Network);
    QVERIFY(reply->errorString().contains(QStringLiteral("127.0.0.1")));
}

void TestOpenAiEmbedder::withoutKeyFailsWithoutARequest()
{
    m_key.clear();
    QVERIFY(m_embedder->unavailableReason().contains(QStringLiteral("API key")));
    const auto reply = embedAndWait({QStringLiteral("hello")});
    QCOMPARE(reply->error(), EmbeddingReply::Error::NoApiKey);
    QVERIFY(m_server->requests().isEmpty());
}

void TestOpenAiEmbedder::spaceChangesAreAnnounced()
{
    QSignalSpy space(m_embedder.get(), &OpenAiEmbedder::spaceChanged);
    m_embedder->setDimensions(512); // unchanged
    QCOMPARE(space.count(), 0);
    m_embedder->setDimensions(1024);
    m_embedder->setModel(QStringLiteral("text-embedding-3-large"));
    QCOMPARE(space.count(), 2);
    m_embedder->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/v1/")));
    QCOMPARE(m_embedder->endpoint(), QUrl(QStringLiteral("http://127.0.0.1:1/v1/embeddings")));
}

QTEST_GUILESS_MAIN(TestOpenAiEmbedder)
#include "tst_openaiembedder.moc"
