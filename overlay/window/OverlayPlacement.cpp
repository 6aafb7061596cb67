#include "window/OverlayPlacement.h"

#include <QGuiApplication>
#include <QScreen>

#include <algorithm>

namespace Dewey {

QScreen* OverlayPlacement::screenNamed(const QString& name)
{
    if (!name.isEmpty()) {
        const QList<QScreen*> screens = QGuiApplication::screens();
        for (QScreen* screen : screens) {
            if (screen->name() == name)
                return screen;
        }
    }
    return QGuiApplication::primaryScreen();
}

QPoint OverlayPlacement::topLeftInCorner(const QRect& available, const QSize& size, Qt::Corner corner,
                                         int margin)
{
    const bool right = corner == Qt::TopRightCorner || corner == Qt::BottomRightCorner;
    const bool bottom = corner == Qt::BottomLeftCorner || corner == Qt::BottomRightCorner;
    const int x = right ? available.x() + available.width() - margin - size.width() : available.x() + margin;
    const int y =
        bottom ? available.y() + available.height() - margin - size.height() : available.y() + margin;
    // A card wider than a tiny screen still starts on it, so its start (the title) stays visible.
    return {std::max(x, available.x()), std::max(y, available.y())};
}

} // namespace Dewey
