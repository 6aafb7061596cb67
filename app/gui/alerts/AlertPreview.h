#pragma once

#include "window/AlertCard.h"

namespace Dewey {

// An in-app picture of an alert card (the tier editor's preview): the resolved title and text of an
// Alert on the overlay theme's colours, drawn by the same AlertCard as the native window, scaled to
// fit. Still: no animation, so it costs nothing while shown.
class AlertPreview : public AlertCard
{
    Q_OBJECT

public:
    explicit AlertPreview(QWidget* parent = nullptr);

    void setAlert(const Alert& alert) { showStill(alert); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace Dewey
