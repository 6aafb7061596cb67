#include "GuiServices.h"

#include "common/DataDirectory.h"
#include "secrets/SecretStore.h"

#include <QSignalSpy>

namespace DeweyTest {

GuiServices::GuiServices(const QProcessEnvironment& environment)
{
    if (!m_dataDir.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_dataDir.errorString();
        return;
    }
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
