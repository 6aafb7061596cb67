#include "CitationChips.h"

#include "assistant/CitationParser.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QUrl>

namespace Dewey {

namespace {

const QString kScheme = QStringLiteral("dewey-note");

} // namespace

CitationChips::CitationChips(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("citationChips"));
    setAccessibleName(tr("Notes this answer cites"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
    setVisible(false);
}

void CitationChips::setCitations(const QList<Citation>& citations)
{
    qDeleteAll(m_chips);
    m_chips.clear();
    for (const Citation& citation : citations) {
        auto* chip = new QPushButton(tr("Note %1").arg(citation.noteId), this);
        chip->setObjectName(QStringLiteral("citationChip"));
        chip->setProperty("noteId", citation.noteId);
        chip->setFlat(true);
        chip->setCursor(Qt::PointingHandCursor);
        chip->setStyleSheet(
            QStringLiteral("QPushButton { border: 1px solid palette(mid); border-radius: 9px; "
                           "padding: 1px 8px; }"));
        chip->setToolTip(citation.noteText);
        chip->setAccessibleName(tr("Open note %1").arg(citation.noteId));
        chip->setAccessibleDescription(citation.noteText);
        const qint64 id = citation.noteId;
        connect(chip, &QPushButton::clicked, this, [this, id] { emit noteRequested(id); });
        m_layout->insertWidget(m_layout->count() - 1, chip);
        m_chips.append(chip);
    }
    setVisible(!m_chips.isEmpty());
}

QString CitationChips::linkCitations(const QString& answer)
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

qint64 CitationChips::noteIdFromLink(const QUrl& link)
{
    if (link.scheme() != kScheme)
        return 0;
    bool ok = false;
    const qint64 id = link.path().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace Dewey
