#include "common/DataDirectory.h"
#include "secrets/FileSecretBackend.h"
#include "secrets/KeychainSecretBackend.h"
#include "secrets/MemorySecretBackend.h"
#include "secrets/SecretStore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dewey;

namespace {

constexpr int kWaitMs = 30000; // generous: only a hang should ever reach it

bool waitForCount(QSignalSpy& spy, int count)
{
    return QTest::qWaitFor([&] { return spy.count() >= count; }, kWaitMs);
}

// Asks the Secret Service directly (not through QtKeychain) what it holds for a Dewey key.
QString keyringLookup(const QString& dataDirectory, const QString& key)
{
    const QString prefix =
        KeychainSecretBackend::keyPrefixForDataDirectory(dataDirectory, DataDirectory::defaultPath());
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
                  {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Dewey"),
                   QStringLiteral("user"), prefix + key});
    if (!process.waitForFinished(kWaitMs))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(process.readAllStandardOutput());
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

class TestSecretStoreKeyring : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SecretStore> loadedStore(const QString& dataDirectory,
                                             const QProcessEnvironment& environment = QProcessEnvironment(),
                                             SecretStorageMode mode = SecretStorageMode::Keychain)
    {
        auto store = makeStore(dataDirectory, environment, mode);
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

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keychainIsAvailable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = makeStore(dir.path(), QProcessEnvironment(), SecretStorageMode::Keychain);
        QSignalSpy loaded(store.get(), &SecretStore::loaded);
        QSignalSpy unavailable(store.get(), &SecretStore::keychainUnavailable);
        store->load();
        QVERIFY(waitForCount(loaded, 1));
        QVERIFY2(store->keychainAvailable(), qPrintable(store->keychainProblem()));
        QCOMPARE(unavailable.count(), 0);
        QCOMPARE(store->effectiveStorageMode(), SecretStorageMode::Keychain);
        QVERIFY(store->loadError().isEmpty());
    }

    void storedSecretSurvivesANewStore_data()
    {
        QTest::addColumn<SecretId>("id");
        QTest::addColumn<QString>("value");
        QTest::addRow("openai") << SecretId::OpenAiApiKey
                                << QStringLiteral("sk-proj-Q2f8Lm3Xz9TtWbV1aR7nP0cK");
        QTest::addRow("stripe") << SecretId::StripeSecretKey << QStringLiteral("sk_test_51Habc4DefGhiJklMno");
        QTest::addRow("webhook") << SecretId::StripeWebhookSecret << QStringLiteral("whsec_3f9a7c1e5b2d8f0a");
        QTest::addRow("webhook previous")
            << SecretId::StripeWebhookSecretPrevious << QStringLiteral("whsec_0ld5ecret0ld5ecret");
    }

    void storedSecretSurvivesANewStore()
    {
        QFETCH(SecretId, id);
        QFETCH(QString, value);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        auto writer = loadedStore(dir.path());
        QVERIFY(writer);
        QVERIFY(writer->keychainAvailable());
        QVERIFY(setAndWait(*writer, id, value));
        QCOMPARE(writer->value(id), value);

        auto reader = loadedStore(dir.path());
        QVERIFY(reader);
        QCOMPARE(reader->value(id), value);
        QVERIFY(reader->hasValue(id));
        for (SecretId other : kAllSecretIds) {
            if (other != id)
                QVERIFY(!reader->hasValue(other));
        }
        // It is in the real keyring, and nowhere on disk.
        QCOMPARE(keyringLookup(dir.path(), secretStorageKey(id)), value);
        QVERIFY(!QFile::exists(DataDirectory(dir.path()).secretsFilePath()));
    }

    void removedSecretIsGone()
    {
        QTemporaryDir dir;
        auto store = loadedStore(dir.path());
        QVERIFY(store);
        QVERIFY(setAndWait(*store, SecretId::StripeSecretKey, QStringLiteral("sk_live_51RemoveMe0123456")));
        QVERIFY(setAndWait(*store, SecretId::StripeSecretKey, QString()));
        QVERIFY(!store->hasValue(SecretId::StripeSecretKey));

        auto reader = loadedStore(dir.path());
        QVERIFY(reader);
        QVERIFY(!reader->hasValue(SecretId::StripeSecretKey));
        QCOMPARE(keyringLookup(dir.path(), secretStorageKey(SecretId::StripeSecretKey)), QString());
    }

    void environmentOverridesStoredValue()
    {
        QTemporaryDir dir;
        auto store = loadedStore(dir.path());
        QVERIFY(store);
        QVERIFY(setAndWait(*store, SecretId::OpenAiApiKey, QStringLiteral("sk-proj-StoredInKeyring0123456")));

        QProcessEnvironment environment;
        environment.insert(QStringLiteral("DEWEY_OPENAI_API_KEY"),
                           QStringLiteral("sk-proj-FromEnvironment98765"));
        environment.insert(QStringLiteral("DEWEY_STRIPE_API_KEY"), QString()); // empty: no override
        auto overridden = loadedStore(dir.path(), environment);
        QVERIFY(overridden);
        QCOMPARE(overridden->value(SecretId::OpenAiApiKey), QStringLiteral("sk-proj-FromEnvironment98765"));
        QVERIFY(overridden->isOverriddenByEnvironment(SecretId::OpenAiApiKey));
        QVERIFY(!overridden->isOverriddenByEnvironment(SecretId::StripeSecretKey));
        // Both values are secrets the log must never show.
        const QStringList known = overridden->knownSecretValues();
        QVERIFY(known.contains(QStringLiteral("sk-proj-FromEnvironment98765")));
        QVERIFY(known.contains(QStringLiteral("sk-proj-StoredInKeyring0123456")));

        // The override does not replace what is stored.
        auto plain = loadedStore(dir.path());
        QVERIFY(plain);
        QCOMPARE(plain->value(SecretId::OpenAiApiKey), QStringLiteral("sk-proj-StoredInKeyring0123456"));
    }

    void dataFoldersDoNotShareSecrets()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        auto storeA = loadedStore(first.path());
        QVERIFY(storeA);
        auto storeB = loadedStore(second.path());
        QVERIFY(storeB);
        QVERIFY(!storeB->hasValue(SecretId::StripeWebhookSecret));
        QVERIFY(
            setAndWait(*storeA, SecretId::StripeWebhookSecret, QStringLiteral("whsec_ProfileAAAAAAAAAA")));
        QVERIFY(
            setAndWait(*storeB, SecretId::StripeWebhookSecret, QStringLiteral("whsec_ProfileBBBBBBBBBB")));

        auto againA = loadedStore(first.path());
        auto againB = loadedStore(second.path());
        QVERIFY(againA && againB);
        QCOMPARE(againA->value(SecretId::StripeWebhookSecret), QStringLiteral("whsec_ProfileAAAAAAAAAA"));
        QCOMPARE(againB->value(SecretId::StripeWebhookSecret), QStringLiteral("whsec_ProfileBBBBBBBBBB"));

        const QString defaultFolder = DataDirectory::defaultPath();
        QCOMPARE(KeychainSecretBackend::keyPrefixForDataDirectory(defaultFolder, defaultFolder), QString());
        QVERIFY(KeychainSecretBackend::keyPrefixForDataDirectory(first.path(), defaultFolder) !=
                KeychainSecretBackend::keyPrefixForDataDirectory(second.path(), defaultFolder));
    }

    void movingToFileAndBackKeepsValues()
    {
        QTemporaryDir dir;
        const QString secretsFile = DataDirectory(dir.path()).secretsFilePath();
        const QString key = secretStorageKey(SecretId::StripeSecretKey);
        auto store = loadedStore(dir.path());
        QVERIFY(store);
        QVERIFY(setAndWait(*store, SecretId::StripeSecretKey, QStringLiteral("sk_live_51MoveAround0123456")));

        QSignalSpy changed(store.get(), &SecretStore::storageModeChanged);
        store->setStorageMode(SecretStorageMode::File);
        QVERIFY(waitForCount(changed, 1));
        QCOMPARE(store->storageMode(), SecretStorageMode::File);
        QVERIFY(QFile::exists(secretsFile));
        QCOMPARE(keyringLookup(dir.path(), key), QString());

        store->setStorageMode(SecretStorageMode::Keychain);
        QVERIFY(waitForCount(changed, 2));
        QVERIFY(!QFile::exists(secretsFile));
        QCOMPARE(keyringLookup(dir.path(), key), QStringLiteral("sk_live_51MoveAround0123456"));
        auto reader = loadedStore(dir.path());
        QVERIFY(reader);
        QCOMPARE(reader->value(SecretId::StripeSecretKey), QStringLiteral("sk_live_51MoveAround0123456"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreKeyring)
#include "tst_secretstore_keyring.moc"
