#pragma once
#include <QWidget>
namespace Dewey {
class OverlayWindow : public QWidget
{
    Q_OBJECT
};
} // namespace Dewey
