#include "CitationLinker.h"

#include "assistant/CitationParser.h"

#include <QStringList>
#include <QUrl>

namespace Dewey {

namespace {

const QString kScheme = QStringLiteral("dewey-note");

} // namespace

QString CitationLinker::link(const QString& text)
{
    if (!text.startsWith(m_source))
        clear();
    const qsizetype paragraphEnd = text.lastIndexOf(QStringLiteral("\n\n"));
    if (paragraphEnd >= m_source.size()) {
        const qsizetype end = paragraphEnd + 2;
        m_linked += linkAll(text.mid(m_source.size(), end - m_source.size()));
        m_source = text.left(end);
    }
    return m_linked + linkAll(text.mid(m_source.size()));
}

void CitationLinker::clear()
{
    m_source.clear();
    m_linked.clear();
}

QString CitationLinker::linkAll(const QString& answer)
{
    const QList<CitationParser::Span> spans = CitationParser::spans(answer);
    if (spans.isEmpty())
        return answer;
    QString linked;
    linked.reserve(answer.size() + spans.size() * 24);
    qsizetype at = 0;
    for (const CitationParser::Span& span : spans) {
        linked += QStringView(answer).mid(at, span.start - at);
        QStringList links;
        for (qint64 id : span.noteIds)
            links.append(QStringLiteral("[note\u00a0%1](%2:%1)").arg(id).arg(kScheme));
        linked += QLatin1Char('(') + links.join(QStringLiteral(", ")) + QLatin1Char(')');
        at = span.start + span.length;
    }
    linked += QStringView(answer).mid(at);
    return linked;
}

qint64 CitationLinker::noteIdFromLink(const QUrl& link)
{
    if (link.scheme() != kScheme)
        return 0;
    bool ok = false;
    const qint64 id = link.path().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace Dewey
