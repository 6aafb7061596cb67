#include "settings/Settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Dewey::Settings;
namespace SettingsKey = Dewey::SettingsKey;

// The assistant's settings: base URL, model and temperature, including values typed by hand.
class TestAssistantSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void defaults();
    void baseUrl_data();
    void baseUrl();
    void modelIsFreeText();
    void temperature_data();
    void temperature();
    void handEditedValuesFallBack_data();
    void handEditedValuesFallBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAssistantSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestAssistantSettings::defaults()
{
    Settings settings(m_path);
    QCOMPARE(settings.openAiBaseUrl(), QStringLiteral("https://api.openai.com/v1"));
    QCOMPARE(settings.assistantModel(), QStringLiteral("gpt-4.1-mini"));
    QCOMPARE(settings.assistantTemperature(), 0.2);
}

void TestAssistantSettings::baseUrl_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");

    QTest::addRow("ollama") << "http://localhost:11434/v1" << true << "http://localhost:11434/v1";
    QTest::addRow("lm studio, pasted with slash and spaces")
        << "  http://127.0.0.1:1234/v1/ " << true << "http://127.0.0.1:1234/v1";
    QTest::addRow("empty means the default") << "" << true << "https://api.openai.com/v1";
    QTest::addRow("no scheme") << "localhost:11434/v1" << false << "https://api.openai.com/v1";
    QTest::addRow("ftp") << "ftp://example.org/v1" << false << "https://api.openai.com/v1";
    QTest::addRow("query") << "http://localhost:1234/v1?x=1" << false << "https://api.openai.com/v1";
    QTest::addRow("words") << "my server" << false << "https://api.openai.com/v1";
}

void TestAssistantSettings::baseUrl()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);
    Settings settings(m_path);
    QSignalSpy changed(&settings, &Settings::changed);
    QString error;
    QCOMPARE(settings.setOpenAiBaseUrl(typed, &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    QCOMPARE(settings.openAiBaseUrl(), stored);
    QCOMPARE(changed.count(), stored == Settings::defaultOpenAiBaseUrl() ? 0 : 1);
    settings.sync();
    QCOMPARE(Settings(m_path).openAiBaseUrl(), stored);
}

void TestAssistantSettings::modelIsFreeText()
{
    Settings settings(m_path);
    QSignalSpy changed(&settings, &Settings::changed);
    QVERIFY(settings.setAssistantModel(QStringLiteral(" llama3.1:8b-instruct-q4_K_M ")));
    QCOMPARE(settings.assistantModel(), QStringLiteral("llama3.1:8b-instruct-q4_K_M"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toString(), QString(SettingsKey::AssistantModel));
    QVERIFY(!settings.setAssistantModel(QStringLiteral("two\nlines")));
    QVERIFY(settings.setAssistantModel(QString()));
    QCOMPARE(settings.assistantModel(), QStringLiteral("gpt-4.1-mini"));
}

void TestAssistantSettings::temperature_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<double>("stored");
    QTest::addRow("zero") << 0.0 << true << 0.0;
    QTest::addRow("two") << 2.0 << true << 2.0;
    QTest::addRow("server default") << -1.0 << true << -1.0;
    QTest::addRow("too hot") << 2.5 << false << 0.2;
    QTest::addRow("nan") << qQNaN() << false << 0.2;
}

void TestAssistantSettings::temperature()
{
    QFETCH(double, value);
    QFETCH(bool, accepted);
    QFETCH(double, stored);
    Settings settings(m_path);
    QCOMPARE(settings.setAssistantTemperature(value), accepted);
    QCOMPARE(settings.assistantTemperature(), stored);
}

void TestAssistantSettings::handEditedValuesFallBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addRow("base url") << QString(SettingsKey::OpenAiBaseUrl) << "not a url";
    QTest::addRow("temperature") << QString(SettingsKey::AssistantTemperature) << "warm";
    QTest::addRow("temperature out of range") << QString(SettingsKey::AssistantTemperature) << "7";
}

void TestAssistantSettings::handEditedValuesFallBack()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    {
        QSettings raw(m_path, QSettings::IniFormat);
        raw.setValue(key, value);
    }
    Settings settings(m_path);
    QCOMPARE(settings.openAiBaseUrl(), Settings::defaultOpenAiBaseUrl());
    QCOMPARE(settings.assistantTemperature(), Settings::DefaultAssistantTemperature);
}

QTEST_GUILESS_MAIN(TestAssistantSettings)
#include "tst_assistantsettings.moc"
