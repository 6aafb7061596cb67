#pragma once

#include "stripe/tunnel/ProcessTunnel.h"

#include <QRegularExpression>

namespace Dewey {

class Settings;

// Any other tunnel program (localtunnel, bore, a self-hosted one): the streamer's command line with
// {port} for the webhook port, and a regular expression that finds the public URL in its output.
class CustomCommandTunnel : public ProcessTunnel
{
    Q_OBJECT

public:
    CustomCommandTunnel(const TunnelProcessLauncher& launcher, const Settings& settings,
                        QObject* parent = nullptr);

    QString displayName() const override;

    // The program and its arguments, {port} replaced; empty with *error when it cannot be used.
    static QStringList splitCommand(const QString& commandTemplate, quint16 port, QString* error);
    // The URL `pattern` finds in `line` (its first capture group, or the whole match) when it is an
    // http(s) address; empty otherwise.
    static QString findUrl(const QRegularExpression& pattern, const QString& line);

protected:
    std::optional<Command> command(quint16 webhookPort, QString* error) override;
    TunnelLineVerdict readLine(const QString& line) override;

private:
    const Settings& m_settings;
    QRegularExpression m_pattern;
};

} // namespace Dewey
