#include "GuiServices.h"

#include "common/DataDirectory.h"
#include "platform/XdgAutostart.h"
#include "secrets/SecretStore.h"

#include <QSignalSpy>

namespace DeweyTest {

GuiServices::GuiServices(const QProcessEnvironment& environment)
{
    if (!m_dataDir.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_dataDir.errorString();
        return;
    }
    m_autostart =
        std::make_unique<Dewey::XdgAutostart>(Dewey::AutostartEntry{QStringLiteral("stream.dewey.Dewey"),
                                                                    QStringLiteral("Dewey"),
                                                                    QStringLiteral("/usr/bin/dewey"),
                                                                    {},
                                                                    QStringLiteral("stream.dewey.Dewey")},
                                              m_dataDir.filePath(QStringLiteral("autostart")));
    Dewey::AppServices::Options options;
    options.logToStderr = false;
    m_services =
        std::make_unique<Dewey::AppServices>(Dewey::DataDirectory(m_dataDir.path()), environment, options);
    QSignalSpy loaded(m_services.get(), &Dewey::AppServices::secretsLoaded);
    if (!m_services->open(&m_error))
        return;
    if (!m_services->secrets().isLoaded() && loaded.isEmpty() && !loaded.wait(30000)) {
        m_error = QStringLiteral("secrets never finished loading");
        return;
    }
    m_services->startServers({0, 0}, &m_error);
}

GuiServices::~GuiServices()
{
    if (m_services)
        m_services->shutdown();
}

} // namespace DeweyTest
