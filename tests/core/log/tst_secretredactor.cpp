#include "log/SecretRedactor.h"

#include <QTest>

using namespace Dewey;

class TestSecretRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::addRow("stripe live key")
            << QStringLiteral("calling Stripe with sk_live_51H8abcDEFghiJKLmnoPQRstu now")
            << QStringLiteral("calling Stripe with sk_live_…[redacted] now");
        QTest::addRow("stripe test key") << QStringLiteral("key=sk_test_4eC39HqLyjWDarjtT1zdp7dc")
                                         << QStringLiteral("key=sk_test_…[redacted]");
        QTest::addRow("stripe restricted live")
            << QStringLiteral("rk_live_51Habcdefghijklmnop.") << QStringLiteral("rk_live_…[redacted].");
        QTest::addRow("stripe restricted test")
            << QStringLiteral("(rk_test_51Habcdefghijklmnop)") << QStringLiteral("(rk_test_…[redacted])");
        QTest::addRow("webhook secret")
            << QStringLiteral("signing secret whsec_abcdefghijklmnopqrstuvwxyz012345")
            << QStringLiteral("signing secret whsec_…[redacted]");
        QTest::addRow("openai project key")
            << QStringLiteral("\"api_key\": \"sk-proj-abcdEFGH1234ijklMNOP5678qrst_UVWX-yz90\"")
            << QStringLiteral("\"api_key\": \"sk-proj-…[redacted]\"");
        QTest::addRow("openai legacy key")
            << QStringLiteral("sk-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST")
            << QStringLiteral("sk-…[redacted]");
        QTest::addRow("bearer header")
            << QStringLiteral("Authorization: Bearer eyJhbGciOi.eyJzdWIiOiIx.c2lnbmF0dXJl")
            << QStringLiteral("Authorization: Bearer [redacted]");
        QTest::addRow("basic header") << QStringLiteral("Authorization: Basic c2tfdGVzdF9hYmNkZWY6")
                                      << QStringLiteral("Authorization: Basic [redacted]");
        QTest::addRow("overlay token") << QStringLiteral("GET /overlay?token=Zx8_k2-LmNoPq&scene=1 HTTP/1.1")
                                       << QStringLiteral("GET /overlay?token=[redacted]&scene=1 HTTP/1.1");
        QTest::addRow("token at end of url")
            << QStringLiteral("ws://127.0.0.1:7355/ws?scene=main&token=abc123")
            << QStringLiteral("ws://127.0.0.1:7355/ws?scene=main&token=[redacted]");
        QTest::addRow("access_token") << QStringLiteral("https://example.test/cb?access_token=9f8e7d6c5b")
                                      << QStringLiteral("https://example.test/cb?access_token=[redacted]");
        QTest::addRow("two keys in one line")
            << QStringLiteral("old sk_test_AAAAAAAAAAAAAAAA new sk_live_BBBBBBBBBBBBBBBB")
            << QStringLiteral("old sk_test_…[redacted] new sk_live_…[redacted]");
        QTest::addRow("sale alert untouched") << QStringLiteral("Alex just bought Hoodie ×2 — $64.00")
                                              << QStringLiteral("Alex just bought Hoodie ×2 — $64.00");
        QTest::addRow("publishable key untouched")
            << QStringLiteral("pk_live_51Habcdefghijklmnop") << QStringLiteral("pk_live_51Habcdefghijklmnop");
        QTest::addRow("ordinary words untouched")
            << QStringLiteral("task-force risk-assessment tokens=3 bearer")
            << QStringLiteral("task-force risk-assessment tokens=3 bearer");
        QTest::addRow("bare prefix untouched") << QStringLiteral("keys start with sk_live_ or whsec_")
                                               << QStringLiteral("keys start with sk_live_ or whsec_");
        QTest::addRow("event id untouched")
            << QStringLiteral("evt_1NqXyZ2eZvKYlo2C0a1b2c3d checkout.session.completed")
            << QStringLiteral("evt_1NqXyZ2eZvKYlo2C0a1b2c3d checkout.session.completed");
    }

    void patterns()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const SecretRedactor redactor;
        QCOMPARE(redactor.redact(input), expected);
    }

    void registeredSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::addRow("local server key")
            << QStringLiteral("local-llm-key-2f9c") << QStringLiteral("key is local-llm-key-2f9c.")
            << QStringLiteral("key is [redacted].");
        QTest::addRow("every occurrence")
            << QStringLiteral("hunter2hunter2") << QStringLiteral("hunter2hunter2/hunter2hunter2")
            << QStringLiteral("[redacted]/[redacted]");
        QTest::addRow("too short to register")
            << QStringLiteral("abc123") << QStringLiteral("abc123 stays") << QStringLiteral("abc123 stays");
        QTest::addRow("registered key shaped like a stripe key")
            << QStringLiteral("sk_live_51Registered0123456")
            << QStringLiteral("with sk_live_51Registered0123456") << QStringLiteral("with [redacted]");
    }

    void registeredSecrets()
    {
        QFETCH(QString, secret);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        SecretRedactor redactor;
        redactor.addSecret(secret);
        QCOMPARE(redactor.redact(input), expected);
    }

    void longestRegisteredSecretWins()
    {
        SecretRedactor redactor;
        redactor.addSecret(QStringLiteral("password1234"));
        redactor.addSecret(QStringLiteral("password1234-and-more"));
        QCOMPARE(redactor.redact(QStringLiteral("x password1234-and-more y")),
                 QStringLiteral("x [redacted] y"));
    }

    void setSecretsReplacesTheList()
    {
        SecretRedactor redactor;
        redactor.addSecret(QStringLiteral("first-secret-value"));
        redactor.setSecrets({QStringLiteral("second-secret-value")});
        QCOMPARE(redactor.redact(QStringLiteral("first-secret-value second-secret-value")),
                 QStringLiteral("first-secret-value [redacted]"));
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
