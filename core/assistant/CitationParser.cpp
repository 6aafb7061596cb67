#include "assistant/CitationParser.h"

#include <QRegularExpression>

namespace Dewey {

QList<CitationParser::Span> CitationParser::spans(const QString& text)
{
    // "[note:12]", "[note 12]", "[notes: 12, 15]", "[note:12, note:15]", "[note:12; note:15]".
    static const QRegularExpression citation(
        QStringLiteral(
            "\\[\\s*notes?\\s*[:#]?\\s*\\d+(?:\\s*[,;]\\s*(?:(?:and\\s+)?notes?\\s*[:#]?\\s*)?\\d+)*\\s*\\]"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression number(QStringLiteral("\\d+"));

    QList<Span> result;
    for (auto it = citation.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        Span span;
        span.start = match.capturedStart();
        span.length = match.capturedLength();
        const QString inside = match.captured();
        for (auto numbers = number.globalMatch(inside); numbers.hasNext();) {
            bool ok = false;
            const qint64 id = numbers.next().captured().toLongLong(&ok);
            if (ok && id > 0 && !span.noteIds.contains(id))
                span.noteIds.append(id);
        }
        if (!span.noteIds.isEmpty())
            result.append(span);
    }
    return result;
}

QList<qint64> CitationParser::noteIds(const QString& text)
{
    QList<qint64> ids;
    for (const Span& span : spans(text)) {
        for (qint64 id : span.noteIds) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

} // namespace Dewey
