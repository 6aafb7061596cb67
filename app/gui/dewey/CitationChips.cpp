#include "CitationChips.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace Dewey {

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

} // namespace Dewey
