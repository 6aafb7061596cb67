#include "stripe/tunnel/TunnelLog.h"

#include "common/Clock.h"
#include "log/LogCategories.h"

#include <QRegularExpression>

namespace Dewey {

namespace {

// Tools print carriage returns, colour codes and the odd very long line; none of that helps a reader.
constexpr qsizetype kMaxLineLength = 2000;

QString cleaned(const QString& text)
{
    static const QRegularExpression ansi(QStringLiteral("\\x1B\\[[0-9;?]*[A-Za-z]"));
    QString line = text;
    line.remove(ansi);
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    line = line.trimmed();
    if (line.size() > kMaxLineLength)
        line = line.left(kMaxLineLength) + QStringLiteral("…");
    return line;
}

} // namespace

TunnelLog::TunnelLog(const IClock& clock, int capacity, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_capacity(std::max(1, capacity))
{}

QString TunnelLog::mask(QString text)
{
    static const QRegularExpression secrets(
        QStringLiteral("\\b(whsec_|sk_live_|sk_test_|rk_live_|rk_test_)[A-Za-z0-9]{4,}"));
    text.replace(secrets, QStringLiteral("\\1••••"));
    static const QRegularExpression authtoken(QStringLiteral("(authtoken[=: ]+)\\S+"),
                                              QRegularExpression::CaseInsensitiveOption);
    text.replace(authtoken, QStringLiteral("\\1••••"));
    return text;
}

void TunnelLog::addOutput(const QString& text)
{
    add(text, false);
}

void TunnelLog::addNote(const QString& text)
{
    add(text, true);
}

void TunnelLog::add(const QString& text, bool fromDewey)
{
    const QString line = mask(cleaned(text));
    if (line.isEmpty())
        return;
    const Line entry{m_clock.now(), line, fromDewey};
    if (m_lines.size() >= m_capacity)
        m_lines.removeFirst();
    m_lines.append(entry);
    qCInfo(lcTunnel).noquote() << (fromDewey ? line : QStringLiteral("| ") + line);
    emit lineAdded(entry);
}

void TunnelLog::clear()
{
    m_lines.clear();
    emit cleared();
}

QString TunnelLog::format(const Line& line)
{
    return line.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")) +
           (line.fromDewey ? QStringLiteral("  • ") : QStringLiteral("    ")) + line.text;
}

QString TunnelLog::text() const
{
    QStringList lines;
    lines.reserve(m_lines.size());
    for (const Line& line : m_lines)
        lines << format(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Dewey
