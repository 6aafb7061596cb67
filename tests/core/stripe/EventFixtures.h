#pragma once

#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace DeweyTest {

// Stripe events shaped like the real ones (tests/core/stripe/data/events.json), by name.
inline QJsonObject fixtureEvent(const QString& name)
{
    static const QJsonObject all = [] {
        QFile file(sourcePath(QStringLiteral("tests/core/stripe/data/events.json")));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    if (!all.contains(name))
        qFatal("no fixture event %s", qPrintable(name));
    return all.value(name).toObject();
}

// A copy of `object` with the value at a dotted path ("data.object.currency") replaced.
inline QJsonObject withValue(QJsonObject object, const QString& path, const QJsonValue& value)
{
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(path, value);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, withValue(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

inline QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace DeweyTest
