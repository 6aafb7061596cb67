#include "CliApplication.h"

#include "common/DeweyVersion.h"

namespace Dewey {

namespace {

const QString kDataDirOption = QStringLiteral("data-dir");

void addGlobalOptions(QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(
        {kDataDirOption,
         CliApplication::tr("Use DIR as the data folder (default: the folder the Dewey app uses; "
                            "the environment variable DEWEY_DATA_DIR also sets it)."),
         CliApplication::tr("DIR")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, CliApplication::tr("Show this help.")});
    parser.addOption({QStringLiteral("version"), CliApplication::tr("Show the version.")});
}

} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err, QProcessEnvironment environment)
    : m_out(out)
    , m_err(err)
    , m_environment(std::move(environment))
{}

void CliApplication::addCommand(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

CliCommand* CliApplication::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::findCommandName(const QStringList& arguments)
{
    // The subcommand is the first argument that is neither an option nor an option's value.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument == QLatin1String("--data-dir") || argument == QLatin1String("-data-dir")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

QString CliApplication::generalHelp(const QCommandLineParser& parser) const
{
    QString help = parser.helpText();
    help += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : m_commands)
        help += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(10), command->summary());
    help += QLatin1Char('\n') + tr("Run 'dewey-cli COMMAND --help' for the options of a command.") +
            QLatin1Char('\n');
    return help;
}

int CliApplication::usageError(const QString& message, const QString& helpHint)
{
    m_err << "dewey-cli: " << message << '\n' << helpHint << '\n';
    m_err.flush();
    return ExitUsage;
}

int CliApplication::run(const QStringList& arguments)
{
    const QString commandName = findCommandName(arguments);
    CliCommand* command = commandName.isEmpty() ? nullptr : find(commandName);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("dewey-cli: Dewey without a window, for scripts, Stream Deck buttons and servers."));
    addGlobalOptions(parser);
    if (command) {
        parser.addPositionalArgument(command->name(), command->summary());
        command->addOptions(parser);
    } else {
        parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run (see below)."),
                                     tr("COMMAND"));
    }

    const QString generalHint = tr("Run 'dewey-cli --help' for usage.");
    if (!parser.parse(arguments)) {
        const QString hint =
            command ? tr("Run 'dewey-cli %1 --help' for usage.").arg(command->name()) : generalHint;
        return usageError(parser.errorText(), hint);
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << "dewey-cli " << kVersion << '\n';
        return ExitSuccess;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << (command ? parser.helpText() : generalHelp(parser));
        return ExitSuccess;
    }
    if (commandName.isEmpty())
        return usageError(tr("no command given."), generalHint);
    if (!command)
        return usageError(tr("unknown command '%1'.").arg(commandName), generalHint);

    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command name itself
    CliContext context{DataDirectory::resolve(parser.value(kDataDirOption), m_environment), m_environment,
                       m_out, m_err};
    return command->run(parser, positional, context);
}

} // namespace Dewey
