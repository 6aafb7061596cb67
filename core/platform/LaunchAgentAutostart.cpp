#include "platform/LaunchAgentAutostart.h"

#include "log/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace Dewey {

LaunchAgentAutostart::LaunchAgentAutostart(AutostartEntry entry, QString directory)
    : m_entry(std::move(entry))
    , m_directory(std::move(directory))
{}

QString LaunchAgentAutostart::defaultDirectory()
{
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents");
}

QString LaunchAgentAutostart::location() const
{
    return QDir(m_directory).filePath(m_entry.id + QStringLiteral(".plist"));
}

bool LaunchAgentAutostart::isEnabled() const
{
    return QFile::exists(location());
}

QByteArray LaunchAgentAutostart::plist() const
{
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(QStringLiteral("plist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    xml.writeStartElement(QStringLiteral("dict"));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("Label"));
    xml.writeTextElement(QStringLiteral("string"), m_entry.id);
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("ProgramArguments"));
    xml.writeStartElement(QStringLiteral("array"));
    xml.writeTextElement(QStringLiteral("string"), m_entry.program);
    for (const QString& argument : m_entry.arguments)
        xml.writeTextElement(QStringLiteral("string"), argument);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("RunAtLoad"));
    xml.writeEmptyElement(QStringLiteral("true"));
    xml.writeTextElement(QStringLiteral("key"), QStringLiteral("ProcessType"));
    xml.writeTextElement(QStringLiteral("string"), QStringLiteral("Interactive"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return data;
}

bool LaunchAgentAutostart::setEnabled(bool enabled, QString* error)
{
    const QString path = location();
    QString reason;
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        reason = tr("Dewey could not remove %1.").arg(path);
    } else {
        QSaveFile file(path);
        if (!QDir().mkpath(m_directory)) {
            reason = tr("Dewey could not create the folder %1.").arg(m_directory);
        } else if (file.open(QIODevice::WriteOnly)) {
            file.write(plist());
            if (file.commit()) {
                qCInfo(lcApp) << "Start at login turned on:" << path;
                return true;
            }
        }
        if (reason.isEmpty())
            reason = tr("Dewey could not write %1: %2").arg(path, file.errorString());
    }
    if (error)
        *error = reason;
    return false;
}

} // namespace Dewey
