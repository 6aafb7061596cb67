#include "TunnelLogView.h"

#include "stripe/tunnel/TunnelLog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Dewey {

TunnelLogView::TunnelLogView(TunnelLog& log, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy log"), this))
{
    m_text->setObjectName(QStringLiteral("tunnelLogText"));
    m_text->setAccessibleName(tr("Tunnel log"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(log.capacity());
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumHeight(160);
    m_text->setPlaceholderText(tr("Nothing yet: the tunnel program's output appears here."));
    m_copy->setObjectName(QStringLiteral("copyTunnelLogButton"));
    m_copy->setToolTip(tr("Copies the log, for example to ask for help. Secrets in it are masked."));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    reload();
    connect(&log, &TunnelLog::lineAdded, this, [this](const TunnelLog::Line& line) {
        QScrollBar* bar = m_text->verticalScrollBar();
        // Follow new lines only when the reader is at the bottom, not while they scroll back.
        const bool atBottom = bar->value() == bar->maximum();
        m_text->appendPlainText(TunnelLog::format(line));
        if (atBottom)
            bar->setValue(bar->maximum());
    });
    connect(&log, &TunnelLog::cleared, this, &TunnelLogView::reload);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });
}

void TunnelLogView::reload()
{
    m_text->setPlainText(m_log.text());
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

} // namespace Dewey
