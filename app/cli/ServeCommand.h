#pragma once

#include "CliCommand.h"

namespace Dewey {

// `dewey-cli serve`: every server of the app, without a window. Prints one JSON ready line on
// stdout when listening, then logs to stderr until SIGINT/SIGTERM.
class ServeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)

public:
    QString name() const override { return QStringLiteral("serve"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context) override;
};

} // namespace Dewey
