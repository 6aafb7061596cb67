#pragma once

#include <QObject>

class QSocketNotifier;

namespace Dewey {

// Turns SIGINT/SIGTERM (Ctrl+C and console close on Windows) into a Qt signal delivered on the
// event loop, so a headless `dewey-cli serve` stops cleanly: servers closed, database closed.
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void shutdownRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Dewey
