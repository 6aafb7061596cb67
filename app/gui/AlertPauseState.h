#pragma once

#include <QObject>
#include <QString>

namespace Dewey {

class AppStateRepository;

// Whether alerts are paused. The tray, the status bar and the Alerts area show it; the alert queue
// (a later issue) listens to pausedChanged(). Kept in the app state so a pause survives a restart:
// a streamer who paused alerts before going offline must not be surprised by them next stream.
class AlertPauseState : public QObject
{
    Q_OBJECT

public:
    static QString storageKey();

    explicit AlertPauseState(AppStateRepository& appState, QObject* parent = nullptr);

    bool isPaused() const { return m_paused; }

    // Persists first; the state only changes when it was stored.
    bool setPaused(bool paused, QString* error = nullptr);

signals:
    void pausedChanged(bool paused);

private:
    AppStateRepository& m_appState;
    bool m_paused = false;
};

} // namespace Dewey
