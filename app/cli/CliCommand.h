#pragma once

#include "common/DataDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace Dewey {

// Exit codes of dewey-cli, as scripts (Stream Deck buttons, cron) rely on them.
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitFailure = 1, // the command was fine but could not be carried out (port taken, bad database…)
    ExitUsage = 2,   // the command line was wrong
};

// What every command gets: where the data lives, the environment, and the two output streams.
// stdout carries only the command's result (scripts parse it); messages go to stderr.
struct CliContext
{
    DataDirectory dataDirectory;
    QProcessEnvironment environment;
    QTextStream& out;
    QTextStream& err;
};

// One subcommand of dewey-cli (serve, notes, sales, alerts, ask …).
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's own options and positional arguments (global ones are already there).
    virtual void addOptions(QCommandLineParser& parser) = 0;
    // `arguments` are the positional arguments after the command name.
    virtual int run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context) = 0;
};

} // namespace Dewey
