#include "AppServices.h"
#include "AppearanceSection.h"
#include "GuiServices.h"
#include "KeyringBanner.h"
#include "ScriptedDialogs.h"
#include "SecretField.h"
#include "SecretsSection.h"
#include "ServersSection.h"
#include "SettingsPage.h"
#include "secrets/SecretStore.h"
#include "server/OverlayServer.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Dewey;
using DeweyTest::GuiServices;
using DeweyTest::ScriptedDialogs;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void languageIsStored_data();
    void languageIsStored();
    void portsAreStoredWhenValid();
    void regeneratingTokenAsksFirst_data();
    void regeneratingTokenAsksFirst();
    void secretFieldHidesAndRevealsWhatIsTyped();
    void clearingSecretAsksFirst_data();
    void clearingSecretAsksFirst();
    void environmentOverrideIsReadOnly();
    void keyringBannerOffersSessionOrFile_data();
    void keyringBannerOffersSessionOrFile();
    void everyInputHasAnAccessibleName();
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettingsPage::languageIsStored_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("stored");
    QTest::addRow("system default") << QStringLiteral("System default") << QString();
    QTest::addRow("Brazilian Portuguese") << QStringLiteral("Português (Brasil)") << QStringLiteral("pt_BR");
    QTest::addRow("German") << QStringLiteral("Deutsch") << QStringLiteral("de");
    QTest::addRow("Japanese") << QStringLiteral("日本語") << QStringLiteral("ja");
}

void TestSettingsPage::languageIsStored()
{
    QFETCH(QString, shown);
    QFETCH(QString, stored);
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    Settings& settings = gui.services().settings();
    settings.setLanguage(QStringLiteral("fr"));
    ScriptedDialogs dialogs;
    SettingsPage page(settings, gui.services().secrets(), dialogs);
    QComboBox* combo = page.appearance()->languageCombo();
    QCOMPARE(combo->currentText(), QStringLiteral("Français"));

    combo->setCurrentIndex(combo->findText(shown));
    QCOMPARE(settings.language(), stored);
}

void TestSettingsPage::portsAreStoredWhenValid()
{
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    Settings& settings = gui.services().settings();
    ScriptedDialogs dialogs;
    SettingsPage page(settings, gui.services().secrets(), dialogs);
    ServersSection* servers = page.servers();
    QCOMPARE(servers->overlayPortSpin()->value(), Settings::DefaultOverlayPort);
    QCOMPARE(servers->webhookPortSpin()->value(), Settings::DefaultWebhookPort);

    servers->overlayPortSpin()->setValue(8123);
    QCOMPARE(settings.overlayPort(), 8123);
    QVERIFY(servers->feedback().contains(QStringLiteral("restart")));

    servers->webhookPortSpin()->setValue(8123);
    QCOMPARE(settings.webhookPort(), Settings::DefaultWebhookPort);
    QVERIFY(servers->feedback().contains(QStringLiteral("different")));
}

void TestSettingsPage::regeneratingTokenAsksFirst_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addRow("confirmed") << true;
    QTest::addRow("cancelled") << false;
}

void TestSettingsPage::regeneratingTokenAsksFirst()
{
    QFETCH(bool, confirm);
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    Settings& settings = gui.services().settings();
    ScriptedDialogs dialogs;
    SettingsPage page(settings, gui.services().secrets(), dialogs);
    const QString oldToken = settings.overlayToken();
    const QString oldUrl = gui.services().overlayServer().overlayUrl();

    dialogs.answerNextConfirmation(confirm);
    QTest::mouseClick(page.servers()->regenerateTokenButton(), Qt::LeftButton);

    QCOMPARE(dialogs.confirmations.size(), 1);
    QCOMPARE(settings.overlayToken() != oldToken, confirm);
    QCOMPARE(gui.services().overlayServer().overlayUrl() != oldUrl, confirm);
}

void TestSettingsPage::secretFieldHidesAndRevealsWhatIsTyped()
{
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    ScriptedDialogs dialogs;
    SettingsPage page(gui.services().settings(), gui.services().secrets(), dialogs);
    SecretField* field = page.secrets()->field(SecretId::StripeSecretKey);
    QVERIFY(field);
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Password);

    QTest::mouseClick(field->revealButton(), Qt::LeftButton);
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(field->revealButton(), Qt::LeftButton);
    QCOMPARE(field->edit()->echoMode(), QLineEdit::Password);

    // Saving by Enter, and the pasted whitespace is dropped.
    QTest::keyClicks(field->edit(), QStringLiteral("  sk_test_abc  "));
    QTest::keyClick(field->edit(), Qt::Key_Return);
    QCOMPARE(gui.services().secrets().value(SecretId::StripeSecretKey), QStringLiteral("sk_test_abc"));
    QVERIFY(field->edit()->text().isEmpty());
}

void TestSettingsPage::clearingSecretAsksFirst_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::addRow("confirmed") << true;
    QTest::addRow("cancelled") << false;
}

void TestSettingsPage::clearingSecretAsksFirst()
{
    QFETCH(bool, confirm);
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    SecretStore& secrets = gui.services().secrets();
    ScriptedDialogs dialogs;
    SettingsPage page(gui.services().settings(), secrets, dialogs);
    SecretField* field = page.secrets()->field(SecretId::StripeWebhookSecret);
    QVERIFY(!field->clearButton()->isEnabled());
    secrets.setValue(SecretId::StripeWebhookSecret, QStringLiteral("whsec_123"));
    QVERIFY(field->clearButton()->isEnabled());

    dialogs.answerNextConfirmation(confirm);
    QTest::mouseClick(field->clearButton(), Qt::LeftButton);

    QCOMPARE(dialogs.confirmations.size(), 1);
    QCOMPARE(secrets.hasValue(SecretId::StripeWebhookSecret), !confirm);
}

void TestSettingsPage::environmentOverrideIsReadOnly()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("DEWEY_OPENAI_API_KEY"), QStringLiteral("sk-from-env"));
    GuiServices gui(environment);
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    ScriptedDialogs dialogs;
    SettingsPage page(gui.services().settings(), gui.services().secrets(), dialogs);
    SecretField* field = page.secrets()->field(SecretId::OpenAiApiKey);

    QVERIFY(field->edit()->isReadOnly());
    QVERIFY(!field->saveButton()->isEnabled());
    QVERIFY(!field->clearButton()->isEnabled());
    QVERIFY(field->statusText().contains(QStringLiteral("set by environment variable DEWEY_OPENAI_API_KEY"),
                                         Qt::CaseInsensitive));
    QVERIFY2(!field->edit()->text().contains(QStringLiteral("sk-from-env")),
             "the value itself is never shown");

    // The other secrets stay editable.
    QVERIFY(!page.secrets()->field(SecretId::StripeSecretKey)->edit()->isReadOnly());
}

void TestSettingsPage::keyringBannerOffersSessionOrFile_data()
{
    QTest::addColumn<bool>("confirmFile");
    QTest::addRow("file confirmed") << true;
    QTest::addRow("file cancelled") << false;
}

void TestSettingsPage::keyringBannerOffersSessionOrFile()
{
    QFETCH(bool, confirmFile);
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    SecretStore& secrets = gui.services().secrets();
    Settings& settings = gui.services().settings();
    if (secrets.keychainAvailable())
        QSKIP("A system keyring answers here; run through tests/support/without-keyring.sh");

    ScriptedDialogs dialogs;
    SettingsPage page(settings, secrets, dialogs);
    KeyringBanner* banner = page.secrets()->keyringBanner();
    QVERIFY(banner->isVisibleTo(&page));
    QCOMPARE(banner->message(),
             QStringLiteral("No system keyring was found, so secrets are kept for this session only."));
    QVERIFY(banner->sessionOnlyChoice()->isChecked());
    QVERIFY(!banner->fileChoice()->isChecked());

    // Keeping the default says nothing and stores nothing on disk.
    QTest::mouseClick(banner->sessionOnlyChoice(), Qt::LeftButton);
    QVERIFY(dialogs.confirmations.isEmpty());
    QCOMPARE(secrets.effectiveStorageMode(), SecretStorageMode::SessionOnly);

    secrets.setValue(SecretId::OpenAiApiKey, QStringLiteral("sk-keep"));
    SecretField* field = page.secrets()->field(SecretId::OpenAiApiKey);
    QTRY_VERIFY(field->statusText().contains(QStringLiteral("this session only")));

    dialogs.answerNextConfirmation(confirmFile);
    QSignalSpy modeChanged(&secrets, &SecretStore::storageModeChanged);
    QTest::mouseClick(banner->fileChoice(), Qt::LeftButton);
    QCOMPARE(dialogs.confirmations.size(), 1);
    QVERIFY(dialogs.confirmations.first().text.contains(QStringLiteral("Anyone")));

    if (confirmFile) {
        QVERIFY(modeChanged.wait(10000) || !modeChanged.isEmpty());
        QCOMPARE(secrets.storageMode(), SecretStorageMode::File);
        QCOMPARE(settings.secretStorageMode(), SecretStorageMode::File);
        QVERIFY(banner->fileChoice()->isChecked());
        QVERIFY(banner->message().contains(QStringLiteral("stored in a file")));
        QVERIFY(field->statusText().contains(QStringLiteral("file in the data folder")));
        QCOMPARE(secrets.value(SecretId::OpenAiApiKey), QStringLiteral("sk-keep"));

        // And back: the file is given up for this session's memory.
        QTest::mouseClick(banner->sessionOnlyChoice(), Qt::LeftButton);
        QVERIFY(modeChanged.wait(10000) || modeChanged.size() > 1);
        QCOMPARE(secrets.effectiveStorageMode(), SecretStorageMode::SessionOnly);
        QVERIFY(banner->sessionOnlyChoice()->isChecked());
        // Remembered as "the keyring", so a keyring that appears later is used at the next start.
        QCOMPARE(settings.secretStorageMode(), SecretStorageMode::Keychain);
        QCOMPARE(secrets.value(SecretId::OpenAiApiKey), QStringLiteral("sk-keep"));
    } else {
        QVERIFY(banner->sessionOnlyChoice()->isChecked());
        QVERIFY(!banner->fileChoice()->isChecked());
        QCOMPARE(secrets.effectiveStorageMode(), SecretStorageMode::SessionOnly);
        QCOMPARE(modeChanged.count(), 0);
    }
}

void TestSettingsPage::everyInputHasAnAccessibleName()
{
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    ScriptedDialogs dialogs;
    SettingsPage page(gui.services().settings(), gui.services().secrets(), dialogs);
    const auto widgets = page.findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* widget : widgets) {
        const bool isInput = qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractButton*>(widget) ||
                             qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget);
        // Line edits inside spin boxes and combo boxes are named through their owner.
        if (!isInput || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
            qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty() || !widget->property("text").toString().isEmpty(),
                 qPrintable(QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                            widget->objectName()));
    }
    QVERIFY(checked > 10);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
