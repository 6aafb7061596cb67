#include "ScreenshotSession.h"

#include "AlertsPage.h"
#include "AppServices.h"
#include "AppearanceSection.h"
#include "DemoData.h"
#include "DeweyPage.h"
#include "MainWindow.h"
#include "OpenAiTestServer.h"
#include "SettingsPage.h"
#include "SetupGuide.h"
#include "StripeSection.h"
#include "alerts/SalesHistoryPanel.h"
#include "assistant/ChatSession.h"
#include "dewey/ChatInput.h"
#include "dewey/ChatMessageView.h"
#include "dewey/ChatView.h"
#include "dewey/CitationChips.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QThread>
#include <QTimer>
#include <QWindow>

namespace DeweyScreenshots {

namespace {

const QString kApiKey = QStringLiteral("sk-demo-screenshots");
constexpr int kWaitMs = 60000; // generous: the machine may be busy building

Dewey::ChatMessageView* lastAnswer(const Dewey::DeweyPage& page)
{
    const QList<Dewey::ChatMessageView*> messages = page.conversation()->messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if ((*it)->role() == Dewey::ChatMessageView::Role::Dewey)
            return *it;
    }
    return nullptr;
}

} // namespace

ScreenshotSession::ScreenshotSession(const QDir& outputDir)
    : m_outputDir(outputDir)
{}

ScreenshotSession::~ScreenshotSession()
{
    m_window.reset();
    if (m_services)
        m_services->shutdown();
}

bool ScreenshotSession::start(QString* error)
{
    if (!m_dataDir.isValid()) {
        *error = tr("No temporary folder: %1").arg(m_dataDir.errorString());
        return false;
    }
    m_openAi = std::make_unique<DeweyTest::OpenAiTestServer>();
    if (!m_openAi->listen(error))
        return false;
    m_openAi->setApiKey(kApiKey);

    // Only what the screenshots need: nothing from the developer's shell leaks into the demo.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("DEWEY_OPENAI_BASE_URL"), m_openAi->baseUrl().toString());
    environment.insert(QStringLiteral("DEWEY_OPENAI_API_KEY"), kApiKey);
    Dewey::AppServices::Options options;
    options.logToStderr = false;
    m_services =
        std::make_unique<Dewey::AppServices>(Dewey::DataDirectory(m_dataDir.path()), environment, options);
    if (!m_services->open(error))
        return false;
    if (!waitUntil([this] { return m_services->secrets().isLoaded(); }, kWaitMs)) {
        *error = tr("The secrets never finished loading.");
        return false;
    }
    if (!m_services->startServers({0, 0}, error))
        return false;

    DemoData demo(*m_services);
    if (!demo.seed(error))
        return false;
    m_noteIds = demo.noteIds();

    m_window = std::make_unique<Dewey::MainWindow>(*m_services, m_dialogs);
    m_window->show();
    m_window->resize(1280, 800);
    if (!waitUntil([this] { return m_window->windowHandle() && m_window->windowHandle()->isExposed(); },
                   kWaitMs)) {
        *error = tr("The window was never shown.");
        return false;
    }
    settle();
    return true;
}

bool ScreenshotSession::captureAll(QString* error)
{
    return captureDewey(error) && captureAlerts(error) && captureSettings(error);
}

bool ScreenshotSession::captureDewey(QString* error)
{
    m_window->showArea(Dewey::MainWindow::Area::Dewey);
    if (m_noteIds.size() < 3) {
        *error = tr("The demo notes are missing.");
        return false;
    }
    const bool asked =
        ask(QStringLiteral("what's the lockbox code?"),
            QStringLiteral("The lockbox code for the studio storage closet is **4821**; it was changed in "
                           "March [note:%1].")
                .arg(m_noteIds.at(0)),
            error) &&
        ask(QStringLiteral("any mod birthdays coming up? and remind me of the HyperGrip code"),
            QStringLiteral("Your mods' birthdays [note:%1]:\n\n- **Kestrel**: 14 April\n- **PixelPat**: 2 "
                           "September\n- **Moss**: 30 November\n\nThe HyperGrip sponsor code is **DEWEY15**: "
                           "15% off for viewers until the end of the month [note:%2].")
                .arg(m_noteIds.at(2))
                .arg(m_noteIds.at(1)),
            error);
    if (!asked)
        return false;
    settle();
    return save(QStringLiteral("dewey-chat.png"), error);
}

bool ScreenshotSession::ask(const QString& question, const QString& scriptedAnswer, QString* error)
{
    Dewey::DeweyPage* page = m_window->deweyPage();
    const Dewey::ChatMessageView* previous = lastAnswer(*page);
    m_openAi->enqueueChat(DeweyTest::OpenAiTestReply::text(scriptedAnswer));
    page->input()->setFocus();
    page->input()->setPlainText(question);
    page->sendButton()->click();
    const bool answered = waitUntil(
        [page, previous] {
            const Dewey::ChatMessageView* answer = lastAnswer(*page);
            return answer && answer != previous && !page->session()->isBusy() &&
                   !answer->hasPendingUpdate() && !answer->chips()->chips().isEmpty();
        },
        kWaitMs);
    if (!answered)
        *error = tr("Dewey's answer to '%1' never finished with a citation.").arg(question);
    return answered;
}

bool ScreenshotSession::captureAlerts(QString* error)
{
    m_window->showArea(Dewey::MainWindow::Area::Alerts);
    Dewey::AlertsPage* page = m_window->alertsPage();
    page->showTab(Dewey::AlertsPage::Tab::Live);
    settle();
    if (!save(QStringLiteral("alerts-live.png"), error))
        return false;
    page->showTab(Dewey::AlertsPage::Tab::Sales);
    // The whole demo evening, whenever the tool runs (today's list would be short just after midnight).
    page->salesPanel()->setPeriod(Dewey::SalesHistoryPanel::Period::All);
    settle();
    return save(QStringLiteral("alerts-sales.png"), error);
}

bool ScreenshotSession::captureSettings(QString* error)
{
    m_window->showArea(Dewey::MainWindow::Area::Settings);
    Dewey::SettingsPage* page = m_window->settingsPage();
    auto* scroll = page->findChild<QScrollArea*>();
    const auto scrollTo = [this, scroll](QWidget* section) {
        settle();
        // The section's top at the top of the view, so as much of it as fits is in the picture.
        scroll->verticalScrollBar()->setValue(section->mapTo(scroll->widget(), QPoint(0, 0)).y());
        settle();
    };
    if (!scroll || !page->stripe() || !page->appearance()) {
        *error = tr("Settings has no Stripe or Appearance section.");
        return false;
    }
    scrollTo(page->stripe());
    if (!save(QStringLiteral("settings-stripe.png"), error))
        return false;
    scrollTo(page->appearance());
    return save(QStringLiteral("settings-appearance.png"), error);
}

bool ScreenshotSession::waitUntil(const std::function<bool()>& condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

void ScreenshotSession::settle()
{
    // Layouts, fades and repaints land within a few frames; a screenshot is not a test, so a short
    // fixed pause is enough here.
    QEventLoop loop;
    QTimer::singleShot(600, &loop, &QEventLoop::quit);
    loop.exec();
}

bool ScreenshotSession::save(const QString& fileName, QString* error)
{
    QScreen* screen = m_window->screen();
    QPixmap shot = screen ? screen->grabWindow(m_window->winId()) : QPixmap();
    if (shot.isNull())
        shot = m_window->grab(); // platforms that cannot read the screen back (offscreen)
    const QString path = m_outputDir.filePath(fileName);
    if (!shot.save(path, "PNG", 9)) {
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace DeweyScreenshots
