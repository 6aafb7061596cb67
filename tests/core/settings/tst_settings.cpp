#include "settings/Settings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dewey;

namespace {

// Each setting's effective value as text, so one data table can cover them all.
QString effectiveText(Settings& settings, const QString& key)
{
    if (key == SettingsKey::OverlayPort)
        return QString::number(settings.overlayPort());
    if (key == SettingsKey::WebhookPort)
        return QString::number(settings.webhookPort());
    if (key == SettingsKey::LanModeEnabled)
        return settings.lanModeEnabled() ? QStringLiteral("true") : QStringLiteral("false");
    if (key == SettingsKey::LanAddress)
        return settings.lanAddress();
    if (key == SettingsKey::Theme)
        return settings.theme() == Settings::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("system");
    if (key == SettingsKey::Language)
        return settings.language();
    if (key == SettingsKey::FirstRunCompleted)
        return settings.firstRunCompleted() ? QStringLiteral("true") : QStringLiteral("false");
    if (key == SettingsKey::StartMinimized)
        return settings.startMinimized() ? QStringLiteral("true") : QStringLiteral("false");
    if (key == SettingsKey::SecretStorageMode)
        return secretStorageModeName(settings.secretStorageMode());
    if (key == SettingsKey::AlertDurationMs)
        return QString::number(settings.alertDurationMs());
    if (key == SettingsKey::AlertGapMs)
        return QString::number(settings.alertGapMs());
    if (key == SettingsKey::BuyerNameMode) {
        switch (settings.buyerNameMode()) {
        case Settings::BuyerNameMode::FirstName:
            return QStringLiteral("first-name");
        case Settings::BuyerNameMode::FullName:
            return QStringLiteral("full-name");
        case Settings::BuyerNameMode::Anonymous:
            return QStringLiteral("anonymous");
        }
    }
    return QStringLiteral("<no getter for %1>").arg(key);
}

bool writeIni(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

bool looksLikeToken(const QString& token)
{
    // 32 random bytes in base64url without padding.
    return QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(token).hasMatch();
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaults();
    void persistsAcrossInstances();
    void storedValues_data();
    void storedValues();
    void settersRejectInvalidValues();
    void changedOncePerRealChange();
    void overlayTokenIsGeneratedOnceAndKept();
    void regeneratingTokenReplacesIt();
    void malformedStoredTokenIsReplaced();
    void languageNames_data();
    void languageNames();
    void unwritableFileIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("settings.ini"));
}

void TestSettings::cleanup()
{
    m_dir.reset();
}

void TestSettings::defaults()
{
    Settings settings(m_path);
    QCOMPARE(settings.overlayPort(), 7471);
    QCOMPARE(settings.webhookPort(), 7472);
    QCOMPARE(settings.lanModeEnabled(), false);
    QCOMPARE(settings.lanAddress(), QString());
    QCOMPARE(settings.theme(), Settings::Theme::Dark);
    QCOMPARE(settings.language(), QString());
    QCOMPARE(settings.firstRunCompleted(), false);
    QCOMPARE(settings.trayHintShown(), false);
    QCOMPARE(settings.startMinimized(), false);
    QCOMPARE(settings.secretStorageMode(), SecretStorageMode::Keychain);
    QCOMPARE(settings.alertDurationMs(), 8000);
    QCOMPARE(settings.alertGapMs(), 1500);
    QCOMPARE(settings.buyerNameMode(), Settings::BuyerNameMode::FirstName);
    QCOMPARE(settings.lastError(), QString());
    // Reading defaults writes nothing: a later Dewey with better defaults still applies them.
    QVERIFY(settings.sync());
    QVERIFY(!QFile::exists(m_path));
}

void TestSettings::persistsAcrossInstances()
{
    {
        Settings settings(m_path);
        QVERIFY(settings.setOverlayPort(8001));
        QVERIFY(settings.setWebhookPort(8002));
        settings.setLanModeEnabled(true);
        QVERIFY(settings.setLanAddress(QStringLiteral("192.168.1.20")));
        settings.setTheme(Settings::Theme::System);
        QVERIFY(settings.setLanguage(QStringLiteral("pt_BR")));
        settings.setFirstRunCompleted(true);
        settings.setTrayHintShown(true);
        settings.setStartMinimized(true);
        settings.setSecretStorageMode(SecretStorageMode::SessionOnly);
        QVERIFY(settings.setAlertDurationMs(12000));
        QVERIFY(settings.setAlertGapMs(0));
        settings.setBuyerNameMode(Settings::BuyerNameMode::Anonymous);
    }
    Settings settings(m_path);
    QCOMPARE(settings.overlayPort(), 8001);
    QCOMPARE(settings.webhookPort(), 8002);
    QCOMPARE(settings.lanModeEnabled(), true);
    QCOMPARE(settings.lanAddress(), QStringLiteral("192.168.1.20"));
    QCOMPARE(settings.theme(), Settings::Theme::System);
    QCOMPARE(settings.language(), QStringLiteral("pt_BR"));
    QCOMPARE(settings.firstRunCompleted(), true);
    QCOMPARE(settings.trayHintShown(), true);
    QCOMPARE(settings.startMinimized(), true);
    QCOMPARE(settings.secretStorageMode(), SecretStorageMode::SessionOnly);
    QCOMPARE(settings.alertDurationMs(), 12000);
    QCOMPARE(settings.alertGapMs(), 0);
    QCOMPARE(settings.buyerNameMode(), Settings::BuyerNameMode::Anonymous);
}

void TestSettings::storedValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("warns");

    const auto row = [](const char* name, QLatin1String key, const char* stored, const char* expected,
                        bool warns) {
        QTest::addRow("%s", name) << QString(key) << QByteArray(stored) << QString::fromUtf8(expected)
                                  << warns;
    };
    row("port in range", SettingsKey::OverlayPort, "8080", "8080", false);
    row("port with spaces", SettingsKey::WebhookPort, " 9000 ", "9000", false);
    row("port above 65535", SettingsKey::OverlayPort, "99999", "7471", true);
    row("port zero is never stored", SettingsKey::OverlayPort, "0", "7471", true);
    row("negative port", SettingsKey::WebhookPort, "-5", "7472", true);
    row("port as words", SettingsKey::WebhookPort, "seven", "7472", true);
    row("duration in range", SettingsKey::AlertDurationMs, "5000", "5000", false);
    row("duration too short", SettingsKey::AlertDurationMs, "5", "1000", true);
    row("duration beyond int", SettingsKey::AlertDurationMs, "99999999999", "60000", true);
    row("duration as words", SettingsKey::AlertDurationMs, "long", "8000", true);
    row("negative gap", SettingsKey::AlertGapMs, "-20", "0", true);
    row("gap too long", SettingsKey::AlertGapMs, "45000", "30000", true);
    row("flag true", SettingsKey::LanModeEnabled, "true", "true", false);
    row("flag 1", SettingsKey::StartMinimized, "1", "true", false);
    row("flag typo stays off", SettingsKey::LanModeEnabled, "banana", "false", true);
    row("first run typo", SettingsKey::FirstRunCompleted, "yes", "false", true);
    row("IPv6 address", SettingsKey::LanAddress, "\"fe80::1\"", "fe80::1", false);
    row("host name as address", SettingsKey::LanAddress, "my-gaming-pc", "", true);
    row("system theme", SettingsKey::Theme, "system", "system", false);
    row("unknown theme", SettingsKey::Theme, "neon", "dark", true);
    row("language", SettingsKey::Language, "de", "de", false);
    row("language as a path", SettingsKey::Language, "../../etc/passwd", "", true);
    row("unknown language", SettingsKey::Language, "zz", "", true);
    row("full names", SettingsKey::BuyerNameMode, "full-name", "full-name", false);
    row("buyer email mode", SettingsKey::BuyerNameMode, "email", "first-name", true);
    row("file secrets", SettingsKey::SecretStorageMode, "file", "file", false);
    row("cloud secrets", SettingsKey::SecretStorageMode, "cloud", "keychain", true);
}

void TestSettings::storedValues()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, stored);
    QFETCH(QString, expected);
    QFETCH(bool, warns);

    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const QByteArray ini =
        "[" + key.left(slash).toUtf8() + "]\n" + key.mid(slash + 1).toUtf8() + "=" + stored + "\n";
    QVERIFY(writeIni(m_path, ini));

    // One warning the first time a bad value is read, not one per read.
    if (warns)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Ignoring %1 ").arg(key)));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Ignoring")));

    Settings settings(m_path);
    QCOMPARE(effectiveText(settings, key), expected);
    QCOMPARE(effectiveText(settings, key), expected);
    // The streamer's file is not rewritten just by reading it.
    QVERIFY(settings.sync());
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ini);
}

void TestSettings::settersRejectInvalidValues()
{
    Settings settings(m_path);
    QSignalSpy spy(&settings, &Settings::changed);
    QString error;

    QVERIFY(!settings.setOverlayPort(0, &error));
    QVERIFY(error.contains(QStringLiteral("65535")));
    QVERIFY(!settings.setWebhookPort(70000, &error));
    QVERIFY(!settings.setAlertDurationMs(999, &error));
    QVERIFY(error.contains(QStringLiteral("1000")));
    QVERIFY(!settings.setAlertDurationMs(60001, &error));
    QVERIFY(!settings.setAlertGapMs(-1, &error));
    QVERIFY(!settings.setAlertGapMs(30001, &error));
    QVERIFY(!settings.setLanAddress(QStringLiteral("my-gaming-pc"), &error));
    QVERIFY(error.contains(QStringLiteral("my-gaming-pc")));
    QVERIFY(!settings.setLanguage(QStringLiteral("Klingon"), &error));

    QCOMPARE(spy.count(), 0);
    QCOMPARE(settings.overlayPort(), 7471);
    QCOMPARE(settings.webhookPort(), 7472);
    QCOMPARE(settings.alertDurationMs(), 8000);
    QCOMPARE(settings.alertGapMs(), 1500);
    QCOMPARE(settings.lanAddress(), QString());
    QCOMPARE(settings.language(), QString());

    // The edges of each range are accepted.
    QVERIFY(settings.setOverlayPort(1, &error));
    QVERIFY(settings.setWebhookPort(65535, &error));
    QVERIFY(settings.setAlertDurationMs(60000, &error));
    QVERIFY(settings.setAlertGapMs(0, &error));
}

void TestSettings::changedOncePerRealChange()
{
    Settings settings(m_path);
    QSignalSpy spy(&settings, &Settings::changed);

    // Setting a default that is already in effect changes nothing.
    settings.setTheme(Settings::Theme::Dark);
    QVERIFY(settings.setOverlayPort(7471));
    settings.setLanModeEnabled(false);
    QCOMPARE(spy.count(), 0);

    QVERIFY(settings.setOverlayPort(8123));
    QVERIFY(settings.setOverlayPort(8123));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("overlay/port"));

    settings.setBuyerNameMode(Settings::BuyerNameMode::FullName);
    settings.setBuyerNameMode(Settings::BuyerNameMode::FullName);
    QVERIFY(settings.setLanguage(QStringLiteral("pt-BR")));
    QVERIFY(settings.setLanguage(QStringLiteral("pt_BR")));
    settings.setSecretStorageMode(SecretStorageMode::File);
    settings.setSecretStorageMode(SecretStorageMode::File);
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("alerts/buyerNameMode"));
    QCOMPARE(spy.at(2).at(0).toString(), QStringLiteral("appearance/language"));
    QCOMPARE(spy.at(3).at(0).toString(), QStringLiteral("secrets/storageMode"));
    QCOMPARE(settings.language(), QStringLiteral("pt_BR"));

    QVERIFY(settings.setLanguage(QString()));
    QCOMPARE(spy.count(), 5);
    QCOMPARE(settings.language(), QString());
}

void TestSettings::overlayTokenIsGeneratedOnceAndKept()
{
    QString token;
    {
        Settings settings(m_path);
        QSignalSpy spy(&settings, &Settings::changed);
        token = settings.overlayToken();
        QVERIFY2(looksLikeToken(token), qPrintable(token));
        QCOMPARE(settings.overlayToken(), token);
        QCOMPARE(spy.count(), 0);
        // On disk at once, before the streamer pastes the URL into OBS.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(token.toLatin1()));
    }
    Settings settings(m_path);
    QCOMPARE(settings.overlayToken(), token);

    QTemporaryDir otherDir;
    Settings other(otherDir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(other.overlayToken() != token);
}

void TestSettings::regeneratingTokenReplacesIt()
{
    QString fresh;
    {
        Settings settings(m_path);
        const QString old = settings.overlayToken();
        QSignalSpy spy(&settings, &Settings::changed);
        fresh = settings.regenerateOverlayToken();
        QVERIFY(looksLikeToken(fresh));
        QVERIFY(fresh != old);
        QCOMPARE(settings.overlayToken(), fresh);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("overlay/token"));
    }
    Settings settings(m_path);
    QCOMPARE(settings.overlayToken(), fresh);
}

void TestSettings::malformedStoredTokenIsReplaced()
{
    QVERIFY(writeIni(m_path, "[overlay]\ntoken=abc\n"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("token .* is malformed")));
    Settings settings(m_path);
    const QString token = settings.overlayToken();
    QVERIFY2(looksLikeToken(token), qPrintable(token));
    QCOMPARE(Settings(m_path).overlayToken(), token);
}

void TestSettings::languageNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addRow("language") << QStringLiteral("de") << true;
    QTest::addRow("language and territory") << QStringLiteral("pt_BR") << true;
    QTest::addRow("three-letter language") << QStringLiteral("fil") << true;
    QTest::addRow("with script") << QStringLiteral("zh_Hant_TW") << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("upper-case language") << QStringLiteral("DE") << false;
    QTest::addRow("lower-case territory") << QStringLiteral("pt_br") << false;
    QTest::addRow("trailing separator") << QStringLiteral("de_") << false;
    QTest::addRow("English name") << QStringLiteral("German") << false;
    QTest::addRow("unknown code") << QStringLiteral("zz") << false;
    QTest::addRow("path") << QStringLiteral("../de") << false;
    QTest::addRow("with encoding") << QStringLiteral("de_DE.UTF-8") << false;
}

void TestSettings::languageNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Settings::isValidLanguageName(name), valid);
    if (name.isEmpty())
        return;

    Settings settings(m_path);
    QString error;
    QCOMPARE(settings.setLanguage(name, &error), valid);
    QCOMPARE(settings.language(), valid ? name : QString());
    QCOMPARE(error.isEmpty(), valid);
}

void TestSettings::unwritableFileIsReported()
{
    // A regular file where the settings folder should be: no one can create the file, not even root.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QVERIFY(writeIni(blocker, "not a folder"));
    Settings settings(blocker + QStringLiteral("/settings.ini"));
    QVERIFY(settings.setOverlayPort(8000));
    QVERIFY(!settings.sync());
    QVERIFY2(settings.lastError().contains(QStringLiteral("settings.ini")), qPrintable(settings.lastError()));
    QVERIFY2(settings.lastError().contains(QStringLiteral("permissions")), qPrintable(settings.lastError()));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
