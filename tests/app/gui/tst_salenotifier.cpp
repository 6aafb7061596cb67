#include "GuiServices.h"
#include "SaleNotifier.h"
#include "TrayController.h"
#include "alerts/AlertsModule.h"
#include "settings/Settings.h"
#include "stripe/Sale.h"
#include "stripe/SalesLedger.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace Dewey;
using DeweyTest::GuiServices;

namespace {

Sale stickerSale()
{
    Sale sale;
    sale.id = 7;
    sale.buyerName = QStringLiteral("Sam");
    sale.items = {SaleItem{QStringLiteral("Sticker pack"), 2}, SaleItem{QStringLiteral("Mug"), 1}};
    sale.formattedAmount = QStringLiteral("$64.00");
    return sale;
}

} // namespace

class TestSaleNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void notifiesOnlyWhileHiddenAndWanted_data();
    void notifiesOnlyWhileHiddenAndWanted();
    void textNamesBuyerItemsAndAmount();
};

void TestSaleNotifier::notifiesOnlyWhileHiddenAndWanted_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("window");
    QTest::addColumn<bool>("expected");
    QTest::addRow("on, hidden") << true << QStringLiteral("hidden") << true;
    QTest::addRow("on, minimised") << true << QStringLiteral("minimized") << true;
    QTest::addRow("on, open") << true << QStringLiteral("open") << false;
    QTest::addRow("off, hidden") << false << QStringLiteral("hidden") << false;
}

void TestSaleNotifier::notifiesOnlyWhileHiddenAndWanted()
{
    QFETCH(bool, enabled);
    QFETCH(QString, window);
    QFETCH(bool, expected);
    GuiServices gui;
    QVERIFY2(gui.error().isEmpty(), qPrintable(gui.error()));
    gui.services().settings().setSaleNotifications(enabled);
    QWidget mainWindow;
    if (window == QStringLiteral("open"))
        mainWindow.show();
    else if (window == QStringLiteral("minimized"))
        mainWindow.showMinimized();
    TrayController tray(mainWindow, gui.services().alerts().queue(), false);
    SaleNotifier notifier(gui.services().salesLedger(), gui.services().settings(), mainWindow, tray);
    QSignalSpy notified(&notifier, &SaleNotifier::notified);

    emit gui.services().salesLedger().saleRecorded(stickerSale());
    QCOMPARE(notified.count(), expected ? 1 : 0);
    if (expected) {
        QCOMPARE(notified.first().at(0).toString(), SaleNotifier::title(stickerSale()));
        // No tray offscreen: handed over, but nothing could be shown.
        QCOMPARE(notified.first().at(2).toBool(), false);
    }
}

void TestSaleNotifier::textNamesBuyerItemsAndAmount()
{
    const Sale sale = stickerSale();
    QCOMPARE(SaleNotifier::title(sale), QStringLiteral("New sale: $64.00"));
    QCOMPARE(SaleNotifier::body(sale), QStringLiteral("Sam bought Sticker pack ×2, Mug."));
    Sale noItems = sale;
    noItems.items.clear();
    QCOMPARE(SaleNotifier::body(noItems), QStringLiteral("Sam bought from your store."));
}

QTEST_MAIN(TestSaleNotifier)
#include "tst_salenotifier.moc"
