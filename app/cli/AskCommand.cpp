#include "AskCommand.h"

#include "AppServices.h"
#include "assistant/Assistant.h"
#include "assistant/ConversationRepository.h"
#include "common/ShutdownSignals.h"
#include "log/LogCategories.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Dewey {

namespace {

const QString kJson = QStringLiteral("json");
const QString kYes = QStringLiteral("yes");
const QString kConversation = QStringLiteral("conversation");

void printError(CliContext& context, const QString& message)
{
    context.err << "dewey-cli ask: " << message << '\n';
    context.err.flush();
}

QJsonValue tokenCount(qint64 count)
{
    return count >= 0 ? QJsonValue(count) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString AskCommand::summary() const
{
    return tr("Ask Dewey (or tell it something to remember); the answer streams to stdout.");
}

void AskCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("question"), tr("What to ask or tell Dewey."),
                                 QStringLiteral("QUESTION..."));
    parser.addOption(
        {kJson, tr("Print one JSON object when the answer is complete (answer, citations, usage) "
                   "instead of streaming text.")});
    parser.addOption(
        {kYes, tr("Allow Dewey to delete notes when asked to (otherwise deletions are declined).")});
    parser.addOption(
        {kConversation, tr("Continue conversation ID instead of starting a new one."), tr("ID")});
}

QByteArray AskCommand::answerJson(const AnswerResult& result)
{
    QJsonArray citations;
    for (const Citation& citation : result.citations)
        citations.append(QJsonObject{{QStringLiteral("noteId"), citation.noteId},
                                     {QStringLiteral("text"), citation.noteText}});
    const TokenUsage& usage = result.message.usage;
    const QJsonObject object{
        {QStringLiteral("answer"), result.message.content},
        {QStringLiteral("conversationId"), result.message.conversationId},
        {QStringLiteral("messageId"), result.message.id},
        {QStringLiteral("citations"), citations},
        {QStringLiteral("tools"), QJsonArray::fromStringList(result.message.toolsUsed)},
        {QStringLiteral("activities"), QJsonArray::fromStringList(result.activities)},
        {QStringLiteral("model"), result.message.model},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("promptTokens"), tokenCount(usage.promptTokens)},
                     {QStringLiteral("completionTokens"), tokenCount(usage.completionTokens)},
                     {QStringLiteral("totalTokens"), tokenCount(usage.totalTokens)}}},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString AskCommand::errorText(const AssistantError& error)
{
    QString text = error.message;
    if (error.kind == AssistantError::Kind::MissingApiKey || error.kind == AssistantError::Kind::BadApiKey)
        text += QLatin1Char(' ') + tr("dewey-cli also reads the key from DEWEY_OPENAI_API_KEY.");
    if (!error.detail.isEmpty() && error.detail != error.message)
        text += QLatin1Char('\n') + tr("Details: %1").arg(error.detail);
    return text;
}

int AskCommand::run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context)
{
    const QString question = arguments.join(QLatin1Char(' ')).trimmed();
    if (question.isEmpty()) {
        printError(context, tr("what should Dewey answer? e.g. dewey-cli ask \"what's the airbnb code?\""));
        return ExitUsage;
    }
    qint64 conversationId = 0;
    if (parser.isSet(kConversation)) {
        bool ok = false;
        conversationId = parser.value(kConversation).toLongLong(&ok);
        if (!ok || conversationId <= 0) {
            printError(context, tr("--conversation takes a conversation id (a positive number)."));
            return ExitUsage;
        }
    }
    const bool json = parser.isSet(kJson);
    const bool allowDeletes = parser.isSet(kYes);

    AppServices::Options options;
    options.logToStderr = false; // stderr carries this command's own messages only
    options.indexNotes = false;  // no background work in a short-lived process
    AppServices services(context.dataDirectory, context.environment, options);
    QString error;
    if (!services.open(&error)) {
        printError(context, error);
        return ExitFailure;
    }
    Assistant& assistant = services.assistant();
    ChatSession* session = assistant.createSession(&services);
    if (conversationId > 0 && !session->openConversation(conversationId, &error)) {
        printError(context, error);
        return ExitFailure;
    }

    int exitCode = ExitFailure;
    bool streamedSomething = false;
    const auto endLine = [&] {
        if (streamedSomething) {
            context.out << '\n';
            context.out.flush();
        }
    };

    QObject::connect(session, &ChatSession::tokenReceived, &services, [&](const QString& delta) {
        if (json)
            return;
        context.out << delta;
        context.out.flush(); // a reader of the pipe sees each token as it arrives
        streamedSomething = true;
    });
    QObject::connect(session, &ChatSession::toolActivity, &services,
                     [&](const QString&, const QString& description) {
                         if (!description.isEmpty()) {
                             context.err << "dewey: " << description << '\n';
                             context.err.flush();
                         }
                     });
    QObject::connect(session, &ChatSession::retrying, &services,
                     [&](int attempt, qint64 delayMs, const AssistantError& reason) {
                         context.err << "dewey: "
                                     << tr("%1 Trying again in %2 s (attempt %3).")
                                            .arg(reason.message)
                                            .arg(double(delayMs) / 1000.0, 0, 'f', 1)
                                            .arg(attempt + 1)
                                     << '\n';
                         context.err.flush();
                     });
    QObject::connect(session, &ChatSession::confirmationRequested, &services,
                     [&, session](const ConfirmationRequest& request) {
                         if (allowDeletes) {
                             context.err << "dewey: " << tr("deleting note %1 (--yes).").arg(request.noteId)
                                         << '\n';
                         } else {
                             context.err
                                 << "dewey: "
                                 << tr("Dewey wanted to delete note %1 (\"%2\"); it was kept. Run with --yes "
                                       "to allow deletions.")
                                        .arg(request.noteId)
                                        .arg(request.noteText.left(80))
                                 << '\n';
                         }
                         context.err.flush();
                         session->answerConfirmation(request.id, allowDeletes);
                     });
    QObject::connect(session, &ChatSession::finished, &services, [&](const AnswerResult& result) {
        if (json) {
            context.out << QString::fromUtf8(answerJson(result)) << '\n';
            context.out.flush();
        } else {
            if (!result.message.content.endsWith(QLatin1Char('\n')))
                endLine();
        }
        exitCode = ExitSuccess;
        QCoreApplication::quit();
    });
    QObject::connect(session, &ChatSession::failed, &services, [&](const AssistantError& failure) {
        endLine();
        printError(context, errorText(failure));
        exitCode = ExitFailure;
        QCoreApplication::quit();
    });
    QObject::connect(session, &ChatSession::stopped, &services, [&](const StoredMessage&) {
        endLine();
        printError(context, tr("stopped; the part of the answer that arrived was kept."));
        exitCode = ExitFailure;
        QCoreApplication::quit();
    });

    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, session, [session] {
        if (session->isBusy())
            session->stop();
        else
            QCoreApplication::quit();
    });

    // The key may live in the keychain, which answers asynchronously.
    const auto start = [&, session] {
        QString sendError;
        if (!session->send(question, &sendError)) {
            printError(context, sendError);
            exitCode = ExitFailure;
            QCoreApplication::quit();
        }
    };
    // Started from the event loop, so quit() from any outcome ends exec().
    if (services.secrets().isLoaded())
        QTimer::singleShot(0, session, start);
    else
        QObject::connect(&services, &AppServices::secretsLoaded, session, start, Qt::SingleShotConnection);

    QCoreApplication::exec();
    context.out.flush();
    context.err.flush();
    services.shutdown();
    return exitCode;
}

} // namespace Dewey
