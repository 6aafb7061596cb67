#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace Dewey {

class IClock;

// What the tunnel program printed (and what Dewey did about it), for the log view in Settings →
// Stripe. Bounded: the oldest lines go first, so a chatty tool never grows memory. Secrets it prints
// (the Stripe CLI's signing secret, API keys) are masked before they are kept or logged.
class TunnelLog : public QObject
{
    Q_OBJECT

public:
    struct Line
    {
        QDateTime time;
        QString text;
        bool fromDewey = false; // Dewey's own note ("Starting cloudflared…"), not the tool's output
    };

    static constexpr int DefaultCapacity = 1000;

    explicit TunnelLog(const IClock& clock, int capacity = DefaultCapacity, QObject* parent = nullptr);

    void addOutput(const QString& text);
    void addNote(const QString& text);
    void clear();

    const QList<Line>& lines() const { return m_lines; }
    int capacity() const { return m_capacity; }
    // The lines as plain text, one per line, with times.
    QString text() const;
    static QString format(const Line& line);

    // whsec_…, sk_…, rk_… and ngrok authtokens kept to a recognisable prefix.
    static QString mask(QString text);

signals:
    void lineAdded(const Dewey::TunnelLog::Line& line);
    void cleared();

private:
    void add(const QString& text, bool fromDewey);

    const IClock& m_clock;
    int m_capacity;
    QList<Line> m_lines;
};

} // namespace Dewey
