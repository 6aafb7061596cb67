#include "ChatMessageView.h"

#include "dewey/CitationChips.h"

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace Dewey {

ChatMessageView::ChatMessageView(Role role, QWidget* parent)
    : QFrame(parent)
    , m_role(role)
    , m_author(new QLabel(role == Role::User ? tr("You") : tr("Dewey"), this))
    , m_body(new QTextBrowser(this))
    , m_chips(new CitationChips(this))
    , m_status(new QLabel(this))
    , m_renderer(m_body->document())
{
    setObjectName(role == Role::User ? QStringLiteral("userMessage") : QStringLiteral("deweyMessage"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(role == Role::User ? QPalette::AlternateBase : QPalette::Base);
    setAutoFillBackground(true);

    QFont authorFont = m_author->font();
    authorFont.setBold(true);
    m_author->setFont(authorFont);

    m_body->setObjectName(QStringLiteral("messageBody"));
    m_body->setAccessibleName(role == Role::User ? tr("Your message") : tr("Dewey's answer"));
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body->setTabChangesFocus(true); // Tab leaves the answer instead of walking its links forever
    m_body->setOpenLinks(false);      // note links open in the app; other links are not followed from here
    m_body->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_body->viewport()->setAutoFillBackground(false);
    connect(m_body->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ChatMessageView::fitHeight);
    connect(m_body, &QTextBrowser::anchorClicked, this, [this](const QUrl& link) {
        if (const qint64 id = CitationLinker::noteIdFromLink(link))
            emit noteRequested(id);
    });
    connect(m_chips, &CitationChips::noteRequested, this, &ChatMessageView::noteRequested);

    m_status->setObjectName(QStringLiteral("messageStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setVisible(false);

    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(kUpdateIntervalMs);
    connect(&m_updateTimer, &QTimer::timeout, this, &ChatMessageView::render);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(m_author);
    layout->addWidget(m_body);
    layout->addWidget(m_chips);
    layout->addWidget(m_status);
}

void ChatMessageView::setText(const QString& text)
{
    m_text = text;
    flush();
}

void ChatMessageView::appendStreamed(const QString& delta)
{
    m_text += delta;
    if (!m_updateTimer.isActive())
        m_updateTimer.start();
}

void ChatMessageView::flush()
{
    m_updateTimer.stop();
    render();
}

void ChatMessageView::render()
{
    if (m_role == Role::User) {
        m_body->setPlainText(m_text); // what the streamer typed is shown as typed
    } else {
        m_renderer.setText(m_linker.link(m_text));
    }
    fitHeight();
}

void ChatMessageView::setStatus(const QString& status)
{
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

QString ChatMessageView::status() const
{
    return m_status->text();
}

void ChatMessageView::setCitations(const QList<Citation>& citations)
{
    m_chips->setCitations(citations);
}

void ChatMessageView::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    fitHeight();
}

void ChatMessageView::fitHeight()
{
    QTextDocument* document = m_body->document();
    document->setTextWidth(m_body->viewport()->width());
    const int height = int(std::ceil(document->size().height())) + m_body->frameWidth() * 2;
    if (m_body->height() != height)
        m_body->setFixedHeight(height);
}

} // namespace Dewey
