#include "notes/NotesFileFormats.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace Dewey {

namespace {

const QString kMarkerStart = QStringLiteral("<!-- dewey-note");

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// ISO 8601 text, or a Unix time in seconds or milliseconds; invalid when neither.
QDateTime timeFrom(const QJsonValue& value)
{
    if (value.isString()) {
        QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            time = QDateTime::fromString(value.toString(), Qt::ISODate);
        return time.isValid() ? time.toUTC() : QDateTime();
    }
    if (value.isDouble()) {
        const double n = value.toDouble();
        // Milliseconds since 1970 pass 1e11 in 1973; seconds will not until the year 5138.
        const auto ms = static_cast<qint64>(n > 1e11 ? n : n * 1000.0);
        return QDateTime::fromMSecsSinceEpoch(ms).toUTC();
    }
    return {};
}

} // namespace

std::optional<NotesFileFormats::Format> NotesFileFormats::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ||
        suffix == QLatin1String("json"))
        return Format::JsonLines;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") ||
        suffix == QLatin1String("txt"))
        return Format::Markdown;
    return std::nullopt;
}

NotesFileFormats::ParseResult NotesFileFormats::parseJsonLines(const QByteArray& data)
{
    ParseResult result;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const auto problem = [&result, i](const QString& what) {
            result.problems << tr("line %1: %2").arg(i + 1).arg(what);
        };
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            problem(tr("not a JSON object"));
            continue;
        }
        const QJsonObject object = document.object();
        const QString text = object.value(QLatin1String("text")).toString().trimmed();
        if (text.isEmpty()) {
            problem(tr("no \"text\""));
            continue;
        }
        NoteDraft draft;
        draft.text = text;
        if (object.contains(QLatin1String("createdAt"))) {
            draft.createdAt = timeFrom(object.value(QLatin1String("createdAt")));
            if (!draft.createdAt.isValid()) {
                problem(tr("\"createdAt\" is not a date and time (use ISO 8601, e.g. 2026-03-03T14:05:00Z)"));
                continue;
            }
        }
        if (object.contains(QLatin1String("updatedAt")))
            draft.updatedAt = timeFrom(object.value(QLatin1String("updatedAt")));
        result.drafts.append(draft);
    }
    return result;
}

QByteArray NotesFileFormats::toJsonLines(const QList<Note>& notes)
{
    QByteArray out;
    for (const Note& note : notes) {
        QJsonObject object{
            {QStringLiteral("text"), note.text},
            {QStringLiteral("createdAt"), isoTime(note.createdAt)},
        };
        if (note.updatedAt.isValid() && note.updatedAt != note.createdAt)
            object.insert(QStringLiteral("updatedAt"), isoTime(note.updatedAt));
        out += QJsonDocument(object).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

QString NotesFileFormats::toMarkdown(const QList<Note>& notes)
{
    QString out = QStringLiteral("# Dewey notes\n");
    for (const Note& note : notes) {
        out += QStringLiteral("\n%1 created=\"%2\" updated=\"%3\" -->\n")
                   .arg(kMarkerStart, isoTime(note.createdAt), isoTime(note.updatedAt));
        out += note.text;
        out += QLatin1Char('\n');
    }
    return out;
}

NotesFileFormats::ParseResult NotesFileFormats::parseMarkdown(const QString& text,
                                                              const QDateTime& fallbackTime)
{
    ParseResult result;
    const QStringList lines = text.split(QLatin1Char('\n'));

    if (text.contains(kMarkerStart)) {
        static const QRegularExpression attribute(QStringLiteral("(created|updated)=\"([^\"]*)\""));
        NoteDraft current;
        bool inNote = false;
        QStringList body;
        int markerLine = 0;
        const auto flush = [&] {
            if (!inNote)
                return;
            current.text = body.join(QLatin1Char('\n')).trimmed();
            if (current.text.isEmpty())
                result.problems << tr("line %1: a note without text").arg(markerLine);
            else
                result.drafts.append(current);
        };
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            if (line.trimmed().startsWith(kMarkerStart)) {
                flush();
                current = NoteDraft{};
                body.clear();
                inNote = true;
                markerLine = static_cast<int>(i + 1);
                auto it = attribute.globalMatch(line);
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    const QDateTime time = timeFrom(QJsonValue(m.captured(2)));
                    (m.captured(1) == QLatin1String("created") ? current.createdAt : current.updatedAt) =
                        time;
                }
                if (!current.createdAt.isValid())
                    current.createdAt = fallbackTime;
                continue;
            }
            if (inNote)
                body << line;
        }
        flush();
        return result;
    }

    // Any other Markdown: list items and paragraphs are notes; headings only organise them.
    static const QRegularExpression listItem(
        QStringLiteral("^\\s*(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]\\]\\s+)?(.*)$"));
    QStringList block;
    const auto flush = [&] {
        const QString note = block.join(QLatin1Char('\n')).trimmed();
        if (!note.isEmpty())
            result.drafts.append({note, fallbackTime, fallbackTime});
        block.clear();
    };
    bool inFence = false;
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```"))) {
            inFence = !inFence;
            block << line;
            continue;
        }
        if (inFence) {
            block << line;
            continue;
        }
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed == QLatin1String("---")) {
            flush();
            continue;
        }
        const QRegularExpressionMatch item = listItem.match(line);
        if (item.hasMatch()) {
            flush();
            block << item.captured(1);
            continue;
        }
        block << line;
    }
    flush();
    return result;
}

NotesFileFormats::ParseResult NotesFileFormats::parse(Format format, const QByteArray& data,
                                                      const QDateTime& fallbackTime)
{
    return format == Format::JsonLines ? parseJsonLines(data)
                                       : parseMarkdown(QString::fromUtf8(data), fallbackTime);
}

QByteArray NotesFileFormats::serialize(Format format, const QList<Note>& notes)
{
    return format == Format::JsonLines ? toJsonLines(notes) : toMarkdown(notes).toUtf8();
}

} // namespace Dewey
