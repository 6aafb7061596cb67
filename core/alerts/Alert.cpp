#include "alerts/Alert.h"

namespace Dewey {

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Sale:
        return QStringLiteral("sale");
    case AlertKind::Test:
        return QStringLiteral("test");
    }
    return {};
}

bool alertKindFromName(const QString& name, AlertKind* kind)
{
    for (AlertKind candidate : {AlertKind::Sale, AlertKind::Test}) {
        if (alertKindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString alertControlName(AlertControl control)
{
    switch (control) {
    case AlertControl::Pause:
        return QStringLiteral("pause");
    case AlertControl::Resume:
        return QStringLiteral("resume");
    case AlertControl::Skip:
        return QStringLiteral("skip");
    case AlertControl::Clear:
        return QStringLiteral("clear");
    case AlertControl::Reload:
        return QStringLiteral("reload");
    }
    return {};
}

} // namespace Dewey
