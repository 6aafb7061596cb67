#include "AppServices.h"
#include "CopyableField.h"
#include "GuiServices.h"
#include "ScriptedDialogs.h"
#include "SecretField.h"
#include "SecretsSection.h"
#include "SettingsPage.h"
#include "StripeSection.h"
#include "TunnelLogView.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "stripe/CatchUp.h"
#include "stripe/EndpointRegistrar.h"
#include "stripe/tunnel/TunnelSupervisor.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Dewey;
using DeweyTest::GuiServices;
using DeweyTest::ScriptedDialogs;
using TunnelKind = Settings::TunnelKind;

namespace {

// Settings → Stripe as the main window builds it: inside the Settings page, after the secrets.
struct StripePage
{
    explicit StripePage(AppServices& services)
        : page(services.settings(), services.secrets(), dialogs)
    {
        section = new StripeSection({services.settings(), services.secrets(), services.tunnel(),
                                     services.endpointRegistrar(), services.catchUp()},
                                    dialogs);
        page.addStripeSection(section);
    }

    ScriptedDialogs dialogs;
    SettingsPage page;
    StripeSection* section = nullptr;
};

// The tunnel stand-ins (tests/support/tunnels) are the only programs the tunnel can find.
QProcessEnvironment standInEnvironment(const QString& scenario = QStringLiteral("ready"))
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("DEWEY_TUNNEL_STANDINS"));
    environment.insert(QStringLiteral("DEWEY_STANDIN_SCENARIO"), scenario);
    return environment;
}

bool waitForTunnel(AppServices& services, TunnelSupervisor::State state)
{
    return QTest::qWaitFor([&] { return services.tunnel().state() == state; }, 30000);
}

QByteArray settingsFile(const GuiServices& gui)
{
    QFile file(QDir(gui.dataPath()).filePath(QStringLiteral("settings.ini")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Settings → Stripe: the streamer picks how Stripe reaches Dewey, sees only the fields that choice
// needs, gets told at once when an entry cannot work, and sees the tunnel's status, log and the
// Stripe mode (test or live) Dewey works in. Keys and signing secrets never land in settings.ini.
class TestStripeSection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void eachTunnelKindShowsItsFields_data();
    void eachTunnelKindShowsItsFields();
    void invalidInputGivesAnInlineError_data();
    void invalidInputGivesAnInlineError();
    void secretsGoToTheSecretStore();
    void theLogShowsWhatTheTunnelPrinted();
    void testAndLiveModeAreShown_data();
    void testAndLiveModeAreShown();
    void everyInputHasAnAccessibleName();
};

void TestStripeSection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(
        QFile::exists(qEnvironmentVariable("DEWEY_TUNNEL_STANDINS") + QStringLiteral("/cloudflared")) ||
            QFile::exists(qEnvironmentVariable("DEWEY_TUNNEL_STANDINS") + QStringLiteral("/cloudflared.exe")),
        "DEWEY_TUNNEL_STANDINS must name the folder of the tunnel stand-ins");
}

void TestStripeSection::eachTunnelKindShowsItsFields_data()
{
    QTest::addColumn<TunnelKind>("kind");
    QTest::addColumn<bool>("program");
    QTest::addColumn<bool>("custom");
    QTest::addColumn<bool>("fixedUrl");
    QTest::addRow("none") << TunnelKind::None << false << false << false;
    QTest::addRow("Stripe CLI") << TunnelKind::StripeCli << true << false << false;
    QTest::addRow("cloudflared") << TunnelKind::Cloudflared << true << false << false;
    QTest::addRow("ngrok") << TunnelKind::Ngrok << true << false << false;
    QTest::addRow("custom command") << TunnelKind::Custom << false << true << false;
    QTest::addRow("fixed address") << TunnelKind::FixedUrl << false << false << true;
}

void TestStripeSection::eachTunnelKindShowsItsFields()
{
    QFETCH(TunnelKind, kind);
    QFETCH(bool, program);
    QFETCH(bool, custom);
    QFETCH(bool, fixedUrl);
    // No tunnel program can be found here: the choice is what is tested, not the tunnel.
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    StripePage stripe(gui.services());
    StripeSection* section = stripe.section;
    QCOMPARE(section->kindCombo()->currentData().toInt(), static_cast<int>(TunnelKind::None));

    section->kindCombo()->setCurrentIndex(section->kindCombo()->findData(static_cast<int>(kind)));
    QCOMPARE(gui.services().settings().tunnelKind(), kind);
    QCOMPARE(section->programPathEdit()->isVisibleTo(section), program);
    QCOMPARE(section->customCommandEdit()->isVisibleTo(section), custom);
    QCOMPARE(section->urlPatternEdit()->isVisibleTo(section), custom);
    QCOMPARE(section->fixedUrlEdit()->isVisibleTo(section), fixedUrl);
    QVERIFY(section->kindCombo()->isVisibleTo(section));

    // A choice made elsewhere (another window, dewey-cli) shows up too.
    gui.services().settings().setTunnelKind(TunnelKind::None);
    QCOMPARE(section->kindCombo()->currentData().toInt(), static_cast<int>(TunnelKind::None));
    QVERIFY(!section->programPathEdit()->isVisibleTo(section));
    QVERIFY(!section->fixedUrlEdit()->isVisibleTo(section));
}

void TestStripeSection::invalidInputGivesAnInlineError_data()
{
    QTest::addColumn<TunnelKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("good");
    QTest::addRow("address that is not a URL")
        << TunnelKind::FixedUrl << QStringLiteral("fixed") << QStringLiteral("alerts dot example")
        << QStringLiteral("https://alerts.example.com");
    QTest::addRow("address without https")
        << TunnelKind::FixedUrl << QStringLiteral("fixed") << QStringLiteral("ftp://alerts.example.com")
        << QStringLiteral("https://alerts.example.com");
    QTest::addRow("broken URL pattern") << TunnelKind::Custom << QStringLiteral("pattern")
                                        << QStringLiteral("https://([a-z") << QStringLiteral("https://\\S+");
}

void TestStripeSection::invalidInputGivesAnInlineError()
{
    QFETCH(TunnelKind, kind);
    QFETCH(QString, field);
    QFETCH(QString, bad);
    QFETCH(QString, good);
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    Settings& settings = gui.services().settings();
    StripePage stripe(gui.services());
    StripeSection* section = stripe.section;
    section->kindCombo()->setCurrentIndex(section->kindCombo()->findData(static_cast<int>(kind)));
    QLineEdit* edit = field == QLatin1String("fixed") ? section->fixedUrlEdit() : section->urlPatternEdit();
    const auto stored = [&] {
        return field == QLatin1String("fixed") ? settings.tunnelFixedUrl() : settings.tunnelUrlPattern();
    };
    const QString before = stored();
    QVERIFY(!section->feedbackLabel()->isVisibleTo(section));

    edit->setText(bad);
    emit edit->editingFinished();
    QVERIFY(section->feedbackLabel()->isVisibleTo(section));
    QVERIFY(!section->feedbackLabel()->text().isEmpty());
    QCOMPARE(stored(), before); // nothing unusable is stored

    edit->setText(good);
    emit edit->editingFinished();
    QVERIFY(!section->feedbackLabel()->isVisibleTo(section));
    QCOMPARE(stored(), good);
}

void TestStripeSection::secretsGoToTheSecretStore()
{
    GuiServices gui(standInEnvironment());
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    AppServices& services = gui.services();
    StripePage stripe(services);
    StripeSection* section = stripe.section;
    QVERIFY(section->connectionLabel()->text().contains(QStringLiteral("secret key")));

    // The key is pasted where the section sends the streamer: Settings → Secrets, on the same page.
    const QString key = QStringLiteral("sk_test_stripesectionkey123");
    SecretField* keyField = stripe.page.secrets()->field(SecretId::StripeSecretKey);
    QVERIFY(keyField);
    QTest::keyClicks(keyField->edit(), key);
    QTest::keyClick(keyField->edit(), Qt::Key_Return);
    QCOMPARE(services.secrets().value(SecretId::StripeSecretKey), key);
    QVERIFY(!section->connectionLabel()->text().contains(QStringLiteral("secret key")));

    // The Stripe CLI's signing secret is taken from its output and kept as the webhook secret.
    section->kindCombo()->setCurrentIndex(
        section->kindCombo()->findData(static_cast<int>(TunnelKind::StripeCli)));
    QVERIFY2(waitForTunnel(services, TunnelSupervisor::State::Running),
             qPrintable(services.tunnel().message()));
    const QString signingSecret = services.secrets().value(SecretId::StripeWebhookSecret);
    QVERIFY(signingSecret.startsWith(QStringLiteral("whsec_")));
    QVERIFY(section->connectionLabel()->text().contains(QStringLiteral("nothing to connect")));

    const QByteArray ini = settingsFile(gui);
    QVERIFY(ini.contains("stripe-cli"));  // the choice is a setting …
    QVERIFY(!ini.contains(key.toUtf8())); // … the key and the secret are not
    QVERIFY(!ini.contains(signingSecret.toUtf8()));
    QVERIFY(!ini.contains("whsec_"));
    // Nor does the log show it to whoever looks over the streamer's shoulder.
    QVERIFY(!section->logView()->textView()->toPlainText().contains(signingSecret));
}

void TestStripeSection::theLogShowsWhatTheTunnelPrinted()
{
    GuiServices gui(standInEnvironment());
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    AppServices& services = gui.services();
    StripePage stripe(services);
    StripeSection* section = stripe.section;
    QVERIFY(!section->logView()->isVisibleTo(section)); // folded away until asked for

    section->kindCombo()->setCurrentIndex(
        section->kindCombo()->findData(static_cast<int>(TunnelKind::Cloudflared)));
    QVERIFY2(waitForTunnel(services, TunnelSupervisor::State::Running),
             qPrintable(services.tunnel().message()));
    const QString address = services.tunnel().publicUrl();
    QVERIFY(address.endsWith(QStringLiteral(".trycloudflare.com")));
    QVERIFY2(section->statusLabel()->text().contains(QStringLiteral("connected")),
             qPrintable(section->statusLabel()->text()));
    QCOMPARE(section->webhookUrlField()->text(), address + QStringLiteral("/webhooks/stripe"));

    const QString shown = section->logView()->textView()->toPlainText();
    QVERIFY2(shown.contains(address), qPrintable(shown));
    QCOMPARE(shown, services.tunnel().log().text());
    // New lines arrive as the program prints them (here: Dewey's own line about the restart).
    section->restartTunnelButton()->click();
    QVERIFY(QTest::qWaitFor(
        [&] { return section->logView()->textView()->toPlainText().size() > shown.size(); }, 30000));
    QVERIFY2(waitForTunnel(services, TunnelSupervisor::State::Running),
             qPrintable(services.tunnel().message()));
}

void TestStripeSection::testAndLiveModeAreShown_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("shown");
    QTest::addRow("no key") << QString() << QString();
    QTest::addRow("test key") << QStringLiteral("sk_test_modekey") << QStringLiteral("Test mode");
    QTest::addRow("restricted test key") << QStringLiteral("rk_test_modekey") << QStringLiteral("Test mode");
    QTest::addRow("live key") << QStringLiteral("sk_live_modekey") << QStringLiteral("Live mode");
    QTest::addRow("not a Stripe key")
        << QStringLiteral("pk_live_publishable") << QStringLiteral("does not look like");
}

void TestStripeSection::testAndLiveModeAreShown()
{
    QFETCH(QString, key);
    QFETCH(QString, shown);
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    StripePage stripe(gui.services());
    StripeSection* section = stripe.section;
    QVERIFY(!section->modeLabel()->isVisibleTo(section));

    gui.services().secrets().setValue(SecretId::StripeSecretKey, key);
    QCOMPARE(section->modeLabel()->isVisibleTo(section), !shown.isEmpty());
    QVERIFY2(section->modeLabel()->text().contains(shown), qPrintable(section->modeLabel()->text()));
}

void TestStripeSection::everyInputHasAnAccessibleName()
{
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    StripePage stripe(gui.services());
    const QList<QWidget*> inputs = stripe.section->findChildren<QWidget*>();
    for (QWidget* widget : inputs) {
        if (!qobject_cast<QLineEdit*>(widget) && !qobject_cast<QComboBox*>(widget) &&
            !qobject_cast<QPlainTextEdit*>(widget))
            continue;
        if (qobject_cast<QComboBox*>(widget->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))
            continue; // a combo or spin box's own line edit
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

QTEST_MAIN(TestStripeSection)
#include "tst_stripesection.moc"
