#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace Dewey {

// dewey-cli's front door: finds the subcommand, parses global options (accepted before or after
// the subcommand), prints help and version, and maps usage errors to exit code 2.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication(QTextStream& out, QTextStream& err, QProcessEnvironment environment);

    void addCommand(std::unique_ptr<CliCommand> command);
    int run(const QStringList& arguments);

private:
    CliCommand* find(const QString& name) const;
    static QString findCommandName(const QStringList& arguments);
    QString generalHelp(const QCommandLineParser& parser) const;
    int usageError(const QString& message, const QString& helpHint);

    QTextStream& m_out;
    QTextStream& m_err;
    QProcessEnvironment m_environment;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Dewey
