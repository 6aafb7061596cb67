// The webhook receiver alone, for bench/webhook: exactly the code `dewey-cli serve` runs for a Stripe
// delivery (request guard, QHttpServer, signature check, mapping, group-committed SQLite ledger with
// synchronous=FULL), without the alert queue, notes or the overlay, so it is compared like for like
// with the minimal Node reference receiver. Same wiring as AppServices, writer thread included. Prints
// {"ready":true,"url":…} and runs until SIGTERM.
//   bench_webhook_receiver DATA_DIR        (secret from DEWEY_STRIPE_WEBHOOK_SECRET)
#include "common/Clock.h"
#include "common/ShutdownSignals.h"
#include "db/Database.h"
#include "secrets/MemorySecretBackend.h"
#include "secrets/SecretStore.h"
#include "server/WebhookReceiver.h"
#include "settings/Settings.h"
#include "stripe/SalesLedger.h"
#include "stripe/SalesLedgerWriter.h"
#include "stripe/StripeWebhookIntake.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The Node reference logs nothing per request either.
    QLoggingCategory::setFilterRules(QStringLiteral("dewey.*.info=false"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_webhook_receiver DATA_DIR\n");
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(dataDir);

    Dewey::SystemClock clock;
    Dewey::Database database;
    const Dewey::Database::OpenResult opened = database.open(dataDir + QStringLiteral("/dewey.sqlite"));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    Dewey::Settings settings(dataDir + QStringLiteral("/settings.ini"));
    Dewey::SecretStore secrets(
        std::make_unique<Dewey::MemorySecretBackend>(), std::make_unique<Dewey::MemorySecretBackend>(),
        std::make_unique<Dewey::MemorySecretBackend>(), QProcessEnvironment::systemEnvironment(),
        Dewey::SecretStorageMode::SessionOnly);
    Dewey::SalesLedger ledger(database, clock);
    QString error;
    Dewey::SalesLedgerWriter writer(database.path(), clock);
    if (!writer.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Dewey::StripeWebhookIntake intake(ledger, secrets, settings, clock, nullptr);
    intake.setWriter(&writer);
    Dewey::WebhookReceiver receiver;
    receiver.setHandler([&intake](const QHttpServerRequest& request, Dewey::WebhookResponder responder) {
        intake.handleRequest(request, std::move(responder));
    });
    if (!receiver.listen(QHostAddress::LocalHost, 0, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QJsonObject ready{{QStringLiteral("ready"), true}, {QStringLiteral("url"), receiver.webhookUrl()}};
    std::printf("%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    Dewey::ShutdownSignals shutdown;
    QObject::connect(&shutdown, &Dewey::ShutdownSignals::shutdownRequested, &app,
                     [] { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}
