#include "platform/XdgAutostart.h"

#include "log/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Dewey {

namespace {

// Characters that make the specification require double quotes around an argument.
bool needsQuotes(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (argument.isEmpty())
        return true;
    for (const QChar c : argument) {
        if (reserved.contains(c))
            return true;
    }
    return false;
}

QString quoteArgument(const QString& argument)
{
    // A literal % would start a field code (%f, %u…), so it is doubled, quoted or not.
    QString text = argument;
    text.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (!needsQuotes(argument))
        return text;
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += QLatin1Char('"');
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    quoted += QLatin1Char('"');
    return quoted;
}

} // namespace

XdgAutostart::XdgAutostart(AutostartEntry entry, QString directory)
    : m_entry(std::move(entry))
    , m_directory(std::move(directory))
{}

QString XdgAutostart::defaultDirectory()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME or ~/.config on Linux.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart");
}

QString XdgAutostart::execLine(const QString& program, const QStringList& arguments)
{
    QStringList parts{quoteArgument(program)};
    for (const QString& argument : arguments)
        parts.append(quoteArgument(argument));
    // The Exec value is a desktop-file string too: its backslashes are escaped once more.
    QString line = parts.join(QLatin1Char(' '));
    line.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return line;
}

QString XdgAutostart::location() const
{
    return QDir(m_directory).filePath(m_entry.id + QStringLiteral(".desktop"));
}

bool XdgAutostart::isEnabled() const
{
    return QFile::exists(location());
}

QString XdgAutostart::fileContents() const
{
    QString text = QStringLiteral("[Desktop Entry]\nType=Application\n");
    text += QStringLiteral("Name=") + m_entry.name + QLatin1Char('\n');
    text += QStringLiteral("Exec=") + execLine(m_entry.program, m_entry.arguments) + QLatin1Char('\n');
    if (!m_entry.iconName.isEmpty())
        text += QStringLiteral("Icon=") + m_entry.iconName + QLatin1Char('\n');
    text += QStringLiteral("Terminal=false\nX-GNOME-Autostart-enabled=true\n");
    return text;
}

bool XdgAutostart::setEnabled(bool enabled, QString* error)
{
    const QString path = location();
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path)) {
            qCInfo(lcApp) << "Start at login turned off:" << path << "removed";
            return true;
        }
        if (error)
            *error = tr("Dewey could not remove %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QString reason;
    QSaveFile file(path);
    if (!QDir().mkpath(m_directory)) {
        reason = tr("Dewey could not create the folder %1.").arg(QDir::toNativeSeparators(m_directory));
    } else if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        reason = tr("Dewey could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else {
        file.write(fileContents().toUtf8());
        if (file.commit()) {
            qCInfo(lcApp) << "Start at login turned on:" << path;
            return true;
        }
        reason = tr("Dewey could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (error)
        *error = reason;
    return false;
}

} // namespace Dewey
