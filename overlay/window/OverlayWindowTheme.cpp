#include "window/OverlayWindowTheme.h"

namespace Dewey {

OverlayWindowTheme OverlayWindowTheme::named(const QString& name)
{
    if (name == QLatin1String("neon")) {
        return {QColor(8, 6, 24, 235),    QColor(20, 8, 40, 235),   QColor(0x3d, 0xf5, 0xff),
                QColor(0xff, 0x3d, 0xf2), QColor(0xef, 0xfe, 0xff), QColor(0xff, 0xe3, 0xfd),
                QColor(0, 0, 0, 200)};
    }
    if (name == QLatin1String("minimal")) {
        return {QColor(0, 0, 0, 150),     QColor(0, 0, 0, 150),     QColor(255, 255, 255, 30),
                QColor(0x4d, 0xd4, 0xff), QColor(0x4d, 0xd4, 0xff), QColor(0xe9, 0xf8, 0xff),
                QColor(0, 0, 0, 230)};
    }
    if (name == QLatin1String("pop")) {
        return {QColor(0xff, 0xfa, 0xf0),  QColor(0xff, 0xfa, 0xf0), QColor(0x17, 0x13, 0x1f),
                QColor(0xff, 0x7a, 0xb6),  QColor(0x7b, 0x2c, 0xbf), QColor(0x3d, 0x34, 0x50),
                QColor(255, 255, 255, 230)};
    }
    // default.css: a dark glass card with gold and pink accents.
    return {QColor(22, 20, 40, 240),  QColor(38, 22, 58, 240),  QColor(255, 255, 255, 36),
            QColor(0xff, 0x5c, 0x9d), QColor(0xff, 0xc9, 0x3c), QColor(255, 255, 255),
            QColor(0, 0, 0, 210)};
}

} // namespace Dewey
