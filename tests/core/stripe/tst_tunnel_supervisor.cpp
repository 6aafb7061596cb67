#include "ManualClock.h"
#include "secrets/MemorySecretBackend.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"
#include "stripe/StripeEventMapper.h"
#include "stripe/tunnel/TunnelProcessLauncher.h"
#include "stripe/tunnel/TunnelSupervisor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace Qt::StringLiterals;
using Dewey::SecretId;
using Dewey::TunnelSupervisor;
using State = Dewey::TunnelSupervisor::State;
using TunnelKind = Dewey::Settings::TunnelKind;

namespace {

constexpr quint16 kWebhookPort = 7472;

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
#else
    Q_UNUSED(pid);
    return false;
#endif
}

} // namespace

// The supervisor with stand-ins that print the real tools' lines (tests/support/tunnels): each kind
// becomes ready and yields its address or secret, crashes are restarted with growing pauses, what
// retrying cannot fix is reported instead of retried, nothing hangs, and nothing outlives a stop.
class TestTunnelSupervisor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void stripeCliForwardsAndItsSecretIsStored();
    void stripeCliListensToLiveEventsOnlyWithALiveKey_data();
    void stripeCliListensToLiveEventsOnlyWithALiveKey();
    void cloudflaredReportsItsQuickTunnelAddress();
    void ngrokAddressComesFromItsAgentApi_data();
    void ngrokAddressComesFromItsAgentApi();
    void aCustomCommandAndPatternFindTheAddress();
    void aFixedAddressNeedsNoProgram();
    void aBadFixedAddressSaysWhatToDo();
    void noneMeansCatchUpOnly();
    void aCrashIsRestartedWithGrowingPauses();
    void aTunnelThatRanWellStartsTheBackoffOver();
    void aMissingProgramIsNamedAndNotRetried();
    void aChosenProgramThatIsNotThereIsNamed();
    void aTunnelThatNeverBecomesReadyIsEnded();
    void failuresThatRetryingCannotFix_data();
    void failuresThatRetryingCannotFix();
    void cloudflareRateLimitsAreRetried();
    void anEarlyExitSaysWhatTheToolLastSaid();
    void stopEndsTheProgram();
    void shutdownEndsTheProgramBeforeReturning();
    void aProgramIgnoringTerminateIsKilled();
    void changingTheKindSwitchesTunnels();

private:
    void makeSupervisor(const QString& scenario = u"ready"_s, const QString& path = {});
    bool waitForState(State state);
    QJsonObject startRecord(int n) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeweyTest::ManualClock> m_clock;
    std::unique_ptr<Dewey::Settings> m_settings;
    std::unique_ptr<Dewey::SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Dewey::TunnelProcessLauncher> m_launcher;
    std::unique_ptr<TunnelSupervisor> m_supervisor;
};

void TestTunnelSupervisor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(QFile::exists(qEnvironmentVariable("DEWEY_TUNNEL_STANDINS") + u"/cloudflared"_s) ||
                 QFile::exists(qEnvironmentVariable("DEWEY_TUNNEL_STANDINS") + u"/cloudflared.exe"_s),
             "DEWEY_TUNNEL_STANDINS must name the folder of the tunnel stand-ins");
    m_clock = std::make_unique<DeweyTest::ManualClock>();
    m_settings = std::make_unique<Dewey::Settings>(m_dir->filePath(u"settings.ini"_s));
    m_secrets = std::make_unique<Dewey::SecretStore>(
        std::make_unique<Dewey::MemorySecretBackend>(), std::make_unique<Dewey::MemorySecretBackend>(),
        std::make_unique<Dewey::MemorySecretBackend>(), QProcessEnvironment(),
        Dewey::SecretStorageMode::SessionOnly);
    m_secrets->setValue(SecretId::StripeSecretKey, u"sk_test_supervisor_key"_s);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestTunnelSupervisor::cleanup()
{
    m_supervisor.reset();
    m_launcher.reset();
    m_network.reset();
    m_secrets.reset();
    m_settings.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestTunnelSupervisor::makeSupervisor(const QString& scenario, const QString& path)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PATH"_s, path.isNull() ? qEnvironmentVariable("DEWEY_TUNNEL_STANDINS") : path);
    environment.insert(u"DEWEY_STANDIN_SCENARIO"_s, scenario);
    environment.insert(u"DEWEY_STANDIN_STATE_DIR"_s, m_dir->filePath(u"standin"_s));
    m_launcher = std::make_unique<Dewey::TunnelProcessLauncher>(environment);
    m_supervisor =
        std::make_unique<TunnelSupervisor>(*m_settings, *m_secrets, *m_launcher, *m_network, *m_clock);
    TunnelSupervisor::Options options;
    options.initialBackoffMs = 20;
    options.maxBackoffMs = 80;
    options.process.startupTimeoutMs = 20000;
    options.process.stopGraceMs = 2000;
    options.ngrokPollIntervalMs = 50;
    m_supervisor->setOptions(options);
    m_supervisor->setWebhookPort(kWebhookPort);
}

bool TestTunnelSupervisor::waitForState(State state)
{
    return QTest::qWaitFor([&] { return m_supervisor->state() == state; }, 30000);
}

QJsonObject TestTunnelSupervisor::startRecord(int n) const
{
    QFile file(m_dir->filePath(u"standin/start-%1.json"_s.arg(n)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestTunnelSupervisor::stripeCliForwardsAndItsSecretIsStored()
{
    m_settings->setTunnelKind(TunnelKind::StripeCli);
    m_secrets->setValue(SecretId::StripeWebhookSecret, u"whsec_before"_s);
    makeSupervisor();
    QSignalSpy stored(m_supervisor.get(), &TunnelSupervisor::signingSecretStored);
    m_supervisor->start();
    QVERIFY2(waitForState(State::Running), qPrintable(m_supervisor->message()));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(m_secrets->value(SecretId::StripeWebhookSecret), u"whsec_standinsecret0001"_s);
    QCOMPARE(m_secrets->value(SecretId::StripeWebhookSecretPrevious), u"whsec_before"_s);
    QVERIFY(m_supervisor->forwardsEventsItself());
    QVERIFY(m_supervisor->publicUrl().isEmpty());
    QVERIFY(m_supervisor->statusText().contains(u"forwarding"_s));

    const QJsonObject record = startRecord(1);
    QStringList arguments;
    for (const QJsonValue& value : record.value(u"arguments"_s).toArray())
        arguments << value.toString();
    QCOMPARE(arguments,
             (QStringList{u"listen"_s, u"--forward-to"_s, u"127.0.0.1:7472/webhooks/stripe"_s, u"--events"_s,
                          Dewey::StripeEventMapper::handledEventTypes(false).join(u',')}));
    // The key travels in the environment, never on the command line.
    QCOMPARE(record.value(u"stripeApiKey"_s).toString(), u"sk_test_supervisor_key"_s);
    QVERIFY(!m_supervisor->log().text().contains(u"whsec_standinsecret0001"_s));
    QVERIFY(m_supervisor->log().text().contains(u"Ready!"_s));
}

void TestTunnelSupervisor::stripeCliListensToLiveEventsOnlyWithALiveKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("live");
    QTest::addRow("test key") << u"sk_test_supervisor_key"_s << false;
    QTest::addRow("restricted test key") << u"rk_test_supervisor_key"_s << false;
    QTest::addRow("live key") << u"sk_live_supervisor_key"_s << true;
    QTest::addRow("restricted live key") << u"rk_live_supervisor_key"_s << true;
    QTest::addRow("no key (stripe login)") << QString() << false;
}

void TestTunnelSupervisor::stripeCliListensToLiveEventsOnlyWithALiveKey()
{
    QFETCH(QString, key);
    QFETCH(bool, live);
    m_settings->setTunnelKind(TunnelKind::StripeCli);
    m_secrets->setValue(SecretId::StripeSecretKey, key);
    makeSupervisor();
    m_supervisor->start();
    QVERIFY2(waitForState(State::Running), qPrintable(m_supervisor->message()));
    QStringList arguments;
    for (const QJsonValue& value : startRecord(1).value(u"arguments"_s).toArray())
        arguments << value.toString();
    QCOMPARE(arguments.contains(u"--live"_s), live);
    QCOMPARE(arguments.first(), u"listen"_s);
}

void TestTunnelSupervisor::cloudflaredReportsItsQuickTunnelAddress()
{
    m_settings->setTunnelKind(TunnelKind::Cloudflared);
    makeSupervisor();
    QSignalSpy urls(m_supervisor.get(), &TunnelSupervisor::publicUrlChanged);
    m_supervisor->start();
    QCOMPARE(m_supervisor->state(), State::Starting);
    QVERIFY2(waitForState(State::Running), qPrintable(m_supervisor->message()));
    QCOMPARE(m_supervisor->publicUrl(), u"https://standin-1-quick-words.trycloudflare.com"_s);
    QCOMPARE(m_supervisor->webhookUrl(),
             u"https://standin-1-quick-words.trycloudflare.com/webhooks/stripe"_s);
    QCOMPARE(urls.size(), 1);
    QVERIFY(m_supervisor->statusText().contains(u"connected"_s));
    QCOMPARE(startRecord(1).value(u"arguments"_s).toArray().last().toString(), u"http://127.0.0.1:7472"_s);
}

void TestTunnelSupervisor::ngrokAddressComesFromItsAgentApi_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addRow("/api/endpoints") << u"ready"_s;
    QTest::addRow("older agent: /api/tunnels") << u"tunnels-only"_s;
}

void TestTunnelSupervisor::ngrokAddressComesFromItsAgentApi()
{
    QFETCH(QString, scenario);
    m_settings->setTunnelKind(TunnelKind::Ngrok);
    makeSupervisor(scenario);
    m_supervisor->start();
    QVERIFY2(waitForState(State::Running), qPrintable(m_supervisor->message()));
    QCOMPARE(m_supervisor->publicUrl(), u"https://standin-1.ngrok-free.app"_s);
    QCOMPARE(startRecord(1).value(u"arguments"_s).toArray().at(1).toString(), u"7472"_s);
}

void TestTunnelSupervisor::aCustomCommandAndPatternFindTheAddress()
{
    m_settings->setTunnelKind(TunnelKind::Custom);
    m_settings->setTunnelCustomCommand(u"custom-tunnel --port {port}"_s);
    QVERIFY(m_settings->setTunnelUrlPattern(u"your url is: (https://\\S+)"_s));
    makeSupervisor();
    m_supervisor->start();
    QVERIFY2(waitForState(State::Running), qPrintable(m_supervisor->message()));
    QCOMPARE(m_supervisor->publicUrl(), u"https://standin-1.loca.lt"_s);
}

void TestTunnelSupervisor::aFixedAddressNeedsNoProgram()
{
    m_settings->setTunnelKind(TunnelKind::FixedUrl);
    QVERIFY(m_settings->setTunnelFixedUrl(u"https://alerts.example.com"_s));
    makeSupervisor(u"ready"_s, m_dir->filePath(u"empty"_s));
    m_supervisor->start();
    QVERIFY2(waitForState(State::Running), qPrintable(m_supervisor->message()));
    QCOMPARE(m_supervisor->webhookUrl(), u"https://alerts.example.com/webhooks/stripe"_s);
    QCOMPARE(m_supervisor->processId(), 0);
}

void TestTunnelSupervisor::aBadFixedAddressSaysWhatToDo()
{
    m_settings->setTunnelKind(TunnelKind::FixedUrl);
    QString error;
    QVERIFY(!m_settings->setTunnelFixedUrl(u"alerts dot example"_s, &error));
    QVERIFY(!error.isEmpty());
    makeSupervisor();
    QSignalSpy restarts(m_supervisor.get(), &TunnelSupervisor::restartScheduled);
    m_supervisor->start();
    QVERIFY(waitForState(State::Failed));
    QVERIFY2(m_supervisor->message().contains(u"Settings → Stripe"_s), qPrintable(m_supervisor->message()));
    QVERIFY(restarts.isEmpty());
}

void TestTunnelSupervisor::noneMeansCatchUpOnly()
{
    makeSupervisor();
    m_supervisor->start();
    QCOMPARE(m_supervisor->kind(), TunnelKind::None);
    QCOMPARE(m_supervisor->state(), State::Off);
    QVERIFY(m_supervisor->publicUrl().isEmpty());
    QVERIFY(m_supervisor->statusText().contains(u"catch-up"_s));
    QVERIFY(!QFile::exists(m_dir->filePath(u"standin/starts"_s)));
}

void TestTunnelSupervisor::aCrashIsRestartedWithGrowingPauses()
{
    m_settings->setTunnelKind(TunnelKind::Cloudflared);
    makeSupervisor(u"crash-until:3"_s);
    QSignalSpy restarts(m_supervisor.get(), &TunnelSupervisor::restartScheduled);
    QSignalSpy urls(m_supervisor.get(), &TunnelSupervisor::publicUrlChanged);
    m_supervisor->start();
    QTRY_COMPARE_WITH_TIMEOUT(restarts.size(), 3, 30000);
    QVERIFY2(QTest::qWaitFor([&] { return m_supervisor->publicUrl().contains(u"standin-4"_s); }, 30000),
             qPrintable(m_supervisor->message()));
    QCOMPARE(m_supervisor->state(), State::Running);
    QList<int> delays;
    for (const QList<QVariant>& restart : std::as_const(restarts)) {
        QCOMPARE(restart.at(0).toInt(), delays.size() + 1);
        delays << restart.at(1).toInt();
    }
    QCOMPARE(delays, (QList<int>{20, 40, 80}));
    // Every start had its own quick-tunnel address; the last one is the one in use.
    QStringList seen;
    for (const QList<QVariant>& url : std::as_const(urls)) {
        if (!url.at(0).toString().isEmpty())
            seen << url.at(0).toString();
    }
    QCOMPARE(seen.constLast(), u"https://standin-4-quick-words.trycloudflare.com"_s);
    QVERIFY(seen.size() >= 2);
}

void TestTunnelSupervisor::aTunnelThatRanWellStartsTheBackoffOver()
{
    m_settings->setTunnelKind(TunnelKind::Cloudflared);
    makeSupervisor(u"crash-until:3"_s);
    // Each time it is up, a long stable run passes before it ends.
    connect(m_supervisor.get(), &TunnelSupervisor::stateChanged, this, [this](State state) {
        if (state == State::Running)
            m_clock->advanceSeconds(m_supervisor->options().stableRunMs / 1000 + 1);
    });
    QSignalSpy restarts(m_supervisor.get(), &TunnelSupervisor::restartScheduled);
    m_supervisor->start();
    QTRY_COMPARE_WITH_TIMEOUT(restarts.size(), 3, 30000);
    for (const QList<QVariant>& restart : std::as_const(restarts)) {
        QCOMPARE(restart.at(0).toInt(), 1);
        QCOMPARE(restart.at(1).toInt(), 20);
    }
}

void TestTunnelSupervisor::aMissingProgramIsNamedAndNotRetried()
{
    m_settings->setTunnelKind(TunnelKind::Cloudflared);
    QDir().mkpath(m_dir->filePath(u"empty"_s));
    makeSupervisor(u"ready"_s, m_dir->filePath(u"empty"_s));
    QSignalSpy restarts(m_supervisor.get(), &TunnelSupervisor::restartScheduled);
    m_supervisor->start();
    QVERIFY(waitForState(State::Failed));
    QVERIFY2(m_supervisor->message().contains(u"cloudflared was not found"_s),
             qPrintable(m_supervisor->message()));
    QVERIFY(restarts.isEmpty());
    QVERIFY(m_supervisor->statusText().contains(u"needs attention"_s));
}

void TestTunnelSupervisor::aChosenProgramThatIsNotThereIsNamed()
{
    m_settings->setTunnelKind(TunnelKind::Ngrok);
    m_settings->setTunnelProgramPath(TunnelKind::Ngrok, m_dir->filePath(u"Downloads/ngrok.exe"_s));
    makeSupervisor();
    m_supervisor->start();
    QVERIFY(waitForState(State::Failed));
    QVERIFY2(m_supervisor->message().contains(u"Downloads/ngrok.exe"_s), qPrintable(m_supervisor->message()));
}

void TestTunnelSupervisor::aTunnelThatNeverBecomesReadyIsEnded()
{
    m_settings->setTunnelKind(TunnelKind::Cloudflared);
    makeSupervisor(u"silent"_s);
    TunnelSupervisor::Options options = m_supervisor->options();
    options.process.startupTimeoutMs = 300;
    options.initialBackoffMs = 60000; // the restart waits, so its reason can be read
    m_supervisor->setOptions(options);
    QSignalSpy restarts(m_supervisor.get(), &TunnelSupervisor::restartScheduled);
    m_supervisor->start();
    QTRY_VERIFY_WITH_TIMEOUT(!restarts.isEmpty(), 30000);
    QCOMPARE(m_supervisor->state(), State::Restarting);
    QVERIFY2(m_supervisor->message().contains(u"did not report that it was ready"_s),
             qPrintable(m_supervisor->message()));
    const qint64 firstPid = startRecord(1).value(u"pid"_s).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(firstPid), 30000);
    m_supervisor->stop();
    QVERIFY(waitForState(State::Off));
}

void TestTunnelSupervisor::failuresThatRetryingCannotFix_data()
{
    QTest::addColumn<TunnelKind>("kind");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("says");
    // The Stripe CLI without a key waits forever for a browser login: Dewey must not wait with it.
    QTest::addRow("Stripe CLI not logged in") << TunnelKind::StripeCli << u"auth"_s << u"not logged in"_s;
    QTest::addRow("Stripe CLI key refused")
        << TunnelKind::StripeCli << u"invalid-key"_s << u"refused the key"_s;
    QTest::addRow("ngrok without authtoken") << TunnelKind::Ngrok << u"auth"_s << u"authtoken"_s;
}

void TestTunnelSupervisor::failuresThatRetryingCannotFix()
{
    QFETCH(TunnelKind, kind);
    QFETCH(QString, scenario);
    QFETCH(QString, says);
    m_settings->setTunnelKind(kind);
    makeSupervisor(scenario);
    QSignalSpy restarts(m_supervisor.get(), &TunnelSupervisor::restartScheduled);
    m_supervisor->start();
    QVERIFY(waitForState(State::Failed));
    QVERIFY2(m_supervisor->message().contains(says), qPrintable(m_supervisor->message()));
    QVERIFY(restarts.isEmpty());
    QCOMPARE(m_supervisor->processId(), 0);
    const qint64 pid = startRecord(1).value(u"pid"_s).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 30000);
}

void TestTunnelSupervisor::cloudflareRateLimitsAreRetried()
{
    m_settings->setTunnelKind(TunnelKind::Cloudflared);
    makeSupervisor(u"rate-limited"_s);
    TunnelSupervisor::Options options = m_supervisor->options();
    options.initialBackoffMs = 60000; // the restart waits, so its reason can be read
    m_supervisor->setOptions(options);
    QSignalSpy restarts(m_supervisor.get(), &TunnelSupervisor::restartScheduled);
    m_supervisor->start();
    QTRY_VERIFY_WITH_TIMEOUT(!restarts.isEmpty(), 30000);
    QVERIFY2(m_supervisor->message().contains(u"Cloudflare"_s), qPrintable(m_supervisor->message()));
    m_supervisor->stop();
}

void TestTunnelSupervisor::anEarlyExitSaysWhatTheToolLastSaid()
{
    m_settings->setTunnelKind(TunnelKind::Cloudflared);
    makeSupervisor(u"exit-early"_s);
    TunnelSupervisor::Options options = m_supervisor->options();
    options.initialBackoffMs = 60000; // the restart waits, so its reason can be read
    m_supervisor->setOptions(options);
    QSignalSpy restarts(m_supervisor.get(), &TunnelSupervisor::restartScheduled);
    m_supervisor->start();
    QTRY_VERIFY_WITH_TIMEOUT(!restarts.isEmpty(), 30000);
    QVERIFY2(m_supervisor->message().contains(u"exit code 3"_s), qPrintable(m_supervisor->message()));
    QVERIFY2(m_supervisor->message().contains(u"something went wrong"_s),
             qPrintable(m_supervisor->message()));
    m_supervisor->stop();
}

void TestTunnelSupervisor::stopEndsTheProgram()
{
    m_settings->setTunnelKind(TunnelKind::Cloudflared);
    makeSupervisor();
    m_supervisor->start();
    QVERIFY(waitForState(State::Running));
    const qint64 pid = m_supervisor->processId();
    QVERIFY(processAlive(pid));
    m_supervisor->stop();
    QVERIFY(waitForState(State::Off));
    QVERIFY(!processAlive(pid));
    QVERIFY(m_supervisor->publicUrl().isEmpty());
}

void TestTunnelSupervisor::shutdownEndsTheProgramBeforeReturning()
{
    m_settings->setTunnelKind(TunnelKind::Ngrok);
    makeSupervisor();
    m_supervisor->start();
    QVERIFY(waitForState(State::Running));
    const qint64 pid = m_supervisor->processId();
    QVERIFY(processAlive(pid));
    m_supervisor->shutdown();
    QVERIFY(!processAlive(pid));
    QCOMPARE(m_supervisor->state(), State::Off);
}

void TestTunnelSupervisor::aProgramIgnoringTerminateIsKilled()
{
    m_settings->setTunnelKind(TunnelKind::Cloudflared);
    makeSupervisor(u"ignore-term"_s);
    TunnelSupervisor::Options options = m_supervisor->options();
    options.process.stopGraceMs = 200;
    m_supervisor->setOptions(options);
    m_supervisor->start();
    QVERIFY(waitForState(State::Running));
    const qint64 pid = m_supervisor->processId();
    m_supervisor->stop();
    QVERIFY(waitForState(State::Off));
    QVERIFY(!processAlive(pid));
    QVERIFY(m_supervisor->log().text().contains(u"did not stop when asked"_s));
}

void TestTunnelSupervisor::changingTheKindSwitchesTunnels()
{
    m_settings->setTunnelKind(TunnelKind::Cloudflared);
    makeSupervisor();
    m_supervisor->start();
    QVERIFY(waitForState(State::Running));
    const qint64 cloudflaredPid = m_supervisor->processId();
    m_settings->setTunnelKind(TunnelKind::Ngrok);
    QVERIFY(QTest::qWaitFor([&] { return m_supervisor->publicUrl().contains(u"ngrok"_s); }, 30000));
    QCOMPARE(m_supervisor->kind(), TunnelKind::Ngrok);
    QVERIFY(!processAlive(cloudflaredPid));
    m_settings->setTunnelKind(TunnelKind::None);
    QVERIFY(waitForState(State::Off));
    QVERIFY(m_supervisor->publicUrl().isEmpty());
}

QTEST_GUILESS_MAIN(TestTunnelSupervisor)
#include "tst_tunnel_supervisor.moc"
