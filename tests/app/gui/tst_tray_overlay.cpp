#include "AppearanceSection.h"
#include "TrayController.h"
#include "alerts/AlertQueue.h"
#include "tst_alerts_fixture.h"
#include "window/OverlayWindow.h"
#include "window/OverlayWindowController.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QMenu>
#include <QTest>

using namespace Dewey;
using DeweyTest::AlertsFixture;

// The native overlay window is switched from the tray and from Settings → Appearance; both only change
// the setting, and the window follows.
class TestTrayOverlay : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void trayToggleShowsAndHidesTheWindow();
    void settingsToggleAndPlacement();

private:
    std::unique_ptr<AlertsFixture> m_fixture;
};

void TestTrayOverlay::init()
{
    m_fixture = std::make_unique<AlertsFixture>();
}

void TestTrayOverlay::cleanup()
{
    m_fixture.reset();
}

void TestTrayOverlay::trayToggleShowsAndHidesTheWindow()
{
    QWidget window;
    AlertQueue& queue = m_fixture->alerts->queue();
    TrayController tray(window, queue, false);
    QVERIFY(!tray.overlayWindowAction());
    tray.addOverlayWindowToggle(*m_fixture->settings);
    OverlayWindowController controller(queue, *m_fixture->settings);
    QAction* toggle = tray.overlayWindowAction();
    QVERIFY(toggle);
    QVERIFY(toggle->isCheckable());
    QVERIFY(tray.menu()->actions().contains(toggle));
    QVERIFY(!toggle->isChecked());
    QVERIFY(!controller.window());
    QCOMPARE(queue.clientCount(), 0);

    toggle->trigger();
    QVERIFY(toggle->isChecked());
    QVERIFY(m_fixture->settings->overlayWindowEnabled());
    QVERIFY(controller.window());
    QCOMPARE(queue.clientCount(), 1);
    // The window is a client of the queue: a test alert puts a card on it.
    QVERIFY(queue.sendTestAlert() != 0);
    QTRY_VERIFY(controller.window()->isVisible());
    QCOMPARE(controller.window()->currentTitle(), queue.current()->title);

    toggle->trigger();
    QVERIFY(!toggle->isChecked());
    QVERIFY(!m_fixture->settings->overlayWindowEnabled());
    QVERIFY(!controller.window());
    QCOMPARE(queue.clientCount(), 0);

    // Switched on elsewhere (Settings): the tray's check mark follows.
    m_fixture->settings->setOverlayWindowEnabled(true);
    QVERIFY(toggle->isChecked());
    QVERIFY(controller.window());
}

void TestTrayOverlay::settingsToggleAndPlacement()
{
    AlertQueue& queue = m_fixture->alerts->queue();
    OverlayWindowController controller(queue, *m_fixture->settings);
    AppearanceSection section(*m_fixture->settings);
    QVERIFY(!section.overlayWindowCheck()->isChecked());
    QVERIFY(!section.overlayCornerCombo()->isEnabled());

    section.overlayWindowCheck()->setChecked(true);
    QVERIFY(m_fixture->settings->overlayWindowEnabled());
    QVERIFY(controller.window());
    QVERIFY(section.overlayCornerCombo()->isEnabled());

    const int bottomLeft = section.overlayCornerCombo()->findData(int(Qt::BottomLeftCorner));
    section.overlayCornerCombo()->setCurrentIndex(bottomLeft);
    QCOMPARE(m_fixture->settings->overlayWindowCorner(), Qt::BottomLeftCorner);
    QCOMPARE(controller.window()->corner(), Qt::BottomLeftCorner);

    // Click-through: on by default, and the window follows the box at once.
    QCheckBox* clickThrough = section.overlayClickThroughCheck();
    QVERIFY(clickThrough->isEnabled());
    QVERIFY(clickThrough->isChecked());
    QVERIFY(controller.window()->isClickThrough());
    clickThrough->setChecked(false);
    QVERIFY(!m_fixture->settings->overlayWindowClickThrough());
    QVERIFY(!controller.window()->isClickThrough());
    QVERIFY(!controller.window()->windowFlags().testFlag(Qt::WindowTransparentForInput));
    m_fixture->settings->setOverlayWindowClickThrough(true);
    QVERIFY(clickThrough->isChecked());
    QVERIFY(controller.window()->isClickThrough());

    // Changed from the tray: the section follows.
    m_fixture->settings->setOverlayWindowEnabled(false);
    QVERIFY(!section.overlayWindowCheck()->isChecked());
    QVERIFY(!controller.window());
}

QTEST_MAIN(TestTrayOverlay)
#include "tst_tray_overlay.moc"
