#include "AlertTestDoubles.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertRepository.h"
#include "db/AppStateRepository.h"
#include "db/Database.h"
#include "settings/Settings.h"
#include "window/OverlayPlacement.h"
#include "window/OverlayWindow.h"
#include "window/OverlayWindowController.h"
#include "window/OverlayWindowTheme.h"

#include <QAbstractAnimation>
#include <QApplication>
#include <QGuiApplication>
#include <QImage>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Dewey;
using DeweyTest::ManualClock;
using DeweyTest::ManualTimer;

namespace {

// Generous: these wait for conditions, not for time to pass.
constexpr int kDeadlineMs = 20000;

int opaquePixels(const QImage& image, const QRect& area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 200)
                ++count;
        }
    }
    return count;
}

} // namespace

// The native overlay sits over the streamer's game: it must never take focus or clicks, show the
// queue's alert in the chosen corner, answer the queue like an OBS page, and cost nothing when idle.
class TestOverlayWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void windowNeverTakesFocusOrClicks();
    void cornerPlacement_data();
    void cornerPlacement();
    void unknownScreenFallsBackToPrimary();
    void showsTheQueuedAlertInTheChosenCorner_data();
    void showsTheQueuedAlertInTheChosenCorner();
    void reportsDoneAndGoesIdle();
    void skipTakesTheCardOff();
    void settingTurnsTheWindowOnAndOff();
    void clickThroughFollowsTheSetting_data();
    void clickThroughFollowsTheSetting();

private:
    qint64 enqueue(const QString& title, const QString& text, int durationMs);
    void startController();

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{DeweyTest::alertsClockStart()};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppStateRepository> m_appState;
    std::unique_ptr<AlertRepository> m_repository;
    std::unique_ptr<AlertComposer> m_composer;
    std::unique_ptr<AlertQueue> m_queue;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<OverlayWindowController> m_controller;
};

void TestOverlayWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<Database>();
    const Database::OpenResult opened = m_database->open(m_dir->filePath(QStringLiteral("dewey.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    m_appState = std::make_unique<AppStateRepository>(*m_database, m_clock);
    m_repository = std::make_unique<AlertRepository>(*m_database, m_clock);
    m_composer = std::make_unique<AlertComposer>(m_clock);
    // The queue's own deadline never fires by itself: every done in these tests comes from the window.
    m_queue = std::make_unique<AlertQueue>(*m_repository, *m_appState, *m_composer, m_clock,
                                           std::make_unique<ManualTimer>());
    QString error;
    QVERIFY2(m_queue->load(&error), qPrintable(error));
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestOverlayWindow::cleanup()
{
    m_controller.reset();
    m_queue.reset();
    m_settings.reset();
    m_composer.reset();
    m_repository.reset();
    m_appState.reset();
    m_database.reset();
    m_dir.reset();
}

void TestOverlayWindow::startController()
{
    m_settings->setOverlayWindowEnabled(true);
    m_controller = std::make_unique<OverlayWindowController>(*m_queue, *m_settings);
    QVERIFY(m_controller->window());
    m_controller->window()->setAnimationDurationMs(1);
}

qint64 TestOverlayWindow::enqueue(const QString& title, const QString& text, int durationMs)
{
    static int serial = 0;
    Alert alert;
    alert.eventId = QStringLiteral("test_window_%1").arg(++serial);
    alert.kind = AlertKind::Test;
    alert.buyer = QStringLiteral("Alex");
    alert.title = title;
    alert.text = text;
    alert.durationMs = durationMs;
    alert.createdAt = m_clock.now();
    QString error;
    const qint64 id = m_queue->enqueue(alert, &error);
    if (id == 0)
        qWarning() << error;
    return id;
}

void TestOverlayWindow::windowNeverTakesFocusOrClicks()
{
    OverlayWindow window;
    const Qt::WindowFlags flags = window.windowFlags();
    QVERIFY(window.isWindow());
    QCOMPARE(flags & Qt::WindowType_Mask, Qt::Tool); // not in the task bar
    QVERIFY(flags.testFlag(Qt::FramelessWindowHint));
    QVERIFY(flags.testFlag(Qt::WindowStaysOnTopHint));
    QVERIFY(flags.testFlag(Qt::WindowDoesNotAcceptFocus));
    QVERIFY(flags.testFlag(Qt::WindowTransparentForInput));
    QVERIFY(window.testAttribute(Qt::WA_TranslucentBackground));
    QVERIFY(window.testAttribute(Qt::WA_ShowWithoutActivating));
    QVERIFY(window.testAttribute(Qt::WA_TransparentForMouseEvents));
    QCOMPARE(window.focusPolicy(), Qt::NoFocus);
    QVERIFY(window.isIdle());
}

void TestOverlayWindow::cornerPlacement_data()
{
    QTest::addColumn<Qt::Corner>("corner");
    QTest::addColumn<QPoint>("expected");
    // A second monitor to the right of a 1920-wide one, with a 40 px task bar at the bottom.
    QTest::addRow("top left") << Qt::TopLeftCorner << QPoint(1920 + 24, 24);
    QTest::addRow("top right") << Qt::TopRightCorner << QPoint(1920 + 2560 - 24 - 400, 24);
    QTest::addRow("bottom left") << Qt::BottomLeftCorner << QPoint(1920 + 24, 1400 - 24 - 150);
    QTest::addRow("bottom right") << Qt::BottomRightCorner << QPoint(1920 + 2560 - 24 - 400, 1400 - 24 - 150);
}

void TestOverlayWindow::cornerPlacement()
{
    QFETCH(Qt::Corner, corner);
    QFETCH(QPoint, expected);
    const QRect available(1920, 0, 2560, 1400);
    QCOMPARE(OverlayPlacement::topLeftInCorner(available, QSize(400, 150), corner), expected);
}

void TestOverlayWindow::unknownScreenFallsBackToPrimary()
{
    QScreen* primary = QGuiApplication::primaryScreen();
    QVERIFY(primary);
    QCOMPARE(OverlayPlacement::screenNamed(QStringLiteral("a monitor unplugged last week")), primary);
    QCOMPARE(OverlayPlacement::screenNamed(QString()), primary);
    QCOMPARE(OverlayPlacement::screenNamed(primary->name()), primary);
}

void TestOverlayWindow::showsTheQueuedAlertInTheChosenCorner_data()
{
    QTest::addColumn<Qt::Corner>("corner");
    QTest::addColumn<QString>("title");
    QTest::addRow("top right") << Qt::TopRightCorner << QStringLiteral("Alex just bought Hoodie ×2 — $64.00");
    QTest::addRow("bottom left") << Qt::BottomLeftCorner << QStringLiteral("Sam just bought Mug — $12.00");
    QTest::addRow("hostile buyer, top left")
        << Qt::TopLeftCorner << QStringLiteral("<img src=x onerror=alert(1)> just bought Mug — $12.00");
    QTest::addRow("bottom right") << Qt::BottomRightCorner
                                  << QStringLiteral("Kim just bought Sticker — ¥500");
}

void TestOverlayWindow::showsTheQueuedAlertInTheChosenCorner()
{
    QFETCH(Qt::Corner, corner);
    QFETCH(QString, title);
    QScreen* screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    m_settings->setOverlayWindowScreen(screen->name());
    m_settings->setOverlayWindowCorner(corner);
    startController();
    OverlayWindow* window = m_controller->window();
    QVERIFY(window->isHidden());
    QCOMPARE(m_queue->overlayCount(), 1);

    QSignalSpy shown(m_queue.get(), &AlertQueue::alertShown);
    const qint64 id = enqueue(title, QStringLiteral("Thanks for the support!"), 600000);
    QVERIFY(id > 0);
    QVERIFY(window->isVisible());
    QCOMPARE(window->currentAlertId(), id);
    QCOMPARE(window->currentTitle(), title); // the buyer's text as it is, never interpreted
    QCOMPARE(window->currentText(), QStringLiteral("Thanks for the support!"));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kDeadlineMs);
    QCOMPARE(shown.first().first().toLongLong(), id);

    // In the chosen corner of the chosen screen, clear of its edges.
    const QRect available = screen->availableGeometry();
    const QRect frame = window->geometry();
    QVERIFY2(available.contains(frame), qPrintable(QStringLiteral("window outside the screen")));
    const bool right = corner == Qt::TopRightCorner || corner == Qt::BottomRightCorner;
    const bool bottom = corner == Qt::BottomLeftCorner || corner == Qt::BottomRightCorner;
    QCOMPARE(right ? available.right() - frame.right() : frame.left() - available.left(),
             OverlayPlacement::Margin);
    QCOMPARE(bottom ? available.bottom() - frame.bottom() : frame.top() - available.top(),
             OverlayPlacement::Margin);

    // A solid card in the middle, see-through around it (the game shows there).
    const QImage image = window->grab().toImage().convertToFormat(QImage::Format_ARGB32);
    QVERIFY(!image.isNull());
    const QRect middle(image.width() / 4, image.height() / 4, image.width() / 2, image.height() / 2);
    QVERIFY2(opaquePixels(image, middle) > middle.width() * middle.height() * 9 / 10,
             qPrintable(QStringLiteral("the card is not drawn")));
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(image.width() - 1, 0)), 0);
    // The title's letters are filled with the theme's title colour.
    const QRgb titleColour = OverlayWindowTheme::named(QString()).title.rgb();
    int titlePixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            titlePixels += image.pixel(x, y) == titleColour ? 1 : 0;
    }
    QVERIFY2(titlePixels > 50, qPrintable(QStringLiteral("only %1 title pixels").arg(titlePixels)));
}

void TestOverlayWindow::reportsDoneAndGoesIdle()
{
    startController();
    OverlayWindow* window = m_controller->window();
    QSignalSpy finished(m_queue.get(), &AlertQueue::alertFinished);
    const qint64 id = enqueue(QStringLiteral("Alex just bought Hoodie"), QString(), 50);
    QVERIFY(id > 0);
    QVERIFY(!window->isIdle());

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kDeadlineMs);
    QCOMPARE(finished.first().at(0).toLongLong(), id);
    QCOMPARE(finished.first().at(1).value<AlertQueue::FinishReason>(), AlertQueue::FinishReason::Done);

    // Between alerts: hidden, and nothing ticking.
    QVERIFY(window->isIdle());
    QVERIFY(window->isHidden());
    QCOMPARE(window->currentAlertId(), qint64(0));
    const QList<QTimer*> timers = window->findChildren<QTimer*>();
    for (const QTimer* timer : timers)
        QVERIFY(!timer->isActive());
    const QList<QAbstractAnimation*> animations = window->findChildren<QAbstractAnimation*>();
    QVERIFY(!animations.isEmpty());
    for (const QAbstractAnimation* animation : animations)
        QCOMPARE(animation->state(), QAbstractAnimation::Stopped);
}

void TestOverlayWindow::skipTakesTheCardOff()
{
    startController();
    OverlayWindow* window = m_controller->window();
    QSignalSpy finished(m_queue.get(), &AlertQueue::alertFinished);
    QSignalSpy shown(m_queue.get(), &AlertQueue::alertShown);
    QVERIFY(enqueue(QStringLiteral("Alex just bought Hoodie"), QString(), 600000) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kDeadlineMs);

    QVERIFY(m_queue->skip());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).value<AlertQueue::FinishReason>(), AlertQueue::FinishReason::Skipped);
    QTRY_VERIFY_WITH_TIMEOUT(window->isIdle(), kDeadlineMs);
    QCOMPARE(finished.count(), 1);
}

void TestOverlayWindow::settingTurnsTheWindowOnAndOff()
{
    m_controller = std::make_unique<OverlayWindowController>(*m_queue, *m_settings);
    QVERIFY(!m_controller->isEnabled()); // off until the streamer asks for it
    QCOMPARE(m_queue->overlayCount(), 0);

    QSignalSpy enabled(m_controller.get(), &OverlayWindowController::enabledChanged);
    m_settings->setOverlayWindowEnabled(true); // what the tray and the Settings page do
    QVERIFY(m_controller->window());
    QCOMPARE(m_queue->overlayCount(), 1);
    QCOMPARE(m_controller->window()->corner(), Qt::TopRightCorner);

    m_settings->setOverlayWindowCorner(Qt::BottomLeftCorner);
    QCOMPARE(m_controller->window()->corner(), Qt::BottomLeftCorner);

    m_controller->setEnabled(false);
    QVERIFY(!m_controller->window());
    QCOMPARE(m_queue->overlayCount(), 0);
    QVERIFY(!m_settings->overlayWindowEnabled());
    QCOMPARE(enabled.count(), 2);
}

void TestOverlayWindow::clickThroughFollowsTheSetting_data()
{
    QTest::addColumn<bool>("cardOnScreen");
    QTest::addRow("idle window") << false;
    QTest::addRow("card on screen") << true;
}

void TestOverlayWindow::clickThroughFollowsTheSetting()
{
    QFETCH(bool, cardOnScreen);
    QVERIFY(m_settings->overlayWindowClickThrough()); // on unless the streamer turns it off
    startController();
    OverlayWindow* window = m_controller->window();
    QVERIFY(window->isClickThrough());
    if (cardOnScreen) {
        QVERIFY(enqueue(QStringLiteral("Alex just bought Hoodie"), QString(), 600000) > 0);
        QVERIFY(window->isVisible());
    }
    const QPoint position = window->pos();

    const auto checkStaysAnOverlay = [&] {
        const Qt::WindowFlags flags = window->windowFlags();
        QCOMPARE(flags & Qt::WindowType_Mask, Qt::Tool); // still not in the task bar
        QVERIFY(flags.testFlag(Qt::FramelessWindowHint));
        QVERIFY(flags.testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(flags.testFlag(Qt::WindowDoesNotAcceptFocus));
        QVERIFY(window->testAttribute(Qt::WA_ShowWithoutActivating));
        QCOMPARE(window->focusPolicy(), Qt::NoFocus);
        // A card on screen stays there, in its corner: the flag change re-shows the window.
        QCOMPARE(window->isVisible(), cardOnScreen);
        if (cardOnScreen)
            QCOMPARE(window->pos(), position);
    };

    m_settings->setOverlayWindowClickThrough(false);
    QVERIFY(!window->isClickThrough());
    QVERIFY(!window->windowFlags().testFlag(Qt::WindowTransparentForInput));
    QVERIFY(!window->testAttribute(Qt::WA_TransparentForMouseEvents));
    checkStaysAnOverlay();
    QCOMPARE(QApplication::activeWindow(), nullptr); // re-showing took no focus

    m_settings->setOverlayWindowClickThrough(true);
    QVERIFY(window->isClickThrough());
    QVERIFY(window->windowFlags().testFlag(Qt::WindowTransparentForInput));
    QVERIFY(window->testAttribute(Qt::WA_TransparentForMouseEvents));
    checkStaysAnOverlay();

    // A window made while the setting is off starts with clicks reaching it.
    m_settings->setOverlayWindowClickThrough(false);
    m_controller->setEnabled(false);
    m_controller->setEnabled(true);
    QVERIFY(m_controller->window());
    QVERIFY(!m_controller->window()->isClickThrough());
}

QTEST_MAIN(TestOverlayWindow)
#include "tst_overlaywindow.moc"
