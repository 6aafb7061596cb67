#include "CopyableField.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace Dewey {

namespace {
constexpr int kCopiedLabelMs = 1500;
}

CopyableField::CopyableField(const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_copyButton(new QPushButton(tr("Copy"), this))
    , m_resetLabel(new QTimer(this))
{
    m_edit->setReadOnly(true);
    m_edit->setAccessibleName(accessibleName);
    m_edit->setCursorPosition(0);
    m_copyButton->setAccessibleName(tr("Copy %1").arg(accessibleName));
    m_copyButton->setToolTip(tr("Copy %1 to the clipboard").arg(accessibleName));
    m_copyButton->setEnabled(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_copyButton);
    setFocusProxy(m_edit);

    m_resetLabel->setSingleShot(true);
    m_resetLabel->setInterval(kCopiedLabelMs);
    connect(m_resetLabel, &QTimer::timeout, this, [this] { m_copyButton->setText(tr("Copy")); });
    connect(m_copyButton, &QPushButton::clicked, this, &CopyableField::copy);
}

void CopyableField::setText(const QString& text)
{
    m_edit->setText(text);
    m_edit->setCursorPosition(0);
    m_copyButton->setEnabled(!text.isEmpty());
}

QString CopyableField::text() const
{
    return m_edit->text();
}

void CopyableField::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void CopyableField::copy()
{
    if (m_edit->text().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_edit->text());
    m_copyButton->setText(tr("Copied"));
    m_resetLabel->start();
    emit copied();
}

} // namespace Dewey
