#include "AboutDialog.h"
#include "common/DeweyVersion.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Dewey;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void namesVersions();
    void namesLicences();
    void dataFolderButtonAsksForIt();
};

void TestAboutDialog::namesVersions()
{
    AboutDialog dialog;
    const QString text = dialog.text();
    QVERIFY2(text.contains(QStringLiteral("Dewey ") + QString::fromLatin1(kVersion)), qPrintable(text));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
    // The version of the QtKeychain package CMake found, e.g. "0.13.2".
    const QString keychain = AboutDialog::qtKeychainVersion();
    QVERIFY2(keychain.count(QLatin1Char('.')) >= 1 && keychain.at(0).isDigit(), qPrintable(keychain));
    QVERIFY(text.contains(QStringLiteral("QtKeychain ") + keychain));
}

void TestAboutDialog::namesLicences()
{
    AboutDialog dialog;
    const QString text = dialog.text();
    QVERIFY(text.contains(QStringLiteral("LGPL-3.0")));
    QVERIFY(text.contains(QStringLiteral("BSD-3-Clause")));
    QVERIFY(text.contains(QStringLiteral("https://download.qt.io/")));
}

void TestAboutDialog::dataFolderButtonAsksForIt()
{
    AboutDialog dialog;
    QSignalSpy requested(&dialog, &AboutDialog::openDataFolderRequested);
    QVERIFY(!dialog.openDataFolderButton()->accessibleName().isEmpty() ||
            !dialog.openDataFolderButton()->text().isEmpty());
    QTest::mouseClick(dialog.openDataFolderButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
