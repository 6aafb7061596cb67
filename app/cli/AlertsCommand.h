#pragma once

#include "CliCommand.h"

namespace Dewey {

// `dewey-cli alerts test|pause|resume|skip|clear|status|replay EVENT_ID`: drives the alerts of the
// running app (or `dewey-cli serve`) through its local control channel — for Stream Deck buttons and
// scripts. Exit code 1 with a clear message when nothing runs with the data folder.
class AlertsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AlertsCommand)

public:
    QString name() const override { return QStringLiteral("alerts"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context) override;
};

} // namespace Dewey
