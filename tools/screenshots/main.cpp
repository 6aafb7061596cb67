// dewey_screenshots OUTPUT_DIR: the PNG files the README shows, taken from the real window on demo
// data. Run it under a display (scripts/take-screenshots.sh uses Xvfb).

#include "ScreenshotSession.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // Keeps QSettings and the keyring fallback away from the developer's own Dewey.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dewey"));

    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 2) {
        QTextStream(stderr) << "usage: dewey_screenshots OUTPUT_DIR\n";
        return 2;
    }
    QDir output(arguments.at(1));
    if (!output.mkpath(QStringLiteral("."))) {
        QTextStream(stderr) << "dewey_screenshots: cannot create " << output.path() << '\n';
        return 1;
    }

    DeweyScreenshots::ScreenshotSession session(output);
    QString error;
    if (!session.start(&error) || !session.captureAll(&error)) {
        QTextStream(stderr) << "dewey_screenshots: " << error << '\n';
        return 1;
    }
    QTextStream(stdout) << "screenshots written to " << output.absolutePath() << '\n';
    return 0;
}
