#include "NotesCommand.h"

#include "AppServices.h"
#include "notes/EmbeddingIndex.h"
#include "notes/NoteRetriever.h"
#include "notes/NotesFileFormats.h"
#include "notes/NotesModule.h"
#include "notes/NotesRepository.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <optional>

namespace Dewey {

namespace {

const QString kJson = QStringLiteral("json");
const QString kLimit = QStringLiteral("limit");
const QString kFormat = QStringLiteral("format");
const QString kKeyword = QStringLiteral("keyword");

constexpr int kDefaultSearchLimit = 10;

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject noteJson(const Note& note)
{
    return {
        {QStringLiteral("id"), note.id},
        {QStringLiteral("text"), note.text},
        {QStringLiteral("createdAt"), isoTime(note.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(note.updatedAt)},
    };
}

// One line per note in plain output: newlines inside a note would break line-based scripts.
QString oneLine(const QString& text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1String(" / "));
    return line;
}

void printError(CliContext& context, const QString& message)
{
    context.err << "dewey-cli notes: " << message << '\n';
}

std::optional<qint64> noteId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<NotesFileFormats::Format> formatOption(const QCommandLineParser& parser, const QString& path)
{
    const QString value = parser.value(kFormat).toLower();
    if (value == QLatin1String("jsonl") || value == QLatin1String("json"))
        return NotesFileFormats::Format::JsonLines;
    if (value == QLatin1String("markdown") || value == QLatin1String("md"))
        return NotesFileFormats::Format::Markdown;
    if (!value.isEmpty())
        return std::nullopt;
    return NotesFileFormats::formatForPath(path);
}

// Text after the subcommand, or stdin when it is "-" (long notes, pipes).
QString textArgument(const QStringList& args, qsizetype from)
{
    const QStringList words = args.mid(from);
    if (words == QStringList{QStringLiteral("-")}) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            return QString::fromUtf8(in.readAll());
        return {};
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

QString NotesCommand::summary() const
{
    return tr("Add, list, search, edit, delete, import and export notes.");
}

void NotesCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("add TEXT | list | search QUERY | edit ID TEXT | delete ID | restore ID | import PATH | export "
           "[PATH]. "
           "TEXT \"-\" reads the note from standard input; PATH \"-\" means standard input/output."));
    parser.addOption({kJson, tr("Print the result as JSON.")});
    parser.addOption(
        {kLimit, tr("At most N notes (search: default %1; list: all).").arg(kDefaultSearchLimit), tr("N")});
    parser.addOption({kFormat,
                      tr("File format for import/export: jsonl or markdown (default: from the file name; "
                         "export to standard output: jsonl)."),
                      tr("FORMAT")});
    parser.addOption({kKeyword, tr("search: match words only, even when notes can be found by meaning.")});
}

int NotesCommand::run(const QCommandLineParser& parser, const QStringList& arguments, CliContext& context)
{
    if (arguments.isEmpty()) {
        printError(context,
                   tr("say what to do: add, list, search, edit, delete, restore, import or export. Run "
                      "'dewey-cli notes --help' for usage."));
        return ExitUsage;
    }
    const QString action = arguments.first();
    static const QStringList actions = {QStringLiteral("add"),    QStringLiteral("list"),
                                        QStringLiteral("search"), QStringLiteral("edit"),
                                        QStringLiteral("delete"), QStringLiteral("restore"),
                                        QStringLiteral("import"), QStringLiteral("export")};
    if (!actions.contains(action)) {
        printError(context, tr("unknown action '%1'. Run 'dewey-cli notes --help' for usage.").arg(action));
        return ExitUsage;
    }
    if (parser.isSet(kLimit)) {
        bool ok = false;
        const int limit = parser.value(kLimit).toInt(&ok);
        if (!ok || limit <= 0) {
            printError(context, tr("--limit takes a positive number."));
            return ExitUsage;
        }
    }

    AppServices::Options options;
    options.logToStderr = false; // stderr is for this command's own messages
    options.indexNotes = false;  // no background work in a short-lived process
    AppServices services(context.dataDirectory, context.environment, options);
    QString error;
    if (!services.open(&error)) {
        printError(context, error);
        return ExitFailure;
    }

    int code = ExitUsage;
    if (action == QLatin1String("add"))
        code = add(parser, arguments, context, services);
    else if (action == QLatin1String("list"))
        code = list(parser, arguments, context, services);
    else if (action == QLatin1String("search"))
        code = search(parser, arguments, context, services);
    else if (action == QLatin1String("edit"))
        code = edit(arguments, context, services);
    else if (action == QLatin1String("delete"))
        code = remove(arguments, context, services);
    else if (action == QLatin1String("restore"))
        code = restore(arguments, context, services);
    else if (action == QLatin1String("import"))
        code = importNotes(parser, arguments, context, services);
    else if (action == QLatin1String("export"))
        code = exportNotes(parser, arguments, context, services);
    context.out.flush();
    services.shutdown();
    return code;
}

int NotesCommand::add(const QCommandLineParser& parser, const QStringList& args, CliContext& context,
                      AppServices& services)
{
    if (args.size() < 2) {
        printError(context, tr("add needs the note's text, e.g. dewey-cli notes add \"Airbnb code 4412\"."));
        return ExitUsage;
    }
    QString error;
    const std::optional<Note> note = services.notes().repository().add(textArgument(args, 1), &error);
    if (!note) {
        printError(context, error);
        return ExitFailure;
    }
    if (parser.isSet(kJson))
        context.out << QString::fromUtf8(QJsonDocument(noteJson(*note)).toJson(QJsonDocument::Compact))
                    << '\n';
    else
        context.out << note->id << '\n';
    return ExitSuccess;
}

int NotesCommand::list(const QCommandLineParser& parser, const QStringList& args, CliContext& context,
                       AppServices& services)
{
    if (args.size() > 1) {
        printError(context, tr("list takes no arguments (did you mean search?)."));
        return ExitUsage;
    }
    const int limit = parser.isSet(kLimit) ? parser.value(kLimit).toInt() : -1;
    const QList<Note> notes = services.notes().repository().list(limit);
    if (parser.isSet(kJson)) {
        QJsonArray array;
        for (const Note& note : notes)
            array.append(noteJson(note));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
        return ExitSuccess;
    }
    for (const Note& note : notes)
        context.out << note.id << '\t' << isoTime(note.createdAt) << '\t' << oneLine(note.text) << '\n';
    return ExitSuccess;
}

int NotesCommand::search(const QCommandLineParser& parser, const QStringList& args, CliContext& context,
                         AppServices& services)
{
    const QString query = args.mid(1).join(QLatin1Char(' '));
    if (query.trimmed().isEmpty()) {
        printError(context,
                   tr("search needs words to look for, e.g. dewey-cli notes search \"airbnb code\"."));
        return ExitUsage;
    }
    const int limit = parser.isSet(kLimit) ? parser.value(kLimit).toInt() : kDefaultSearchLimit;
    NotesModule& notes = services.notes();

    Retrieval retrieval;
    // Meaning needs stored vectors and the API key; the key is known once secrets are loaded.
    if (parser.isSet(kKeyword) || notes.index().size() == 0) {
        retrieval.notes = notes.retriever().keywordSearch(query, limit);
    } else {
        bool done = false;
        const auto start = [&] {
            notes.retriever().retrieve(query, limit, &services, [&](const Retrieval& r) {
                retrieval = r;
                done = true;
                QCoreApplication::quit();
            });
        };
        if (services.secrets().isLoaded())
            QTimer::singleShot(0, &services, start);
        else
            QObject::connect(&services, &AppServices::secretsLoaded, &services, start);
        QCoreApplication::exec();
        if (!done)
            return ExitFailure;
        if (!retrieval.notice.isEmpty())
            context.err << retrieval.notice << '\n';
    }

    if (parser.isSet(kJson)) {
        QJsonArray array;
        for (const RetrievedNote& r : std::as_const(retrieval.notes)) {
            array.append(QJsonObject{
                {QStringLiteral("id"), r.note.id},
                {QStringLiteral("text"), r.note.text},
                {QStringLiteral("createdAt"), isoTime(r.note.createdAt)},
                {QStringLiteral("score"), r.score},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
        return ExitSuccess;
    }
    for (const RetrievedNote& r : std::as_const(retrieval.notes))
        context.out << r.note.id << '\t' << isoTime(r.note.createdAt) << '\t' << oneLine(r.note.text) << '\n';
    return ExitSuccess;
}

int NotesCommand::edit(const QStringList& args, CliContext& context, AppServices& services)
{
    const std::optional<qint64> id = noteId(args.value(1));
    if (!id || args.size() < 3) {
        printError(context,
                   tr("edit needs a note id and the new text, e.g. dewey-cli notes edit 12 \"new text\"."));
        return ExitUsage;
    }
    QString error;
    if (!services.notes().repository().edit(*id, textArgument(args, 2), &error)) {
        printError(context, error);
        return ExitFailure;
    }
    return ExitSuccess;
}

int NotesCommand::remove(const QStringList& args, CliContext& context, AppServices& services)
{
    const std::optional<qint64> id = noteId(args.value(1));
    if (!id || args.size() != 2) {
        printError(context, tr("delete needs one note id, e.g. dewey-cli notes delete 12."));
        return ExitUsage;
    }
    QString error;
    if (!services.notes().repository().remove(*id, &error)) {
        printError(context, error);
        return ExitFailure;
    }
    context.err << tr("Deleted note %1. To undo: dewey-cli notes restore %1").arg(*id) << '\n';
    return ExitSuccess;
}

int NotesCommand::restore(const QStringList& args, CliContext& context, AppServices& services)
{
    const std::optional<qint64> id = noteId(args.value(1));
    if (!id || args.size() != 2) {
        printError(context, tr("restore needs one note id, e.g. dewey-cli notes restore 12."));
        return ExitUsage;
    }
    QString error;
    if (!services.notes().repository().restore(*id, &error)) {
        printError(context, error);
        return ExitFailure;
    }
    return ExitSuccess;
}

int NotesCommand::importNotes(const QCommandLineParser& parser, const QStringList& args, CliContext& context,
                              AppServices& services)
{
    if (args.size() != 2) {
        printError(context, tr("import needs one file or folder, e.g. dewey-cli notes import notes.jsonl."));
        return ExitUsage;
    }
    const QString path = args.at(1);
    QStringList files;
    if (path != QLatin1String("-") && QFileInfo(path).isDir()) {
        QDirIterator it(path,
                        {QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.jsonl")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        files.sort();
        if (files.isEmpty()) {
            printError(context, tr("%1 holds no .md or .jsonl files.").arg(QDir::toNativeSeparators(path)));
            return ExitFailure;
        }
    } else {
        files << path;
    }

    QList<NoteDraft> drafts;
    QStringList problems;
    for (const QString& file : std::as_const(files)) {
        const std::optional<NotesFileFormats::Format> format = formatOption(parser, file);
        if (!format) {
            printError(context, tr("cannot tell the format of %1; add --format jsonl or --format markdown.")
                                    .arg(QDir::toNativeSeparators(file)));
            return ExitUsage;
        }
        QFile in;
        const bool opened = file == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly)
                                                       : (in.setFileName(file), in.open(QIODevice::ReadOnly));
        if (!opened) {
            printError(context,
                       tr("cannot read %1: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
            return ExitFailure;
        }
        const QByteArray data = in.readAll();
        const QDateTime fileTime = file == QLatin1String("-")
                                       ? QDateTime::currentDateTimeUtc()
                                       : QFileInfo(file).fileTime(QFileDevice::FileModificationTime).toUTC();
        const NotesFileFormats::ParseResult parsed = NotesFileFormats::parse(*format, data, fileTime);
        drafts += parsed.drafts;
        for (const QString& problem : parsed.problems)
            problems << QDir::toNativeSeparators(file) + QStringLiteral(", ") + problem;
    }

    QString error;
    const auto result = services.notes().repository().importNotes(drafts, &error);
    if (!result) {
        printError(context, error);
        return ExitFailure;
    }
    for (const QString& problem : std::as_const(problems))
        context.err << tr("skipped %1").arg(problem) << '\n';
    if (parser.isSet(kJson)) {
        const QJsonObject summary{{QStringLiteral("added"), result->added},
                                  {QStringLiteral("duplicates"), result->duplicates},
                                  {QStringLiteral("skipped"), int(problems.size())}};
        context.out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        context.out << tr("Imported %n note(s)", nullptr, result->added)
                    << tr(", %n duplicate(s) skipped", nullptr, result->duplicates)
                    << tr(", %n entry(ies) not readable", nullptr, int(problems.size())) << ".\n";
    }
    // Some entries were unusable: the rest is in, but a script should notice.
    return problems.isEmpty() ? ExitSuccess : ExitFailure;
}

int NotesCommand::exportNotes(const QCommandLineParser& parser, const QStringList& args, CliContext& context,
                              AppServices& services)
{
    if (args.size() > 2) {
        printError(context, tr("export takes at most one file, e.g. dewey-cli notes export notes.jsonl."));
        return ExitUsage;
    }
    const QString path = args.value(1, QStringLiteral("-"));
    const bool toStdout = path == QLatin1String("-");
    std::optional<NotesFileFormats::Format> format = formatOption(parser, path);
    if (!format && toStdout && !parser.isSet(kFormat))
        format = NotesFileFormats::Format::JsonLines;
    if (!format) {
        printError(context, tr("cannot tell the format of %1; add --format jsonl or --format markdown.")
                                .arg(QDir::toNativeSeparators(path)));
        return ExitUsage;
    }
    QList<Note> notes = services.notes().repository().list();
    std::reverse(notes.begin(), notes.end()); // oldest first: the order they were written in
    const QByteArray data = NotesFileFormats::serialize(*format, notes);
    if (toStdout) {
        context.out << QString::fromUtf8(data);
        return ExitSuccess;
    }
    // Written to a temporary file and renamed, so a failed export never leaves half a backup.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        printError(context, tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return ExitFailure;
    }
    context.err
        << tr("Exported %n note(s) to %1.", nullptr, int(notes.size())).arg(QDir::toNativeSeparators(path))
        << '\n';
    return ExitSuccess;
}

} // namespace Dewey
