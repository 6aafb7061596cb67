#pragma once

#include "AppServices.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Dewey {
class Autostart;
}

namespace DeweyTest {

// A real AppServices on a temporary data folder, opened, with its secrets loaded and both servers
// listening on free ports: what the GUI sees in the real app, minus the fixed ports. The start-at-login
// entry lives in that folder too, never in the real session's autostart folder.
class GuiServices
{
public:
    // environment holds only what the test wants (no DEWEY_* leaking in from the developer's shell).
    explicit GuiServices(const QProcessEnvironment& environment = QProcessEnvironment());
    ~GuiServices();

    // Empty when everything started; else what failed.
    QString error() const { return m_error; }
    Dewey::AppServices& services() { return *m_services; }
    Dewey::Autostart& autostart() { return *m_autostart; }
    QString dataPath() const { return m_dataDir.path(); }

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<Dewey::AppServices> m_services;
    std::unique_ptr<Dewey::Autostart> m_autostart;
    QString m_error;
};

} // namespace DeweyTest
