#pragma once

#include "CliCommand.h"

namespace Dewey {

struct Sale;

// `dewey-cli sales list [--json] [--since ISO]`: the sales ledger, newest first. Reads the database
// directly (while `dewey-cli serve` or the app may be writing to it), so it needs no secrets.
class SalesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SalesCommand)

public:
    QString name() const override { return QStringLiteral("sales"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context) override;

private:
    int list(const QCommandLineParser& parser, CliContext& context);
};

} // namespace Dewey
