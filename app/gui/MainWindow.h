#pragma once
#include <QMainWindow>
namespace Dewey {
class MainWindow : public QMainWindow
{
    Q_OBJECT
};
} // namespace Dewey
