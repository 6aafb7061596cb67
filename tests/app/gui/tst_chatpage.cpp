#include "AssistantSection.h"
#include "DeweyPage.h"
#include "GuiServices.h"
#include "MainWindow.h"
#include "OpenAiTestServer.h"
#include "ScriptedDialogs.h"
#include "SettingsPage.h"
#include "SetupGuide.h"
#include "StatusBarController.h"
#include "assistant/Assistant.h"
#include "assistant/ConversationRepository.h"
#include "dewey/ChatErrorBanner.h"
#include "dewey/ChatInput.h"
#include "dewey/ChatMessageView.h"
#include "dewey/ChatView.h"
#include "dewey/CitationChips.h"
#include "dewey/ConversationSidebar.h"
#include "notes/NotesModule.h"
#include "notes/NotesRepository.h"

#include <QAbstractButton>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Dewey;
using DeweyTest::GuiServices;
using DeweyTest::OpenAiTestReply;
using DeweyTest::OpenAiTestServer;
using DeweyTest::ScriptedDialogs;

namespace {

const QString kKey = QStringLiteral("sk-test-chat");
constexpr int kWaitMs = 30000; // generous: the machine is shared; nothing depends on how fast it is

} // namespace

// The Dewey chat as the streamer uses it: the real DeweyPage over a real AppServices, talking to the
// local OpenAI stand-in on loopback.
class TestChatPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void streamedAnswerShowsCitationChips();
    void notesDontSayIsShownPlainly();
    void stopKeepsThePartialAnswer();
    void badKeyShowsBannerAndKeepsQuestion();
    void retryAfterAnErrorSucceeds();
    void sidebarListsAndReopensConversations();
    void sidebarRenamesAndDeletes();
    void shiftEnterAddsALineAndEnterSends();
    void everyControlHasAnAccessibleName();
    void statusBarShowsServerFailuresUntilItAnswers();

private:
    void ask(const QString& text);
    ChatMessageView* lastAnswer() const;
    static QString shownText(const ChatMessageView* message);

    std::unique_ptr<OpenAiTestServer> m_server;
    std::unique_ptr<GuiServices> m_gui;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<DeweyPage> m_page;
};

void TestChatPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestChatPage::init()
{
    m_server = std::make_unique<OpenAiTestServer>();
    QString error;
    QVERIFY2(m_server->listen(&error), qPrintable(error));
    m_server->setApiKey(kKey);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("DEWEY_OPENAI_BASE_URL"), m_server->baseUrl().toString());
    environment.insert(QStringLiteral("DEWEY_OPENAI_API_KEY"), kKey);
    m_gui = std::make_unique<GuiServices>(environment);
    QVERIFY2(m_gui->error().isEmpty(), qPrintable(m_gui->error()));
    m_dialogs = std::make_unique<ScriptedDialogs>();
    AppServices& services = m_gui->services();
    m_page = std::make_unique<DeweyPage>(services.assistant(), services.notes().repository(),
                                         services.secrets(), *m_dialogs);
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(m_page->input()->isEnabled());
}

void TestChatPage::cleanup()
{
    m_page.reset();
    m_dialogs.reset();
    m_gui.reset();
    m_server.reset();
}

void TestChatPage::ask(const QString& text)
{
    m_page->input()->setFocus();
    QTest::keyClicks(m_page->input(), text);
    QTest::keyClick(m_page->input(), Qt::Key_Return);
}

ChatMessageView* TestChatPage::lastAnswer() const
{
    const QList<ChatMessageView*> messages = m_page->conversation()->messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if ((*it)->role() == ChatMessageView::Role::Dewey)
            return *it;
    }
    return nullptr;
}

QString TestChatPage::shownText(const ChatMessageView* message)
{
    return message ? message->body()->toPlainText() : QString();
}

void TestChatPage::streamedAnswerShowsCitationChips()
{
    const std::optional<Note> note =
        m_gui->services().notes().repository().add(QStringLiteral("The Airbnb lock code is 4821"));
    QVERIFY(note);
    const QString answer = QStringLiteral("The Airbnb lock code is **4821** [note:%1].").arg(note->id);
    m_server->enqueueChat(OpenAiTestReply::text(answer));
    QSignalSpy tokens(m_page->session(), &ChatSession::tokenReceived);
    QSignalSpy finished(m_page->session(), &ChatSession::finished);

    ask(QStringLiteral("what's the airbnb code?"));
    QVERIFY(m_page->input()->toPlainText().isEmpty());
    QVERIFY(!m_page->showsEmptyState());
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(tokens.size() > 3, "the answer streamed in pieces");

    ChatMessageView* message = lastAnswer();
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(!message->hasPendingUpdate(), kWaitMs);
    QVERIFY2(shownText(message).contains(QStringLiteral("The Airbnb lock code is 4821")),
             qPrintable(shownText(message)));
    QVERIFY2(!shownText(message).contains(QStringLiteral("**")), "Markdown is rendered, not shown raw");
    const QList<QPushButton*> chips = message->chips()->chips();
    QCOMPARE(chips.size(), 1);
    QVERIFY(chips.first()->isVisible());
    QCOMPARE(chips.first()->property("noteId").toLongLong(), note->id);
    QVERIFY(!m_page->errorBanner()->isVisible());

    // The note was in the prompt: Dewey answered from it.
    QVERIFY(m_server->chatRequests().last().body.contains("4821"));

    // The chip opens the note.
    chips.first()->click();
    QCOMPARE(m_dialogs->informations.size(), 1);
    QVERIFY(m_dialogs->informations.first().text.contains(QStringLiteral("The Airbnb lock code is 4821")));
}

void TestChatPage::notesDontSayIsShownPlainly()
{
    const QString answer = QStringLiteral("Your notes don't say when your last physical was.");
    m_server->enqueueChat(OpenAiTestReply::text(answer));
    QSignalSpy finished(m_page->session(), &ChatSession::finished);
    ask(QStringLiteral("when was my last physical?"));
    QVERIFY(finished.wait(kWaitMs));
    ChatMessageView* message = lastAnswer();
    QVERIFY(message);
    QTRY_COMPARE_WITH_TIMEOUT(shownText(message), answer, kWaitMs);
    QVERIFY(message->chips()->chips().isEmpty());
    QVERIFY(!m_page->errorBanner()->isVisible());
}

void TestChatPage::stopKeepsThePartialAnswer()
{
    m_server->enqueueChat(OpenAiTestReply::stallMidStream(
        QStringLiteral("The merch drop is on Friday at 6pm, and the hoodies come in"), 6));
    QSignalSpy stopped(m_page->session(), &ChatSession::stopped);
    ask(QStringLiteral("when is the merch drop?"));
    QTRY_VERIFY_WITH_TIMEOUT(lastAnswer() && !shownText(lastAnswer()).isEmpty(), kWaitMs);
    QVERIFY(m_page->stopButton()->isVisible());
    QVERIFY(!m_page->sendButton()->isVisible());

    QTest::keyClick(m_page->input(), Qt::Key_Escape);
    QCOMPARE(stopped.size(), 1);
    const StoredMessage partial = stopped.first().first().value<StoredMessage>();
    QVERIFY(partial.isValid());
    QCOMPARE(partial.status, StoredMessage::Status::Stopped);

    ChatMessageView* message = lastAnswer();
    QVERIFY(message);
    QCOMPARE(message->text(), partial.content);
    QVERIFY(shownText(message).startsWith(QStringLiteral("The merch drop")));
    QVERIFY(message->status().contains(QStringLiteral("Stopped")));
    QVERIFY(!m_page->stopButton()->isVisible());
    QVERIFY(m_page->sendButton()->isEnabled());
    QVERIFY(!m_page->errorBanner()->isVisible());
}

void TestChatPage::badKeyShowsBannerAndKeepsQuestion()
{
    m_server->enqueueChat(OpenAiTestReply::invalidApiKey());
    QSignalSpy failed(m_page->session(), &ChatSession::failed);
    QSignalSpy settings(m_page.get(), &DeweyPage::settingsRequested);
    const QString question = QStringLiteral("what's the wifi password at the studio?");
    ask(question);
    QVERIFY(failed.wait(kWaitMs));

    ChatErrorBanner* banner = m_page->errorBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->message(),
             QStringLiteral("Your OpenAI API key was refused — check it in Settings → Secrets."));
    QVERIFY(banner->settingsButton()->isVisible());
    // Never shown as if Dewey had said it.
    QVERIFY(!lastAnswer());

    // The question is kept: on screen and saved, waiting for Retry.
    const QList<ChatMessageView*> messages = m_page->conversation()->messages();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first()->text(), question);
    QVERIFY(m_page->session()->canRetry());
    QVERIFY(banner->retryButton()->isVisible());
    const QList<StoredMessage> stored =
        m_gui->services().conversations().messages(m_page->session()->conversationId());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().content, question);

    banner->settingsButton()->click();
    QCOMPARE(settings.size(), 1);
}

void TestChatPage::retryAfterAnErrorSucceeds()
{
    m_server->enqueueChat(OpenAiTestReply::cutMidStream(QStringLiteral("Half of an answer that never"), 3));
    QSignalSpy failed(m_page->session(), &ChatSession::failed);
    ask(QStringLiteral("who are my mods?"));
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY(m_page->errorBanner()->retryButton()->isVisible());

    const QString answer = QStringLiteral("Your mods are Ana and Bo.");
    m_server->enqueueChat(OpenAiTestReply::text(answer));
    QSignalSpy finished(m_page->session(), &ChatSession::finished);
    m_page->errorBanner()->retryButton()->click();
    QVERIFY(!m_page->errorBanner()->isVisible());
    QVERIFY(finished.wait(kWaitMs));
    ChatMessageView* message = lastAnswer();
    QVERIFY(message);
    QTRY_COMPARE_WITH_TIMEOUT(shownText(message), answer, kWaitMs);

    // One question, one answer: the retry asked the same question again instead of adding one.
    const QList<ChatMessageView*> messages = m_page->conversation()->messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.first()->text(), QStringLiteral("who are my mods?"));
    const QJsonObject request = m_server->chatRequests().last().json();
    QVERIFY(QJsonDocument(request).toJson().contains("who are my mods?"));
}

void TestChatPage::sidebarListsAndReopensConversations()
{
    const std::optional<Note> note =
        m_gui->services().notes().repository().add(QStringLiteral("Sponsor code is DEWEY10"));
    QVERIFY(note);
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Use DEWEY10 [note:%1].").arg(note->id)));
    QSignalSpy finished(m_page->session(), &ChatSession::finished);
    ask(QStringLiteral("what is the sponsor code?"));
    QVERIFY(finished.wait(kWaitMs));
    const qint64 first = m_page->session()->conversationId();
    QVERIFY(first > 0);

    m_page->sidebar()->newButton()->click();
    QVERIFY(m_page->conversation()->isEmpty());
    QVERIFY(m_page->showsEmptyState());
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Saved.")));
    ask(QStringLiteral("remember the hoodies are size L"));
    QVERIFY(finished.wait(kWaitMs));
    const qint64 second = m_page->session()->conversationId();
    QVERIFY(second != first);

    ConversationSidebar* sidebar = m_page->sidebar();
    QCOMPARE(sidebar->listedIds(), (QList<qint64>{second, first}));
    QCOMPARE(sidebar->list()->item(1)->text(), QStringLiteral("what is the sponsor code?"));

    // Reopening restores the messages, with the answer's chips.
    QListWidgetItem* item = sidebar->list()->item(1);
    sidebar->list()->setCurrentItem(item);
    emit sidebar->list()->itemActivated(item);
    QCOMPARE(m_page->session()->conversationId(), first);
    const QList<ChatMessageView*> messages = m_page->conversation()->messages();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0)->text(), QStringLiteral("what is the sponsor code?"));
    QCOMPARE(shownText(messages.at(1)), QStringLiteral("Use DEWEY10 (note %1).").arg(note->id));
    QCOMPARE(messages.at(1)->chips()->chips().size(), 1);
    QCOMPARE(sidebar->currentConversation(), first);

    // Searching finds a conversation by what was said in it.
    sidebar->searchField()->setText(QStringLiteral("hoodies"));
    QCOMPARE(sidebar->listedIds(), (QList<qint64>{second}));
}

void TestChatPage::sidebarRenamesAndDeletes()
{
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Noted.")));
    QSignalSpy finished(m_page->session(), &ChatSession::finished);
    ask(QStringLiteral("remember Ana's birthday is May 3"));
    QVERIFY(finished.wait(kWaitMs));
    const qint64 id = m_page->session()->conversationId();
    ConversationSidebar* sidebar = m_page->sidebar();

    // Renaming in place (the item's text edited) stores the title.
    sidebar->list()->item(0)->setText(QStringLiteral("Birthdays"));
    QCOMPARE(m_gui->services().conversations().conversation(id)->title, QStringLiteral("Birthdays"));
    QCOMPARE(sidebar->list()->item(0)->text(), QStringLiteral("Birthdays"));

    // Deleting asks first; cancelling keeps it.
    sidebar->list()->setCurrentItem(sidebar->list()->item(0));
    sidebar->deleteButton()->click();
    QCOMPARE(m_dialogs->confirmations.size(), 1);
    QCOMPARE(sidebar->listedIds(), (QList<qint64>{id}));

    m_dialogs->answerNextConfirmation(true);
    sidebar->list()->setCurrentItem(sidebar->list()->item(0));
    sidebar->deleteButton()->click();
    QVERIFY(sidebar->listedIds().isEmpty());
    QVERIFY(!m_gui->services().conversations().conversation(id));
    QVERIFY(m_page->conversation()->isEmpty());
    QCOMPARE(m_page->session()->conversationId(), 0);
}

void TestChatPage::shiftEnterAddsALineAndEnterSends()
{
    ChatInput* input = m_page->input();
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("remember:"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(input, QStringLiteral("door code 1234"));
    QCOMPARE(input->toPlainText(), QStringLiteral("remember:\ndoor code 1234"));
    QVERIFY(m_page->conversation()->isEmpty());

    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Saved.")));
    QSignalSpy saved(m_page->session(), &ChatSession::userMessageSaved);
    QSignalSpy finished(m_page->session(), &ChatSession::finished);
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().value<StoredMessage>().content,
             QStringLiteral("remember:\ndoor code 1234"));
    QVERIFY(input->toPlainText().isEmpty());
    QVERIFY(finished.wait(kWaitMs));
}

void TestChatPage::everyControlHasAnAccessibleName()
{
    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("Hi.")));
    QSignalSpy finished(m_page->session(), &ChatSession::finished);
    ask(QStringLiteral("hello"));
    QVERIFY(finished.wait(kWaitMs));
    const QList<QWidget*> widgets = m_page->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                             qobject_cast<QAbstractScrollArea*>(widget);
        if (!control || !widget->isVisibleTo(m_page.get()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 (%2) has no accessible name")
                         .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))));
    }
}

void TestChatPage::statusBarShowsServerFailuresUntilItAnswers()
{
    // The window's status bar follows the assistant shared by every chat and by Settings → Dewey.
    MainWindow window(m_gui->services(), m_gui->autostart(), *m_dialogs, {false});
    StatusBarController* status = window.statusBarController();
    QCOMPARE(status->openAiText(), QStringLiteral("OpenAI: key set"));

    m_server->enqueueChat(OpenAiTestReply::invalidApiKey());
    QSignalSpy failed(m_page->session(), &ChatSession::failed);
    ask(QStringLiteral("what did I promise chat yesterday?"));
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(status->openAiText(), QStringLiteral("OpenAI: error: key refused"));
    QVERIFY(window.statusBar()
                ->findChild<QLabel*>(QStringLiteral("openAiStatus"))
                ->toolTip()
                .contains(QStringLiteral("refused the API key")));

    m_server->enqueueChat(OpenAiTestReply::text(QStringLiteral("A giveaway at 1000 followers.")));
    QSignalSpy finished(m_page->session(), &ChatSession::finished);
    QVERIFY(m_page->session()->retry());
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(status->openAiText(), QStringLiteral("OpenAI: key set"));

    // Settings → Dewey → Test connection reports through the same path.
    AssistantSection* section = window.settingsPage()->assistant();
    QSignalSpy tested(section, &AssistantSection::testFinished);
    m_server->setApiKey(QStringLiteral("sk-some-other-key"));
    QVERIFY(section->testConnection());
    QVERIFY(tested.wait(kWaitMs));
    QCOMPARE(status->openAiText(), QStringLiteral("OpenAI: error: key refused"));
    m_server->setApiKey(kKey);
    QVERIFY(section->testConnection());
    QVERIFY(tested.wait(kWaitMs));
    QCOMPARE(status->openAiText(), QStringLiteral("OpenAI: key set"));
}

QTEST_MAIN(TestChatPage)
#include "tst_chatpage.moc"
