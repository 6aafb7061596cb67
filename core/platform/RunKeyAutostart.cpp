#include "platform/RunKeyAutostart.h"

#include "log/LogCategories.h"

#include <QDir>

namespace Dewey {

namespace {

QString quoted(const QString& argument)
{
    if (!argument.isEmpty() && !argument.contains(QLatin1Char(' ')) && !argument.contains(QLatin1Char('\t')))
        return argument;
    return QLatin1Char('"') + argument + QLatin1Char('"');
}

} // namespace

QString RunKeyAutostart::nativeKey()
{
    return QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
}

RunKeyAutostart::RunKeyAutostart(AutostartEntry entry, const QString& settingsPath, QSettings::Format format)
    : m_entry(std::move(entry))
    , m_store(settingsPath, format)
{}

QString RunKeyAutostart::commandLine(const QString& program, const QStringList& arguments)
{
    // The program is always quoted: "C:\Program Files\Dewey\bin\dewey.exe" has a space.
    QStringList parts{QLatin1Char('"') + QDir::toNativeSeparators(program) + QLatin1Char('"')};
    for (const QString& argument : arguments)
        parts.append(quoted(argument));
    return parts.join(QLatin1Char(' '));
}

bool RunKeyAutostart::isEnabled() const
{
    return m_store.contains(m_entry.id);
}

bool RunKeyAutostart::setEnabled(bool enabled, QString* error)
{
    if (enabled)
        m_store.setValue(m_entry.id, commandLine(m_entry.program, m_entry.arguments));
    else
        m_store.remove(m_entry.id);
    m_store.sync();
    if (m_store.status() == QSettings::NoError) {
        qCInfo(lcApp) << "Start at login" << (enabled ? "turned on:" : "turned off:") << location();
        return true;
    }
    if (error)
        *error = tr("Dewey could not change %1.").arg(location());
    return false;
}

QString RunKeyAutostart::location() const
{
    return m_store.fileName() + QLatin1Char('\\') + m_entry.id;
}

} // namespace Dewey
