#include "GeneralSection.h"
#include "GuiServices.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "SettingsPage.h"
#include "SetupGuide.h"
#include "TrayController.h"
#include "platform/XdgAutostart.h"
#include "settings/Settings.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dewey;
using DeweyTest::GuiServices;
using DeweyTest::ScriptedDialogs;

namespace {

AutostartEntry deweyEntry()
{
    return AutostartEntry{QStringLiteral("stream.dewey.Dewey"),
                          QStringLiteral("Dewey"),
                          QStringLiteral("/usr/bin/dewey"),
                          {},
                          QStringLiteral("stream.dewey.Dewey")};
}

} // namespace

class TestGeneralSection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void startWithSystemWritesAndRemovesTheEntry();
    void startWithSystemShowsWhatIsOnDisk();
    void startWithSystemFailureSaysWhyAndStaysOff();
    void traySettingsAreStored_data();
    void traySettingsAreStored();
    void sectionIsFirstInSettings();
    void startInTrayLeavesWindowHidden_data();
    void startInTrayLeavesWindowHidden();
};

void TestGeneralSection::startWithSystemWritesAndRemovesTheEntry()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    XdgAutostart autostart(deweyEntry(), dir.filePath(QStringLiteral("autostart")));
    ScriptedDialogs dialogs;
    GeneralSection section(settings, autostart, dialogs);
    QVERIFY(!section.startWithSystemCheck()->isChecked());

    section.startWithSystemCheck()->click();
    QVERIFY(section.startWithSystemCheck()->isChecked());
    QVERIFY(QFile::exists(autostart.location()));

    section.startWithSystemCheck()->click();
    QVERIFY(!section.startWithSystemCheck()->isChecked());
    QVERIFY(!QFile::exists(autostart.location()));
    QVERIFY(dialogs.informations.isEmpty());
}

void TestGeneralSection::startWithSystemShowsWhatIsOnDisk()
{
    // Turned on in an earlier run (or by hand): the box opens ticked.
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    XdgAutostart autostart(deweyEntry(), dir.filePath(QStringLiteral("autostart")));
    QVERIFY(autostart.setEnabled(true));
    ScriptedDialogs dialogs;
    GeneralSection section(settings, autostart, dialogs);
    QVERIFY(section.startWithSystemCheck()->isChecked());
}

void TestGeneralSection::startWithSystemFailureSaysWhyAndStaysOff()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString blocked = dir.filePath(QStringLiteral("autostart"));
    QFile blocker(blocked); // a file where the folder must go
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    XdgAutostart autostart(deweyEntry(), blocked);
    ScriptedDialogs dialogs;
    GeneralSection section(settings, autostart, dialogs);

    section.startWithSystemCheck()->click();
    QVERIFY(!section.startWithSystemCheck()->isChecked());
    QCOMPARE(dialogs.informations.size(), 1);
    QVERIFY2(dialogs.informations.first().text.contains(blocked),
             qPrintable(dialogs.informations.first().text));
}

void TestGeneralSection::traySettingsAreStored_data()
{
    QTest::addColumn<QString>("check");
    QTest::addRow("start in the tray") << QStringLiteral("startMinimizedCheck");
    QTest::addRow("sale notifications") << QStringLiteral("saleNotificationsCheck");
}

void TestGeneralSection::traySettingsAreStored()
{
    QFETCH(QString, check);
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    Settings settings(ini);
    XdgAutostart autostart(deweyEntry(), dir.filePath(QStringLiteral("autostart")));
    ScriptedDialogs dialogs;
    GeneralSection section(settings, autostart, dialogs);
    auto* box = section.findChild<QCheckBox*>(check);
    QVERIFY(box);
    QVERIFY(!box->isChecked()); // both off by default
    box->click();

    // What the next start of Dewey reads.
    Settings reread(ini);
    const bool stored =
        check == QStringLiteral("startMinimizedCheck") ? reread.startMinimized() : reread.saleNotifications();
    QVERIFY(stored);

    // A change made elsewhere (the file, another window) shows in the box.
    if (check == QStringLiteral("startMinimizedCheck"))
        settings.setStartMinimized(false);
    else
        settings.setSaleNotifications(false);
    QVERIFY(!box->isChecked());
}

void TestGeneralSection::sectionIsFirstInSettings()
{
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    ScriptedDialogs dialogs;
    MainWindow window(gui.services(), gui.autostart(), dialogs, MainWindow::Options{false});
    GeneralSection* section = window.generalSection();
    QVERIFY(section);
    QCOMPARE(window.settingsPage()->general(), section);
    QVERIFY(window.settingsPage()->isAncestorOf(section));

    // The window uses the login entry it is given (built with the rest of the app), not one of its own.
    QVERIFY(!gui.autostart().isEnabled());
    section->startWithSystemCheck()->click();
    QVERIFY(gui.autostart().isEnabled());
    QVERIFY(gui.autostart().location().startsWith(gui.dataPath()));
    QVERIFY(QFile::exists(gui.autostart().location()));
}

void TestGeneralSection::startInTrayLeavesWindowHidden_data()
{
    QTest::addColumn<bool>("inTray");
    QTest::addColumn<bool>("trayAvailable");
    QTest::addColumn<bool>("shown");
    QTest::addRow("in the tray") << true << true << false;
    QTest::addRow("no tray to start in") << true << false << true;
    QTest::addRow("with the window") << false << true << true;
}

void TestGeneralSection::startInTrayLeavesWindowHidden()
{
    QFETCH(bool, inTray);
    QFETCH(bool, trayAvailable);
    QFETCH(bool, shown);
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    gui.services().settings().setFirstRunCompleted(true);
    ScriptedDialogs dialogs;
    MainWindow window(gui.services(), gui.autostart(), dialogs, MainWindow::Options{trayAvailable});
    QCOMPARE(window.showAtStart(inTray), shown);
    QCOMPARE(window.isVisible(), shown);
    // Started hidden, the tray is the way back to the window.
    if (!shown) {
        QVERIFY(window.trayController()->isAvailable());
        window.trayController()->showHideAction()->trigger();
        QVERIFY(window.isVisible());
    }
}

QTEST_MAIN(TestGeneralSection)
#include "tst_generalsection.moc"
