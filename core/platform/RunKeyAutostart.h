#pragma once

#include "platform/Autostart.h"

#include <QCoreApplication>
#include <QSettings>

namespace Dewey {

// Windows: a value named after the entry under HKCU\Software\Microsoft\Windows\CurrentVersion\Run,
// holding the quoted command line. The store is a QSettings so tests can point it at an ini file.
class RunKeyAutostart : public Autostart
{
    Q_DECLARE_TR_FUNCTIONS(RunKeyAutostart)

public:
    static QString nativeKey();

    RunKeyAutostart(AutostartEntry entry, const QString& settingsPath,
                    QSettings::Format format = QSettings::NativeFormat);

    // The command line as Windows reads it: the program and every argument with a space in quotes.
    static QString commandLine(const QString& program, const QStringList& arguments);

    bool isEnabled() const override;
    bool setEnabled(bool enabled, QString* error = nullptr) override;
    QString location() const override;

private:
    AutostartEntry m_entry;
    // QSettings is not copyable and its reads are const only through mutable state.
    mutable QSettings m_store;
};

} // namespace Dewey
