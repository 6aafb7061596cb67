#pragma once

#include "MessageBoxDialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Dewey {
class AppServices;
class MainWindow;
} // namespace Dewey

namespace DeweyTest {
class OpenAiTestServer;
}

namespace DeweyScreenshots {

// The real Dewey window on a temporary data folder with demo data, talking to the local OpenAI
// stand-in, captured area by area into PNG files.
class ScreenshotSession
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotSession)

public:
    explicit ScreenshotSession(const QDir& outputDir);
    ~ScreenshotSession();

    // Starts the stand-in and the services, seeds the demo data and shows the window.
    bool start(QString* error);
    // Takes every screenshot; stops at the first one that fails.
    bool captureAll(QString* error);

private:
    bool captureDewey(QString* error);
    // Types the question into the chat and waits until the streamed answer is shown with its chips.
    bool ask(const QString& question, const QString& scriptedAnswer, QString* error);
    bool captureAlerts(QString* error);
    bool captureSettings(QString* error);
    bool waitUntil(const std::function<bool()>& condition, int timeoutMs);
    void settle();
    bool save(const QString& fileName, QString* error);

    QDir m_outputDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<DeweyTest::OpenAiTestServer> m_openAi;
    std::unique_ptr<Dewey::AppServices> m_services;
    Dewey::MessageBoxDialogs m_dialogs;
    std::unique_ptr<Dewey::MainWindow> m_window;
    QList<qint64> m_noteIds;
};

} // namespace DeweyScreenshots
