#include "ChatErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dewey {

ChatErrorBanner::ChatErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_settings(new QPushButton(tr("Open Settings"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("chatErrorBanner"));
    setAccessibleName(tr("Problem with the last answer"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#chatErrorBanner { background: rgba(220, 60, 40, 40); "
                                 "border: 1px solid rgba(220, 60, 40, 160); border-radius: 4px; }"));
    m_message->setObjectName(QStringLiteral("chatErrorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settings->setObjectName(QStringLiteral("chatErrorSettings"));
    m_settings->setAccessibleName(tr("Open Settings to fix the OpenAI connection"));
    m_retry->setObjectName(QStringLiteral("chatErrorRetry"));
    m_retry->setAccessibleName(tr("Ask again"));
    m_close->setAccessibleName(tr("Dismiss this message"));

    auto* texts = new QVBoxLayout;
    texts->addWidget(m_message);
    texts->addWidget(m_detail);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(m_settings, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);

    connect(m_settings, &QPushButton::clicked, this, &ChatErrorBanner::settingsRequested);
    connect(m_retry, &QPushButton::clicked, this, &ChatErrorBanner::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &ChatErrorBanner::dismiss);
    setVisible(false);
}

bool ChatErrorBanner::needsSettings(AssistantError::Kind kind)
{
    using Kind = AssistantError::Kind;
    return kind == Kind::MissingApiKey || kind == Kind::BadApiKey || kind == Kind::PermissionDenied ||
           kind == Kind::ModelNotFound;
}

QString ChatErrorBanner::messageFor(const AssistantError& error)
{
    using Kind = AssistantError::Kind;
    switch (error.kind) {
    case Kind::BadApiKey:
        return tr("Your OpenAI API key was refused — check it in Settings → Secrets.");
    case Kind::Network:
        return tr("Dewey could not reach the OpenAI server: the network seems to be down. Your message is "
                  "saved; press Retry when you are back online.");
    case Kind::RateLimited:
        return tr(
            "OpenAI is limiting how fast Dewey may ask right now. Your message is saved; press Retry in "
            "a moment.");
    case Kind::ServerError:
        return tr("The OpenAI server had a problem answering. Your message is saved; press Retry.");
    default:
        return error.message.isEmpty() ? tr("Dewey could not answer.") : error.message;
    }
}

void ChatErrorBanner::showError(const AssistantError& error, bool canRetry)
{
    m_kind = error.kind;
    m_message->setText(messageFor(error));
    const QString detail = error.detail != error.message ? error.detail : QString();
    m_detail->setText(detail.isEmpty() ? QString() : tr("Details: %1").arg(detail));
    m_detail->setVisible(!detail.isEmpty());
    m_settings->setVisible(needsSettings(error.kind));
    m_retry->setVisible(canRetry);
    setVisible(true);
}

void ChatErrorBanner::showNotice(const QString& text)
{
    m_kind = AssistantError::Kind::None;
    m_message->setText(text);
    m_detail->setVisible(false);
    m_settings->setVisible(false);
    m_retry->setVisible(false);
    setVisible(true);
}

void ChatErrorBanner::dismiss()
{
    m_kind = AssistantError::Kind::None;
    m_message->clear();
    setVisible(false);
}

QString ChatErrorBanner::message() const
{
    return m_message->text();
}

} // namespace Dewey
