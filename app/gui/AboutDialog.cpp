#include "AboutDialog.h"

#include "common/DeweyVersion.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#ifndef DEWEY_QTKEYCHAIN_VERSION
#define DEWEY_QTKEYCHAIN_VERSION "unknown"
#endif

namespace Dewey {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_licences(new QLabel(this))
    , m_openDataFolder(new QPushButton(tr("Open &data folder"), this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Dewey"));

    m_summary->setObjectName(QStringLiteral("aboutSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("<h3>Dewey %1</h3>"
                          "<p>Store sale alerts and a notes assistant for livestreamers.</p>"
                          "<p>Everything stays on this computer: your sales, your notes and your keys.</p>"
                          "<p>Built with Qt %2, running on Qt %3. QtKeychain %4.</p>")
                           .arg(QString::fromLatin1(kVersion), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion()), qtKeychainVersion()));

    m_licences->setObjectName(QStringLiteral("aboutLicences"));
    m_licences->setTextFormat(Qt::RichText);
    m_licences->setWordWrap(true);
    m_licences->setOpenExternalLinks(true);
    m_licences->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_licences->setText(
        tr("<p><b>Qt</b> is © The Qt Company Ltd. and other contributors, used under the GNU Lesser General "
           "Public License version 3 (<a href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">LGPL-3.0</a>). "
           "Dewey loads the Qt libraries from separate files, so you may replace them with your own build; "
           "Qt's source code is at <a href=\"https://download.qt.io/\">download.qt.io</a>.</p>"
           "<p><b>QtKeychain</b> is © Frank Osterfeld and other contributors, used under the BSD 3-Clause "
           "License (<a href=\"https://opensource.org/license/bsd-3-clause\">BSD-3-Clause</a>): it comes "
           "without any warranty, and its authors' names may not be used to promote Dewey.</p>"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openDataFolder, QDialogButtonBox::ActionRole);
    m_openDataFolder->setObjectName(QStringLiteral("aboutOpenDataFolder"));
    m_openDataFolder->setAutoDefault(false);
    connect(m_openDataFolder, &QPushButton::clicked, this, &AboutDialog::openDataFolderRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_licences);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::qtKeychainVersion()
{
    return QString::fromLatin1(DEWEY_QTKEYCHAIN_VERSION);
}

QString AboutDialog::text() const
{
    return m_summary->text() + m_licences->text();
}

} // namespace Dewey
