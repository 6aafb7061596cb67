#include "alerts/AlertPreview.h"

namespace Dewey {

AlertPreview::AlertPreview(QWidget* parent)
    : AlertCard(parent)
{
    setObjectName(QStringLiteral("alertPreview"));
    setAccessibleName(tr("Alert preview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize AlertPreview::sizeHint() const
{
    return {480, 110};
}

QSize AlertPreview::minimumSizeHint() const
{
    return {240, 110};
}

} // namespace Dewey
