#include "server/OverlayMedia.h"

#include <QCryptographicHash>

namespace Dewey {

QString OverlayMedia::urlFor(const QString& file)
{
    if (file.isEmpty())
        return {};
    const QString resourcePrefix = QStringLiteral(":/overlay/");
    if (file.startsWith(resourcePrefix))
        return QStringLiteral("/overlay/") + file.mid(resourcePrefix.size());
    // The same file always gets the same key, so URLs stay valid while Dewey runs.
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha256).toHex().left(20));
    m_files.insert(key, file);
    return QStringLiteral("/media/") + key;
}

} // namespace Dewey
