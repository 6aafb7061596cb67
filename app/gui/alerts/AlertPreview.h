#pragma once

#include "alerts/Alert.h"
#include "window/OverlayWindowTheme.h"

#include <QWidget>

namespace Dewey {

// An in-app picture of an alert card: the resolved title and text of an Alert (the same strings the
// overlay page and the native window show) on the overlay theme's colours, scaled to fit. Static:
// no animation, so it costs nothing while the Alerts area is open.
class AlertPreview : public QWidget
{
    Q_OBJECT

public:
    explicit AlertPreview(QWidget* parent = nullptr);

    void setAlert(const Alert& alert);
    void setTheme(const OverlayWindowTheme& theme);

    QString title() const { return m_alert.title; }
    QString text() const { return m_alert.text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Alert m_alert;
    OverlayWindowTheme m_theme = OverlayWindowTheme::named(QString());
};

} // namespace Dewey
