#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Dewey {

// Start-up of the `dewey` GUI: command line, single instance, services, language, main window.
// main() only creates the QApplication and calls run().
class DeweyApp
{
    Q_DECLARE_TR_FUNCTIONS(DeweyApp)

public:
    int run(const QStringList& arguments);
};

} // namespace Dewey
