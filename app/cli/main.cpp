#include "AlertsCommand.h"
#include "AskCommand.h"
#include "CliApplication.h"
#include "NotesCommand.h"
#include "SalesCommand.h"
#include "ServeCommand.h"
#include "common/DeweyVersion.h"
#include "common/LanguageLoader.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(Dewey::kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Dewey::kVersion));

    Dewey::LanguageLoader language;
    language.apply(QString()); // the system locale; the GUI adds the Settings override

    QTextStream out(stdout);
    QTextStream err(stderr);
    Dewey::CliApplication cli(out, err, QProcessEnvironment::systemEnvironment());
    cli.addCommand(std::make_unique<Dewey::ServeCommand>());
    cli.addCommand(std::make_unique<Dewey::AlertsCommand>());
    cli.addCommand(std::make_unique<Dewey::AskCommand>());
    cli.addCommand(std::make_unique<Dewey::SalesCommand>());
    cli.addCommand(std::make_unique<Dewey::NotesCommand>());
    const int exitCode = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return exitCode;
}
