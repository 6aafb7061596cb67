#include "CopyableField.h"
#include "TestSupport.h"
#include "alerts/AlertComposer.h"
#include "common/Clock.h"
#include "common/LanguageLoader.h"

#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Dewey;

// The language a streamer picks is what Dewey speaks: the compiled translations are in the
// executables, the Settings override wins over the system language, and the choice is applied when
// Dewey starts (Settings says a new language applies after a restart).
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void germanTranslationMakesTheGuiGerman();
    void chosenLanguage_data();
    void chosenLanguage();
    void englishCountsAreGrammatical_data();
    void englishCountsAreGrammatical();
    void defaultAlertLineFollowsTheLanguage();
    void startupAppliesTheSettingsLanguage();
};

void TestLanguageSwitch::germanTranslationMakesTheGuiGerman()
{
    QVERIFY(LanguageLoader::availableLanguages().contains(QStringLiteral("de")));
    LanguageLoader loader;
    QCOMPARE(loader.apply(QStringLiteral("de")), QStringLiteral("de"));

    CopyableField field(QStringLiteral("Overlay-URL"));
    QCOMPARE(field.copyButton()->text(), QStringLiteral("Kopieren"));
    QCOMPARE(field.copyButton()->accessibleName(), QStringLiteral("Overlay-URL kopieren"));
}

void TestLanguageSwitch::chosenLanguage_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("active");
    QTest::addColumn<QString>("copyLabel");

    QTest::addRow("system language") << QString() << QLocale(QStringLiteral("fr_FR")) << QStringLiteral("fr")
                                     << QStringLiteral("Copier");
    QTest::addRow("Brazilian system") << QString() << QLocale(QStringLiteral("pt_BR"))
                                      << QStringLiteral("pt_BR") << QStringLiteral("Copiar");
    QTest::addRow("Settings override wins") << QStringLiteral("ja") << QLocale(QStringLiteral("de_DE"))
                                            << QStringLiteral("ja") << QStringLiteral("コピー");
    QTest::addRow("Spanish override") << QStringLiteral("es") << QLocale(QStringLiteral("en_US"))
                                      << QStringLiteral("es") << QStringLiteral("Copiar");
    QTest::addRow("no translation for the system language")
        << QString() << QLocale(QStringLiteral("fi_FI")) << QStringLiteral("en") << QStringLiteral("Copy");
}

void TestLanguageSwitch::chosenLanguage()
{
    QFETCH(QString, override);
    QFETCH(QLocale, system);
    QFETCH(QString, active);
    QFETCH(QString, copyLabel);

    LanguageLoader loader;
    QCOMPARE(loader.apply(override, system), active);
    QCOMPARE(loader.activeLanguage(), active);
    CopyableField field(QStringLiteral("URL"));
    QCOMPARE(field.copyButton()->text(), copyLabel);
}

void TestLanguageSwitch::englishCountsAreGrammatical_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QLocale>("system");

    QTest::addRow("English chosen") << QStringLiteral("en") << QLocale(QStringLiteral("de_DE"));
    QTest::addRow("English system") << QString() << QLocale(QStringLiteral("en_GB"));
    // No translation for Finnish: English, with its plural forms, not the "(s)" of the source.
    QTest::addRow("no translation for the system language") << QString() << QLocale(QStringLiteral("fi_FI"));
}

void TestLanguageSwitch::englishCountsAreGrammatical()
{
    QFETCH(QString, override);
    QFETCH(QLocale, system);

    LanguageLoader loader;
    QCOMPARE(loader.apply(override, system), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("AlertCommands", "%n alert(s) waiting.", nullptr, 1),
             QStringLiteral("1 alert waiting."));
    QCOMPARE(QCoreApplication::translate("AlertCommands", "%n alert(s) waiting.", nullptr, 3),
             QStringLiteral("3 alerts waiting."));
}

void TestLanguageSwitch::defaultAlertLineFollowsTheLanguage()
{
    // The alert queue (and its composer) exists before the language is applied at start-up.
    const SystemClock clock;
    const AlertComposer composer(clock);
    LanguageLoader loader;
    QCOMPARE(loader.apply(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(composer.testAlert().title, QStringLiteral("Alex hat Hoodie ×2 gekauft – $64.00"));
}

void TestLanguageSwitch::startupAppliesTheSettingsLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    {
        QSettings settings(data + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("appearance/language"), QStringLiteral("de"));
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/dewey-test-bus"));
    environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en_US"));
    environment.insert(QStringLiteral("DEWEY_DATA_DIR"), data);
    // The chosen language is a debug line (silent by default), turned on the way README says.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dewey.app.debug=true"));
    QProcess dewey;
    dewey.setProcessEnvironment(environment);
    dewey.start(DeweyTest::executable("DEWEY_GUI"), {});
    QVERIFY(dewey.waitForStarted(10000));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += dewey.readAllStandardError()).contains("language \"de\""), 30000);
    // Stopping cleanly is tst_deweyapp's business; this one may come before the SIGTERM handler.
    dewey.kill();
    QVERIFY(dewey.waitForFinished(30000));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
