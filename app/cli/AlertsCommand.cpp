#include "AlertsCommand.h"

#include "server/ControlClient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Dewey {

namespace {

const QString kJson = QStringLiteral("json");

const QStringList& actions()
{
    static const QStringList names{
        QStringLiteral("test"),  QStringLiteral("pause"),  QStringLiteral("resume"), QStringLiteral("skip"),
        QStringLiteral("clear"), QStringLiteral("status"), QStringLiteral("replay"),
    };
    return names;
}

} // namespace

QString AlertsCommand::summary() const
{
    return tr("Control the alerts of the running Dewey: test, pause, resume, skip, clear, status, replay.");
}

void AlertsCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), actions().join(QLatin1Char('|')));
    parser.addOption({kJson, tr("Print the answer as JSON.")});
}

int AlertsCommand::run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context)
{
    const QString action = arguments.value(0);
    const int expected = action == QLatin1String("replay") ? 2 : 1;
    if (!actions().contains(action) || arguments.size() != expected) {
        if (action.isEmpty())
            context.err << "dewey-cli alerts: "
                        << tr("say what to do: %1.").arg(actions().join(QLatin1String(", ")));
        else if (!actions().contains(action))
            context.err << "dewey-cli alerts: " << tr("unknown action '%1'.").arg(action);
        else if (expected == 2)
            context.err << "dewey-cli alerts replay: " << tr("name the sale's Stripe event id (evt_…).");
        else
            context.err << "dewey-cli alerts " << action << ": "
                        << tr("unexpected argument '%1'.").arg(arguments.value(1));
        context.err << '\n';
        return ExitUsage;
    }

    QJsonObject args;
    if (action == QLatin1String("replay"))
        args.insert(QStringLiteral("eventId"), arguments.at(1));
    const ControlClient::Result result =
        ControlClient::send(context.dataDirectory.path(), QStringLiteral("alerts.") + action, args);
    if (result.status != ControlClient::Result::Status::Answered) {
        context.err << "dewey-cli: " << result.error << '\n';
        return ExitFailure;
    }
    const ControlResponse& response = result.response;
    if (parser.isSet(kJson)) {
        QJsonObject object = response.data;
        object.insert(QStringLiteral("ok"), response.ok);
        object.insert(QStringLiteral("message"), response.message);
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    } else if (response.ok) {
        context.out << response.message << '\n';
    }
    if (!response.ok) {
        context.err << "dewey-cli alerts " << action << ": " << response.message << '\n';
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace Dewey
