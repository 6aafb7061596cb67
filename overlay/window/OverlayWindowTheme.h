#pragma once

#include <QColor>
#include <QString>

namespace Dewey {

// The colours of the native window's card, one set per built-in theme of the overlay page
// (overlay/web/themes/*.css), so the window and the OBS page look like the same product.
struct OverlayWindowTheme
{
    QColor cardTop;
    QColor cardBottom;
    QColor border;
    QColor accent; // the bar on the card's edge
    QColor title;
    QColor text;
    QColor outline; // around the letters, so they stay readable over anything

    // The theme of that name; unknown names get the default theme, as the page does.
    static OverlayWindowTheme named(const QString& name);
};

} // namespace Dewey
