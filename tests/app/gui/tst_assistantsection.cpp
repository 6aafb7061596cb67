#include "AssistantSection.h"
#include "GuiServices.h"
#include "OpenAiTestServer.h"
#include "ScriptedDialogs.h"
#include "SecretField.h"
#include "SecretsSection.h"
#include "SettingsPage.h"
#include "assistant/Assistant.h"
#include "settings/Settings.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Dewey;
using DeweyTest::GuiServices;
using DeweyTest::OpenAiTestServer;
using DeweyTest::ScriptedDialogs;

namespace {

const QString kKey = QStringLiteral("sk-test-settings");
constexpr int kWaitMs = 30000; // generous: the machine is shared; nothing depends on how fast it is

} // namespace

// Settings → Dewey over a real AppServices, testing the connection against the local OpenAI stand-in.
class TestAssistantSection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void invalidBaseUrlShowsAnInlineError_data();
    void invalidBaseUrlShowsAnInlineError();
    void savingWritesSettings();
    void emptyFieldsMeanTheDefaults();
    void testConnectionSaysWhatHappened_data();
    void testConnectionSaysWhatHappened();
    void apiKeyButtonLeadsToTheSecretsField();
    void everyControlHasAnAccessibleName();

private:
    std::unique_ptr<GuiServices> services(const QString& key);
};

void TestAssistantSection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<GuiServices> TestAssistantSection::services(const QString& key)
{
    QProcessEnvironment environment;
    if (!key.isEmpty())
        environment.insert(QStringLiteral("DEWEY_OPENAI_API_KEY"), key);
    auto gui = std::make_unique<GuiServices>(environment);
    return gui;
}

void TestAssistantSection::invalidBaseUrlShowsAnInlineError_data()
{
    QTest::addColumn<QString>("url");
    QTest::addRow("no scheme or host") << QStringLiteral("not a url");
    QTest::addRow("ftp") << QStringLiteral("ftp://localhost:11434/v1");
    QTest::addRow("no host") << QStringLiteral("http:///v1");
}

void TestAssistantSection::invalidBaseUrlShowsAnInlineError()
{
    QFETCH(QString, url);
    const auto gui = services({});
    QVERIFY2(gui->error().isEmpty(), qPrintable(gui->error()));
    AppServices& app = gui->services();
    AssistantSection section(app.settings(), app.secrets(), app.assistant());
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));

    section.baseUrlField()->setText(url);
    QTest::mouseClick(section.saveButton(), Qt::LeftButton);
    QVERIFY2(!section.baseUrlError().isEmpty(), qPrintable(url));
    QCOMPARE(app.settings().openAiBaseUrl(), Settings::defaultOpenAiBaseUrl());

    // Fixing it clears the error as the streamer types.
    section.baseUrlField()->clear();
    QTest::keyClicks(section.baseUrlField(), QStringLiteral("http://localhost:11434/v1"));
    QVERIFY(section.baseUrlError().isEmpty());
}

void TestAssistantSection::savingWritesSettings()
{
    const auto gui = services({});
    QVERIFY2(gui->error().isEmpty(), qPrintable(gui->error()));
    AppServices& app = gui->services();
    AssistantSection section(app.settings(), app.secrets(), app.assistant());

    section.modelField()->setText(QStringLiteral("llama3.2"));
    section.baseUrlField()->setText(QStringLiteral(" http://localhost:11434/v1/ "));
    section.temperatureField()->setValue(0.7);
    QTest::mouseClick(section.saveButton(), Qt::LeftButton);

    QVERIFY(section.baseUrlError().isEmpty());
    QCOMPARE(app.settings().assistantModel(), QStringLiteral("llama3.2"));
    QCOMPARE(app.settings().openAiBaseUrl(), QStringLiteral("http://localhost:11434/v1"));
    QCOMPARE(app.settings().assistantTemperature(), 0.7);
    QCOMPARE(app.assistant().config().model, QStringLiteral("llama3.2"));

    // A new section (the next start) shows what was saved.
    AssistantSection again(app.settings(), app.secrets(), app.assistant());
    QCOMPARE(again.modelField()->text(), QStringLiteral("llama3.2"));
    QCOMPARE(again.baseUrlField()->text(), QStringLiteral("http://localhost:11434/v1"));
    QCOMPARE(again.temperatureField()->value(), 0.7);
}

void TestAssistantSection::emptyFieldsMeanTheDefaults()
{
    const auto gui = services({});
    QVERIFY2(gui->error().isEmpty(), qPrintable(gui->error()));
    AppServices& app = gui->services();
    QVERIFY(app.settings().setAssistantModel(QStringLiteral("llama3.2")));
    AssistantSection section(app.settings(), app.secrets(), app.assistant());
    QCOMPARE(section.modelField()->placeholderText(), Settings::defaultAssistantModel());
    QCOMPARE(section.baseUrlField()->placeholderText(), Settings::defaultOpenAiBaseUrl());
    section.modelField()->clear();
    QVERIFY(section.save());
    QCOMPARE(app.settings().assistantModel(), Settings::defaultAssistantModel());
}

void TestAssistantSection::testConnectionSaysWhatHappened_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::addRow("ok") << kKey << QStringLiteral("gpt-4.1-mini") << true << true << QStringLiteral("OK");
    QTest::addRow("key refused") << QStringLiteral("sk-wrong") << QStringLiteral("gpt-4.1-mini") << true
                                 << false << QStringLiteral("refused the API key");
    QTest::addRow("unknown model") << kKey << QStringLiteral("no-such-model") << true << false
                                   << QStringLiteral("no model named no-such-model");
    QTest::addRow("unreachable port") << kKey << QStringLiteral("gpt-4.1-mini") << false << false
                                      << QStringLiteral("No server is reachable at http://127.0.0.1:");
}

void TestAssistantSection::testConnectionSaysWhatHappened()
{
    QFETCH(QString, key);
    QFETCH(QString, model);
    QFETCH(bool, reachable);
    QFETCH(bool, ok);
    QFETCH(QString, expected);

    OpenAiTestServer server;
    QString error;
    QVERIFY2(server.listen(&error), qPrintable(error));
    server.setApiKey(kKey);
    QString baseUrl = server.baseUrl().toString();
    if (!reachable) {
        // A port that was free a moment ago and has nobody listening now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(probe.serverPort());
        probe.close();
    }

    const auto gui = services(key);
    QVERIFY2(gui->error().isEmpty(), qPrintable(gui->error()));
    AppServices& app = gui->services();
    AssistantSection section(app.settings(), app.secrets(), app.assistant());
    section.modelField()->setText(model);
    section.baseUrlField()->setText(baseUrl);

    QSignalSpy finished(&section, &AssistantSection::testFinished);
    QTest::mouseClick(section.testButton(), Qt::LeftButton);
    QVERIFY(!section.testButton()->isEnabled()); // one test at a time
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.at(0).at(0).toBool() == ok, qPrintable(section.testResultText()));
    QVERIFY2(section.testResultText().contains(expected), qPrintable(section.testResultText()));
    QVERIFY(section.testButton()->isEnabled());
    QCOMPARE(app.settings().assistantModel(), model); // the test saved what it tried
    QCOMPARE(app.settings().openAiBaseUrl(), baseUrl);
    if (reachable)
        QVERIFY(!server.requests(QStringLiteral("/v1/models")).isEmpty());
}

void TestAssistantSection::apiKeyButtonLeadsToTheSecretsField()
{
    const auto gui = services({});
    QVERIFY2(gui->error().isEmpty(), qPrintable(gui->error()));
    AppServices& app = gui->services();
    ScriptedDialogs dialogs;
    SettingsPage page(app.settings(), app.secrets(), dialogs);
    auto* section = new AssistantSection(app.settings(), app.secrets(), app.assistant());
    page.addAssistantSection(section);
    QCOMPARE(page.assistant(), section);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QTest::mouseClick(section->apiKeyButton(), Qt::LeftButton);
    QCOMPARE(page.focusWidget(), page.secrets()->field(SecretId::OpenAiApiKey)->edit());
}

void TestAssistantSection::everyControlHasAnAccessibleName()
{
    const auto gui = services({});
    QVERIFY2(gui->error().isEmpty(), qPrintable(gui->error()));
    AppServices& app = gui->services();
    AssistantSection section(app.settings(), app.secrets(), app.assistant());
    const QList<QWidget*> controls{section.modelField(), section.baseUrlField(), section.temperatureField(),
                                   section.saveButton(), section.testButton(),   section.apiKeyButton()};
    for (QWidget* control : controls)
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
}

QTEST_MAIN(TestAssistantSection)
#include "tst_assistantsection.moc"
