#include "assistant/OpenAiErrorClassifier.h"
#include "assistant/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using Dewey::AssistantError;
using Dewey::OpenAiErrorClassifier;
using Dewey::RetryPolicy;
using Kind = Dewey::AssistantError::Kind;

// Every way a server can fail maps to a kind, a retry decision and a message the streamer can act on.
class TestOpenAiErrorClassifier : public QObject
{
    Q_OBJECT

private slots:
    void httpStatuses_data();
    void httpStatuses();
    void retryAfterHeaders_data();
    void retryAfterHeaders();
    void bodyShapes_data();
    void bodyShapes();
    void networkErrors_data();
    void networkErrors();
    void streamErrors();
    void timeoutsSayWhichWait();
    void serverNames_data();
    void serverNames();
    void retryPolicy_data();
    void retryPolicy();
};

void TestOpenAiErrorClassifier::httpStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("messageMentions");

    QTest::addRow("401") << 401 << QByteArray("{\"error\":{\"code\":\"invalid_api_key\"}}") << Kind::BadApiKey
                         << false << "Settings";
    QTest::addRow("403") << 403 << QByteArray() << Kind::PermissionDenied << false << "model";
    QTest::addRow("404") << 404 << QByteArray("404 page not found") << Kind::ModelNotFound << false << "/v1";
    QTest::addRow("400") << 400 << QByteArray("{\"error\":{\"message\":\"bad\"}}") << Kind::BadRequest
                         << false << "rejected";
    QTest::addRow("422") << 422 << QByteArray() << Kind::BadRequest << false << "422";
    QTest::addRow("429 rate") << 429
                              << QByteArray(
                                     "{\"error\":{\"code\":\"rate_limit_exceeded\",\"type\":\"requests\"}}")
                              << Kind::RateLimited << true << "moment";
    QTest::addRow("429 quota by code")
        << 429 << QByteArray("{\"error\":{\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}")
        << Kind::QuotaExceeded << false << "Billing";
    QTest::addRow("429 quota by type only")
        << 429 << QByteArray("{\"error\":{\"type\":\"insufficient_quota\",\"code\":null}}")
        << Kind::QuotaExceeded << false << "credit";
    QTest::addRow("408") << 408 << QByteArray() << Kind::ServerError << true << "408";
    QTest::addRow("409") << 409 << QByteArray() << Kind::ServerError << true << "409";
    QTest::addRow("500") << 500 << QByteArray("{\"error\":{\"type\":\"server_error\"}}") << Kind::ServerError
                         << true << "500";
    QTest::addRow("502 html") << 502 << QByteArray("<html><h1>502 Bad Gateway</h1></html>")
                              << Kind::ServerError << true << "502";
    QTest::addRow("503") << 503 << QByteArray() << Kind::ServerError << true << "503";
    QTest::addRow("302") << 302 << QByteArray() << Kind::MalformedResponse << false << "base URL";
}

void TestOpenAiErrorClassifier::httpStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(bool, retryable);
    QFETCH(QString, messageMentions);

    const AssistantError error = OpenAiErrorClassifier::fromHttp(
        {status, body, {}, {}}, QDateTime::currentDateTimeUtc(), QStringLiteral("OpenAI"));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.retryable, retryable);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(messageMentions), qPrintable(error.message));
}

void TestOpenAiErrorClassifier::retryAfterHeaders_data()
{
    QTest::addColumn<QByteArray>("retryAfterMs");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("none") << QByteArray() << QByteArray() << qint64(-1);
    QTest::addRow("ms") << QByteArray("250") << QByteArray() << qint64(250);
    QTest::addRow("ms fractional rounds up") << QByteArray("12.2") << QByteArray() << qint64(13);
    QTest::addRow("seconds") << QByteArray() << QByteArray("2") << qint64(2000);
    QTest::addRow("fractional seconds") << QByteArray() << QByteArray("0.5") << qint64(500);
    QTest::addRow("ms wins over seconds") << QByteArray("40") << QByteArray("30") << qint64(40);
    QTest::addRow("http date") << QByteArray() << QByteArray("Tue, 03 Jun 2025 12:00:05 GMT") << qint64(5000);
    QTest::addRow("http date in the past")
        << QByteArray() << QByteArray("Tue, 03 Jun 2025 11:00:00 GMT") << qint64(0);
    QTest::addRow("garbage ms falls back to seconds")
        << QByteArray("soon") << QByteArray("1") << qint64(1000);
    QTest::addRow("negative") << QByteArray("-5") << QByteArray("-1") << qint64(-1);
    QTest::addRow("garbage") << QByteArray() << QByteArray("later") << qint64(-1);
}

void TestOpenAiErrorClassifier::retryAfterHeaders()
{
    QFETCH(QByteArray, retryAfterMs);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2025, 6, 3), QTime(12, 0), QTimeZone(0));
    QCOMPARE(OpenAiErrorClassifier::retryAfterMs(retryAfterMs, retryAfter, now), expected);

    // And it reaches the error of a 429.
    const AssistantError error =
        OpenAiErrorClassifier::fromHttp({429, {}, retryAfterMs, retryAfter}, now, QStringLiteral("OpenAI"));
    QCOMPARE(error.retryAfterMs, expected);
}

void TestOpenAiErrorClassifier::bodyShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");

    QTest::addRow("openai") << QByteArray(
                                   "{\"error\":{\"message\":\"Incorrect API key\",\"type\":\"invalid_request_"
                                   "error\",\"param\":null,\"code\":\"invalid_api_key\"}}")
                            << "Incorrect API key"
                            << "invalid_api_key";
    QTest::addRow("ollama string")
        << QByteArray("{\"error\":\"model \\\"llama9\\\" not found, try pulling it first\"}")
        << "model \"llama9\" not found, try pulling it first" << QString();
    QTest::addRow("fastapi detail") << QByteArray("{\"detail\":\"Not authenticated\"}") << "Not authenticated"
                                    << QString();
    QTest::addRow("llama.cpp numeric code")
        << QByteArray(
               "{\"error\":{\"code\":503,\"message\":\"Loading model\",\"type\":\"unavailable_error\"}}")
        << "Loading model"
        << "503";
    QTest::addRow("plain text") << QByteArray("upstream connect error") << "upstream connect error"
                                << QString();
    QTest::addRow("long html is cut")
        << QByteArray(2000, 'x') << QString(300, QLatin1Char('x')) + QStringLiteral("…") << QString();
}

void TestOpenAiErrorClassifier::bodyShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, code);
    const OpenAiErrorClassifier::ServerMessage parsed = OpenAiErrorClassifier::parseBody(body);
    QCOMPARE(parsed.message, message);
    QCOMPARE(parsed.code, code);
}

void TestOpenAiErrorClassifier::networkErrors_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("code");
    QTest::addColumn<bool>("afterOutput");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("messageMentions");

    QTest::addRow("refused") << QNetworkReply::ConnectionRefusedError << false << Kind::Network << true
                             << "running";
    QTest::addRow("dns") << QNetworkReply::HostNotFoundError << false << Kind::Network << true << "internet";
    QTest::addRow("tls") << QNetworkReply::SslHandshakeFailedError << false << Kind::Network << false
                         << "secure";
    QTest::addRow("timeout") << QNetworkReply::TimeoutError << false << Kind::Timeout << true << "in time";
    QTest::addRow("reset mid-answer")
        << QNetworkReply::RemoteHostClosedError << true << Kind::Network << true << "middle of the answer";
}

void TestOpenAiErrorClassifier::networkErrors()
{
    QFETCH(QNetworkReply::NetworkError, code);
    QFETCH(bool, afterOutput);
    QFETCH(Kind, kind);
    QFETCH(bool, retryable);
    QFETCH(QString, messageMentions);
    const AssistantError error = OpenAiErrorClassifier::fromNetwork(
        code, QStringLiteral("details"), QStringLiteral("localhost:1234"), afterOutput);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.retryable, retryable);
    QVERIFY2(error.message.contains(messageMentions), qPrintable(error.message));
}

void TestOpenAiErrorClassifier::streamErrors()
{
    using StreamError = Dewey::ChatStreamDecoder::StreamError;
    const AssistantError server = OpenAiErrorClassifier::fromStream(
        {StreamError::Kind::Server, QStringLiteral("overloaded"), QStringLiteral("server_error"), {}},
        QStringLiteral("OpenAI"));
    QCOMPARE(server.kind, Kind::ServerError);
    QVERIFY(server.retryable);
    QCOMPARE(server.detail, QStringLiteral("overloaded"));

    const AssistantError quota = OpenAiErrorClassifier::fromStream(
        {StreamError::Kind::Server, QStringLiteral("quota"), QStringLiteral("insufficient_quota"), {}},
        QStringLiteral("OpenAI"));
    QCOMPARE(quota.kind, Kind::QuotaExceeded);
    QVERIFY(!quota.retryable);

    const AssistantError malformed = OpenAiErrorClassifier::fromStream(
        {StreamError::Kind::Malformed, QStringLiteral("not json"), {}, {}}, QStringLiteral("OpenAI"));
    QCOMPARE(malformed.kind, Kind::MalformedResponse);
    QVERIFY(!malformed.retryable);
}

void TestOpenAiErrorClassifier::timeoutsSayWhichWait()
{
    const AssistantError connect = OpenAiErrorClassifier::timeout(false, 60000, QStringLiteral("OpenAI"));
    const AssistantError idle = OpenAiErrorClassifier::timeout(true, 1500, QStringLiteral("OpenAI"));
    QCOMPARE(connect.kind, Kind::Timeout);
    QVERIFY(connect.message.contains(QStringLiteral("did not answer within 60 seconds")));
    QVERIFY(idle.message.contains(QStringLiteral("stopped sending the answer for 2 seconds")));
}

void TestOpenAiErrorClassifier::serverNames_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("name");
    QTest::addRow("openai") << QUrl(QStringLiteral("https://api.openai.com/v1")) << "OpenAI";
    QTest::addRow("ollama") << QUrl(QStringLiteral("http://localhost:11434/v1")) << "localhost:11434";
    QTest::addRow("no port") << QUrl(QStringLiteral("https://llm.example.org/v1")) << "llm.example.org";
}

void TestOpenAiErrorClassifier::serverNames()
{
    QFETCH(QUrl, url);
    QFETCH(QString, name);
    QCOMPARE(OpenAiErrorClassifier::serverName(url), name);
}

void TestOpenAiErrorClassifier::retryPolicy_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<qint64>("serverDelay");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("first, no jitter") << 1 << qint64(-1) << 0.0 << qint64(500);
    QTest::addRow("second doubles") << 2 << qint64(-1) << 0.0 << qint64(1000);
    QTest::addRow("jitter shortens up to a quarter") << 2 << qint64(-1) << 1.0 << qint64(750);
    QTest::addRow("beyond the retries") << 3 << qint64(-1) << 0.0 << qint64(-1);
    QTest::addRow("server says") << 1 << qint64(1234) << 0.9 << qint64(1234);
    QTest::addRow("server says zero") << 2 << qint64(0) << 0.0 << qint64(0);
    QTest::addRow("server asks too much") << 1 << qint64(120000) << 0.0 << qint64(-1);
}

void TestOpenAiErrorClassifier::retryPolicy()
{
    QFETCH(int, retry);
    QFETCH(qint64, serverDelay);
    QFETCH(double, jitter);
    QFETCH(qint64, expected);
    const RetryPolicy policy; // two retries, 500 ms doubling, 60 s cap on what the server may ask
    QCOMPARE(policy.delayBeforeRetry(retry, serverDelay, jitter), expected);

    RetryPolicy capped;
    capped.maxRetries = 10;
    QCOMPARE(capped.delayBeforeRetry(10, -1, 0.0), capped.maxDelayMs);
}

QTEST_GUILESS_MAIN(TestOpenAiErrorClassifier)
#include "tst_openaierrorclassifier.moc"
