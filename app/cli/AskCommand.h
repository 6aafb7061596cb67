#pragma once

#include "CliCommand.h"

namespace Dewey {

struct AnswerResult;
struct AssistantError;

// `dewey-cli ask "QUESTION" [--json] [--yes] [--conversation ID]`: the same assistant as the chat
// panel (retrieval, tools, conversation store). The answer streams to stdout as it arrives and
// nothing else goes there; progress and errors go to stderr. Deleting a note needs --yes, as
// there is nobody to ask. Ctrl+C stops the answer and keeps the part that arrived.
class AskCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AskCommand)

public:
    QString name() const override { return QStringLiteral("ask"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context) override;

    // The --json output of a finished answer.
    static QByteArray answerJson(const AnswerResult& result);
    // The stderr line for an error, with a hint where the CLI differs from the app.
    static QString errorText(const AssistantError& error);
};

} // namespace Dewey
