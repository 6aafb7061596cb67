#include "ServeCommand.h"

#include "AppServices.h"
#include "common/ShutdownSignals.h"
#include "instance/SingleInstance.h"
#include "server/OverlayServer.h"
#include "server/WebhookReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace Dewey {

namespace {

const QString kOverlayPort = QStringLiteral("overlay-port");
const QString kWebhookPort = QStringLiteral("webhook-port");

// Parses a port option: unset → nullopt; 0..65535 → the port; anything else → *ok = false.
std::optional<quint16> portOption(const QCommandLineParser& parser, const QString& name, bool* ok)
{
    *ok = true;
    if (!parser.isSet(name))
        return std::nullopt;
    const uint value = parser.value(name).toUInt(ok);
    *ok = *ok && value <= 65535;
    return static_cast<quint16>(value);
}

// A string as a JSON value, quotes and escapes included.
QString jsonString(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2)); // without the array's brackets
}

} // namespace

QString ServeCommand::summary() const
{
    return tr("Run the overlay server and the webhook receiver without a window.");
}

void ServeCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({kOverlayPort, tr("Serve the overlay on port N (0 picks a free port)."), tr("N")});
    parser.addOption({kWebhookPort, tr("Receive Stripe webhooks on port N (0 picks a free port)."), tr("N")});
}

int ServeCommand::run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context)
{
    if (!arguments.isEmpty()) {
        context.err << "dewey-cli serve: " << tr("unexpected argument '%1'.").arg(arguments.first()) << '\n';
        return ExitUsage;
    }
    ServerPorts ports;
    bool ok = false;
    ports.overlay = portOption(parser, kOverlayPort, &ok);
    if (ok)
        ports.webhook = portOption(parser, kWebhookPort, &ok);
    if (!ok) {
        context.err << "dewey-cli serve: " << tr("a port must be a number from 0 to 65535.") << '\n';
        return ExitUsage;
    }
    if (ports.overlay && ports.overlay == ports.webhook && *ports.overlay != 0) {
        context.err << "dewey-cli serve: " << tr("the overlay and webhook ports must differ.") << '\n';
        return ExitUsage;
    }

    QString error;
    if (!context.dataDirectory.ensureExists(&error)) {
        context.err << "dewey-cli: " << error << '\n';
        return ExitFailure;
    }
    SingleInstance instance(context.dataDirectory.path());
    // A later `dewey` learns that no window of ours can come forward.
    instance.setAnswer(SingleInstance::kAnswerHeadless);
    switch (instance.claim(QByteArrayLiteral("ping"), &error)) {
    case SingleInstance::Role::Primary:
        break;
    case SingleInstance::Role::Secondary:
        context.err << "dewey-cli: "
                    << tr("Dewey is already running with the data folder %1. Stop it first, or use another "
                          "folder with --data-dir.")
                           .arg(context.dataDirectory.path())
                    << '\n';
        return ExitFailure;
    case SingleInstance::Role::Failed:
        context.err << "dewey-cli: " << error << '\n';
        return ExitFailure;
    }

    AppServices services(context.dataDirectory, context.environment, AppServices::Options{});
    if (!services.open(&error)) {
        context.err << "dewey-cli: " << error << '\n';
        return ExitFailure;
    }

    int exitCode = ExitSuccess;
    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &services,
                     [] { QCoreApplication::quit(); });
    QObject::connect(&services, &AppServices::secretsLoaded, &services, [&] {
        QString startError;
        if (!services.startServers(ports, &startError)) {
            context.err << "dewey-cli: " << startError << '\n';
            context.err.flush();
            exitCode = ExitFailure;
            QCoreApplication::quit();
            return;
        }
        // Exactly one line, flushed at once: a script reading our stdout through a pipe waits for it.
        // Written by hand because QJsonObject sorts its keys, and the documented line starts with
        // "ready":true (a script may match that prefix).
        context.out << "{\"ready\":true,\"overlayUrl\":" << jsonString(services.overlayServer().overlayUrl())
                    << ",\"webhookUrl\":" << jsonString(services.webhookReceiver().webhookUrl()) << "}\n";
        context.out.flush();
    });

    QCoreApplication::exec();
    services.shutdown();
    return exitCode;
}

} // namespace Dewey
