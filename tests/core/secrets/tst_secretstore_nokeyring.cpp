#include "common/DataDirectory.h"
#include "log/Logging.h"
#include "secrets/FileSecretBackend.h"
#include "secrets/KeychainSecretBackend.h"
#include "secrets/MemorySecretBackend.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dewey;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 30000; // generous: only a hang should ever reach it

constexpr auto kAllPermissionBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

bool waitForCount(QSignalSpy& spy, int count)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, kWaitMs);
}

// A keychain whose service never answers (a hung D-Bus peer).
class SilentBackend final : public ISecretBackend
{
public:
    void read(const QString&, QObject*, SecretBackendCallback) override {}
    void write(const QString&, const QString&, QObject*, SecretBackendCallback) override {}
    void remove(const QString&, QObject*, SecretBackendCallback) override {}
};

QFileDevice::Permissions permissionBits(const QString& path)
{
    return QFileInfo(path).permissions() & kAllPermissionBits;
}

// The same backends the app builds for a data folder.
std::unique_ptr<SecretStore> makeStore(const QString& dataDirectory, const QProcessEnvironment& environment,
                                       SecretStorageMode mode)
{
    return std::make_unique<SecretStore>(
        std::make_unique<KeychainSecretBackend>(dataDirectory), std::make_unique<MemorySecretBackend>(),
        std::make_unique<FileSecretBackend>(DataDirectory(dataDirectory).secretsFilePath()), environment,
        mode);
}

} // namespace

class TestSecretStoreNoKeyring : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SecretStore> loadedStore(const QString& dataDirectory, SecretStorageMode mode)
    {
        auto store = makeStore(dataDirectory, QProcessEnvironment(), mode);
        QSignalSpy loaded(store.get(), &SecretStore::loaded);
        store->load();
        if (!waitForCount(loaded, 1))
            return nullptr;
        return store;
    }

    static bool setAndWait(SecretStore& store, SecretId id, const QString& value)
    {
        QSignalSpy saved(&store, &SecretStore::saved);
        QSignalSpy failed(&store, &SecretStore::failed);
        store.setValue(id, value);
        return QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, kWaitMs) &&
               failed.isEmpty();
    }

    static bool switchAndWait(SecretStore& store, SecretStorageMode mode)
    {
        QSignalSpy changed(&store, &SecretStore::storageModeChanged);
        store.setStorageMode(mode);
        return waitForCount(changed, 1);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keychainReportsUnavailable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = makeStore(dir.path(), QProcessEnvironment(), SecretStorageMode::Keychain);
        QSignalSpy loaded(store.get(), &SecretStore::loaded);
        QSignalSpy unavailable(store.get(), &SecretStore::keychainUnavailable);
        store->load();
        QVERIFY(waitForCount(loaded, 1));
        QVERIFY(!store->keychainAvailable());
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!unavailable.first().first().toString().isEmpty());
        QCOMPARE(store->keychainProblem(), unavailable.first().first().toString());
        QCOMPARE(store->storageMode(), SecretStorageMode::Keychain);
        QCOMPARE(store->effectiveStorageMode(), SecretStorageMode::SessionOnly);
    }

    void silentKeychainDoesNotHangLoading()
    {
        SecretStore store(std::make_unique<SilentBackend>(), std::make_unique<MemorySecretBackend>(),
                          std::make_unique<MemorySecretBackend>(), QProcessEnvironment(),
                          SecretStorageMode::Keychain);
        store.setKeychainTimeout(200ms);
        QSignalSpy loaded(&store, &SecretStore::loaded);
        QSignalSpy unavailable(&store, &SecretStore::keychainUnavailable);
        store.load();
        QVERIFY(waitForCount(loaded, 1));
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(unavailable.count(), 1);
        QVERIFY2(store.keychainProblem().contains(QLatin1String("did not answer")),
                 qPrintable(store.keychainProblem()));
    }

    void sessionValuesAreForgottenByANewStore()
    {
        QTemporaryDir dir;
        auto store = loadedStore(dir.path(), SecretStorageMode::Keychain);
        QVERIFY(store);
        QVERIFY(!store->keychainAvailable());
        QVERIFY(
            setAndWait(*store, SecretId::OpenAiApiKey, QStringLiteral("  sk-proj-SessionOnly0123456789\n")));
        QCOMPARE(store->value(SecretId::OpenAiApiKey), QStringLiteral("sk-proj-SessionOnly0123456789"));
        QVERIFY(store->knownSecretValues().contains(QStringLiteral("sk-proj-SessionOnly0123456789")));

        auto next = loadedStore(dir.path(), SecretStorageMode::Keychain);
        QVERIFY(next);
        QVERIFY(!next->hasValue(SecretId::OpenAiApiKey));
        QVERIFY(!QFile::exists(DataDirectory(dir.path()).secretsFilePath()));
    }

    void environmentOverrideWorksWithoutKeychain()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("DEWEY_STRIPE_WEBHOOK_SECRET"),
                           QStringLiteral("whsec_FromEnvironment123"));
        auto store = makeStore(dir.path(), environment, SecretStorageMode::Keychain);
        // Answered before load() even finishes: headless runs need no keychain at all.
        QCOMPARE(store->value(SecretId::StripeWebhookSecret), QStringLiteral("whsec_FromEnvironment123"));
        QVERIFY(store->isOverriddenByEnvironment(SecretId::StripeWebhookSecret));
        QVERIFY(!store->hasValue(SecretId::StripeWebhookSecretPrevious));
    }

    void fileModeCreatesPrivateFile()
    {
        QTemporaryDir dir;
        const QString path = DataDirectory(dir.path()).secretsFilePath();
        auto store = loadedStore(dir.path(), SecretStorageMode::File);
        QVERIFY(store);
        QVERIFY(!QFile::exists(path));
        QVERIFY(
            setAndWait(*store, SecretId::StripeSecretKey, QStringLiteral("sk_live_51FileMode0123456789")));
        QVERIFY(QFile::exists(path));
        QCOMPARE(permissionBits(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        // A second write replaces the file atomically and keeps it private.
        QVERIFY(setAndWait(*store, SecretId::OpenAiApiKey, QStringLiteral("sk-proj-FileMode0123456789ab")));
        QCOMPARE(permissionBits(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void fileValuesPersistAcrossStores()
    {
        QTemporaryDir dir;
        auto store = loadedStore(dir.path(), SecretStorageMode::File);
        QVERIFY(store);
        QVERIFY(
            setAndWait(*store, SecretId::StripeWebhookSecret, QStringLiteral("whsec_Persisted0123456789")));
        QVERIFY(setAndWait(*store, SecretId::StripeWebhookSecretPrevious,
                           QStringLiteral("whsec_Previous0123456789")));

        auto next = loadedStore(dir.path(), SecretStorageMode::File);
        QVERIFY(next);
        QVERIFY(next->loadError().isEmpty());
        QCOMPARE(next->value(SecretId::StripeWebhookSecret), QStringLiteral("whsec_Persisted0123456789"));
        QCOMPARE(next->value(SecretId::StripeWebhookSecretPrevious),
                 QStringLiteral("whsec_Previous0123456789"));

        // Removing the last value removes the file: nothing secret lingers on disk.
        QVERIFY(setAndWait(*next, SecretId::StripeWebhookSecret, QString()));
        QVERIFY(QFile::exists(DataDirectory(dir.path()).secretsFilePath()));
        QVERIFY(setAndWait(*next, SecretId::StripeWebhookSecretPrevious, QString()));
        QVERIFY(!QFile::exists(DataDirectory(dir.path()).secretsFilePath()));
    }

    void readableByOthersFileIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addRow("0644 world-readable") << 0644;
        QTest::addRow("0640 group-readable") << 0640;
        QTest::addRow("0606 world-writable") << 0606;
    }

    void readableByOthersFileIsRefused()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        auto writer = loadedStore(dir.path(), SecretStorageMode::File);
        QVERIFY(writer);
        QVERIFY(
            setAndWait(*writer, SecretId::StripeSecretKey, QStringLiteral("sk_live_51Exposed0123456789")));
        const QString path = DataDirectory(dir.path()).secretsFilePath();
        QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (mode & 040)
            permissions |= QFileDevice::ReadGroup;
        if (mode & 04)
            permissions |= QFileDevice::ReadOther;
        if (mode & 02)
            permissions |= QFileDevice::WriteOther;
        QVERIFY(QFile::setPermissions(path, permissions));

        auto reader = loadedStore(dir.path(), SecretStorageMode::File);
        QVERIFY(reader);
        QVERIFY(!reader->hasValue(SecretId::StripeSecretKey));
        const QString message = reader->loadError();
        QVERIFY2(message.contains(QLatin1String("other users")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("chmod 600")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'))),
                 qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("sk_live_51Exposed")), qPrintable(message));

        // Nor is it written to: that would keep the exposed permissions.
        QSignalSpy failed(reader.get(), &SecretStore::failed);
        QVERIFY(!setAndWait(*reader, SecretId::OpenAiApiKey, QStringLiteral("sk-proj-NotWrittenThere01234")));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<SecretId>(), SecretId::OpenAiApiKey);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("other users")));
        QCOMPARE(permissionBits(path), permissions);
    }

    void switchingFromFileToSessionDeletesTheFile()
    {
        QTemporaryDir dir;
        const QString path = DataDirectory(dir.path()).secretsFilePath();
        auto store = loadedStore(dir.path(), SecretStorageMode::File);
        QVERIFY(store);
        QVERIFY(
            setAndWait(*store, SecretId::StripeSecretKey, QStringLiteral("sk_test_51Switching0123456789")));
        QVERIFY(setAndWait(*store, SecretId::OpenAiApiKey, QStringLiteral("sk-proj-Switching0123456789ab")));
        QVERIFY(QFile::exists(path));

        QVERIFY(switchAndWait(*store, SecretStorageMode::SessionOnly));
        QCOMPARE(store->storageMode(), SecretStorageMode::SessionOnly);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(store->value(SecretId::StripeSecretKey), QStringLiteral("sk_test_51Switching0123456789"));
        QCOMPARE(store->value(SecretId::OpenAiApiKey), QStringLiteral("sk-proj-Switching0123456789ab"));

        // And back: the session values land in a fresh private file.
        QVERIFY(switchAndWait(*store, SecretStorageMode::File));
        QCOMPARE(permissionBits(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto next = loadedStore(dir.path(), SecretStorageMode::File);
        QVERIFY(next);
        QCOMPARE(next->value(SecretId::StripeSecretKey), QStringLiteral("sk_test_51Switching0123456789"));
    }

    void storeNeverLogsValues()
    {
        // Values that no redaction pattern knows, and a redactor that knows none of them: whatever
        // the log shows is what the store wrote.
        const QStringList values = {QStringLiteral("local-llm-key-0451"),
                                    QStringLiteral("stripe-ish-value-7734"),
                                    QStringLiteral("webhook-value-9902")};
        QTemporaryDir dir;
        const QString logDirectory = dir.filePath(QStringLiteral("logs"));
        QLoggingCategory::setFilterRules(QStringLiteral("dewey.*.debug=true"));
        {
            Logging::Options options;
            options.directory = logDirectory;
            options.toStderr = false;
            options.minimumLevel = QtDebugMsg;
            Logging logging(options);

            auto store = loadedStore(dir.path(), SecretStorageMode::Keychain);
            QVERIFY(store);
            QVERIFY(setAndWait(*store, SecretId::OpenAiApiKey, values.at(0)));
            QVERIFY(switchAndWait(*store, SecretStorageMode::File));
            QVERIFY(setAndWait(*store, SecretId::StripeSecretKey, values.at(1)));
            QVERIFY(setAndWait(*store, SecretId::StripeWebhookSecret, values.at(2)));
            auto reader = loadedStore(dir.path(), SecretStorageMode::File);
            QVERIFY(reader);
            QCOMPARE(reader->value(SecretId::StripeWebhookSecret), values.at(2));
            QVERIFY(switchAndWait(*reader, SecretStorageMode::SessionOnly));
        }
        QLoggingCategory::setFilterRules(QString());

        QString logs;
        const QStringList names = QDir(logDirectory).entryList({QStringLiteral("dewey.log*")}, QDir::Files);
        for (const QString& name : names) {
            QFile file(logDirectory + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            logs += QString::fromUtf8(file.readAll());
        }
        QVERIFY2(logs.contains(QLatin1String("stripe-webhook-secret")),
                 qPrintable(logs)); // key names are logged
        for (const QString& value : values)
            QVERIFY2(!logs.contains(value), qPrintable(logs));
    }

    void switchingToMissingKeychainFails()
    {
        QTemporaryDir dir;
        auto store = loadedStore(dir.path(), SecretStorageMode::SessionOnly);
        QVERIFY(store);
        QVERIFY(setAndWait(*store, SecretId::OpenAiApiKey, QStringLiteral("sk-proj-StaysInSession012345")));

        QSignalSpy changeFailed(store.get(), &SecretStore::storageModeChangeFailed);
        store->setStorageMode(SecretStorageMode::Keychain);
        QVERIFY(waitForCount(changeFailed, 1));
        QVERIFY(!changeFailed.first().first().toString().isEmpty());
        QCOMPARE(store->storageMode(), SecretStorageMode::SessionOnly);
        QCOMPARE(store->value(SecretId::OpenAiApiKey), QStringLiteral("sk-proj-StaysInSession012345"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNoKeyring)
#include "tst_secretstore_nokeyring.moc"
