#pragma once

#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>

class QScreen;

namespace Dewey {

// Where the native overlay window goes: which screen, and the top-left point that puts a window of
// a given size into a corner of that screen's usable area (clear of task bars and docks).
class OverlayPlacement
{
public:
    // Distance from the screen edges, in device-independent pixels.
    static constexpr int Margin = 24;

    // The screen called name (QScreen::name()); the primary screen when it is empty or not connected
    // (a monitor unplugged since it was chosen).
    static QScreen* screenNamed(const QString& name);
    static QPoint topLeftInCorner(const QRect& available, const QSize& size, Qt::Corner corner,
                                  int margin = Margin);
};

} // namespace Dewey
