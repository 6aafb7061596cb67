#include "instance/SingleInstance.h"

#include <QEventLoop>
#include <QFile>
#include <QHostInfo>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using Dewey::SingleInstance;

// A second launch must find the first, hand it a message, and never start a second set of servers.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondLaunchReachesTheFirst();
    void secondLaunchHearsWhatTheFirstIs();
    void separateDataFoldersDoNotInterfere();
    void theFolderIsFreeAgainAfterTheFirstQuits();
    void staleLockOfACrashedProcessIsTakenOver();
};

void TestSingleInstance::secondLaunchReachesTheFirst()
{
    QTemporaryDir dir;
    QString error;
    SingleInstance first(dir.path());
    QCOMPARE(first.claim("unused", &error), SingleInstance::Role::Primary);
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    SingleInstance second(dir.path());
    QCOMPARE(second.claim("activate", &error), SingleInstance::Role::Secondary);
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toByteArray(), QByteArray("activate"));
}

void TestSingleInstance::secondLaunchHearsWhatTheFirstIs()
{
    // The first process runs its own event loop (here a thread): the second waits for its answer.
    QTemporaryDir dir;
    QSemaphore claimed;
    SingleInstance::Role firstRole = SingleInstance::Role::Failed;
    QByteArray firstHeard;
    std::unique_ptr<QThread> first(QThread::create([&] {
        SingleInstance instance(dir.path());
        instance.setAnswer(SingleInstance::kAnswerHeadless);
        QString error;
        firstRole = instance.claim("unused", &error);
        QEventLoop loop;
        QObject::connect(&instance, &SingleInstance::messageReceived, &loop, [&](const QByteArray& message) {
            firstHeard = message;
            loop.quit();
        });
        claimed.release();
        if (firstRole == SingleInstance::Role::Primary)
            loop.exec();
    }));
    first->start();
    QVERIFY(claimed.tryAcquire(1, 30000));
    QCOMPARE(firstRole, SingleInstance::Role::Primary);

    SingleInstance second(dir.path());
    QString error;
    QByteArray answer;
    QCOMPARE(second.claim("activate", &error, &answer), SingleInstance::Role::Secondary);
    QCOMPARE(answer, QByteArray(SingleInstance::kAnswerHeadless));
    QVERIFY(first->wait(30000));
    QCOMPARE(firstHeard, QByteArray("activate"));
}

void TestSingleInstance::separateDataFoldersDoNotInterfere()
{
    QTemporaryDir a;
    QTemporaryDir b;
    QString error;
    SingleInstance first(a.path());
    SingleInstance second(b.path());
    QCOMPARE(first.claim("x", &error), SingleInstance::Role::Primary);
    QCOMPARE(second.claim("x", &error), SingleInstance::Role::Primary);
    QVERIFY(SingleInstance::serverNameFor(a.path()) != SingleInstance::serverNameFor(b.path()));
}

void TestSingleInstance::theFolderIsFreeAgainAfterTheFirstQuits()
{
    QTemporaryDir dir;
    QString error;
    {
        SingleInstance first(dir.path());
        QCOMPARE(first.claim("x", &error), SingleInstance::Role::Primary);
    }
    SingleInstance next(dir.path());
    QCOMPARE(next.claim("x", &error), SingleInstance::Role::Primary);
}

void TestSingleInstance::staleLockOfACrashedProcessIsTakenOver()
{
    QTemporaryDir dir;
    // What a killed Dewey leaves behind: a lock naming a process that no longer exists.
    QFile lock(dir.filePath(QStringLiteral("dewey.lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("2147480000\ndewey\n" + QHostInfo::localHostName().toUtf8() + "\n");
    lock.close();

    QString error;
    SingleInstance instance(dir.path());
    QCOMPARE(instance.claim("x", &error), SingleInstance::Role::Primary);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
