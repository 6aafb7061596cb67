#pragma once

#include "CliCommand.h"

namespace Dewey {

class AppServices;

// `dewey-cli notes add|list|search|edit|delete|restore|import|export`: the streamer's notes from a
// terminal or a script. Results go to stdout (JSON with --json), messages to stderr.
class NotesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(NotesCommand)

public:
    QString name() const override { return QStringLiteral("notes"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context) override;

private:
    int add(const QCommandLineParser& parser, const QStringList& args, CliContext& context,
            AppServices& services);
    int list(const QCommandLineParser& parser, const QStringList& args, CliContext& context,
             AppServices& services);
    int search(const QCommandLineParser& parser, const QStringList& args, CliContext& context,
               AppServices& services);
    int edit(const QStringList& args, CliContext& context, AppServices& services);
    int remove(const QStringList& args, CliContext& context, AppServices& services);
    int restore(const QStringList& args, CliContext& context, AppServices& services);
    int importNotes(const QCommandLineParser& parser, const QStringList& args, CliContext& context,
                    AppServices& services);
    int exportNotes(const QCommandLineParser& parser, const QStringList& args, CliContext& context,
                    AppServices& services);
};

} // namespace Dewey
