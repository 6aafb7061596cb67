#include "AlertPauseState.h"

#include "db/AppStateRepository.h"
#include "log/LogCategories.h"

namespace Dewey {

namespace {
const QString kPausedValue = QStringLiteral("1");
const QString kRunningValue = QStringLiteral("0");
} // namespace

QString AlertPauseState::storageKey()
{
    return QStringLiteral("alerts/paused");
}

AlertPauseState::AlertPauseState(AppStateRepository& appState, QObject* parent)
    : QObject(parent)
    , m_appState(appState)
    , m_paused(appState.value(storageKey(), kRunningValue) == kPausedValue)
{}

bool AlertPauseState::setPaused(bool paused, QString* error)
{
    if (paused == m_paused)
        return true;
    QString reason;
    if (!m_appState.setValue(storageKey(), paused ? kPausedValue : kRunningValue, &reason)) {
        qCWarning(lcGui) << "Could not remember the alert pause:" << reason;
        if (error)
            *error = reason;
        return false;
    }
    m_paused = paused;
    emit pausedChanged(m_paused);
    return true;
}

} // namespace Dewey
