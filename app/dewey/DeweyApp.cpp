#include "DeweyApp.h"

#include "AppServices.h"
#include "MainWindow.h"
#include "MessageBoxDialogs.h"
#include "SetupGuide.h"
#include "alerts/AlertsModule.h"
#include "common/DeweyVersion.h"
#include "common/LanguageLoader.h"
#include "common/ShutdownSignals.h"
#include "instance/SingleInstance.h"
#include "log/LogCategories.h"
#include "platform/Autostart.h"
#include "settings/Settings.h"
#include "window/OverlayWindowController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace Dewey {

namespace {

void showStartupError(const QString& text)
{
    QTextStream(stderr) << "dewey: " << text << '\n';
    // Without a screen (offscreen, minimal) nobody could see or close the box: stderr says it all.
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return;
    QMessageBox::critical(nullptr, DeweyApp::tr("Dewey cannot start"), text);
}

} // namespace

int DeweyApp::run(const QStringList& arguments)
{
    // The system language from the first line (help, start-up errors); the language chosen in
    // Settings replaces it once the settings are open, before any window exists.
    LanguageLoader language;
    language.apply(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Dewey: store sale alerts and a notes assistant for livestreamers."));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), tr("Use DIR as the data folder."),
                                           tr("DIR"));
    const QCommandLineOption minimizedOption(QStringLiteral("minimized"),
                                             tr("Start in the tray, without the window."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    parser.addOptions({dataDirOption, minimizedOption, helpOption, versionOption});
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "dewey: " << parser.errorText() << '\n'
                            << tr("Run 'dewey --help' for usage.") << '\n';
        return 2;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "dewey " << kVersion << '\n';
        return 0;
    }

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const DataDirectory dataDirectory = DataDirectory::resolve(parser.value(dataDirOption), environment);
    QString error;
    if (!dataDirectory.ensureExists(&error)) {
        showStartupError(error);
        return 1;
    }

    SingleInstance instance(dataDirectory.path());
    instance.setAnswer(SingleInstance::kAnswerWindow);
    QByteArray firstAnswer;
    switch (instance.claim(QByteArrayLiteral("activate"), &error, &firstAnswer)) {
    case SingleInstance::Role::Primary:
        break;
    case SingleInstance::Role::Secondary:
        if (firstAnswer == SingleInstance::kAnswerHeadless) {
            showStartupError(tr("dewey-cli serve is already running with this data folder (%1). Stop it "
                                "first, or start Dewey with another data folder.")
                                 .arg(QDir::toNativeSeparators(dataDirectory.path())));
            return 1;
        }
        QTextStream(stdout) << tr("Dewey is already running; bringing its window to the front.") << '\n';
        return 0;
    case SingleInstance::Role::Failed:
        showStartupError(error);
        return 1;
    }

    AppServices services(dataDirectory, environment, AppServices::Options{});
    if (!services.open(&error)) {
        showStartupError(error);
        return 1;
    }

    language.apply(services.settings().language());

    MessageBoxDialogs dialogs;
    // The login entry starts this very executable; the id matches the installed desktop file.
    const std::unique_ptr<Autostart> autostart =
        createNativeAutostart({QStringLiteral("stream.dewey.Dewey"),
                               tr("Dewey"),
                               QCoreApplication::applicationFilePath(),
                               {},
                               QStringLiteral("stream.dewey.Dewey")});
    MainWindow window(services, *autostart, dialogs);
    // The desktop overlay follows overlayWindow/enabled (tray and Settings toggle that setting).
    OverlayWindowController overlayWindow(services.alerts().queue(), services.settings());
    QApplication::setQuitOnLastWindowClosed(false);
    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &window,
                     [] { QCoreApplication::quit(); });
    QObject::connect(&window, &MainWindow::quitRequested, &window, [] { QCoreApplication::quit(); });
    QObject::connect(
        &instance, &SingleInstance::messageReceived, &window, [&window](const QByteArray& message) {
            if (message != "activate")
                return;
            qCInfo(lcApp) << "another launch asked for the window: brought to the front";
            window.show();
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.raise();
            window.activateWindow();
        });
    QObject::connect(&services, &AppServices::secretsLoaded, &window, [&] {
        QString startError;
        if (!services.startServers({}, &startError)) {
            qCWarning(lcApp) << startError;
            dialogs.inform(&window, tr("Servers not started"), startError);
        }
    });

    window.showAtStart(parser.isSet(minimizedOption) || services.settings().startMinimized());

    const int exitCode = QApplication::exec();
    services.shutdown();
    return exitCode;
}

} // namespace Dewey
