#pragma once

#include "alerts/AlertTier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Dewey {

// The streamer's tiers, kept as JSON in <data folder>/alert-tiers.json so they can be edited by hand
// as well as from Settings:
//
//   {"version": 1, "tiers": [{"name": "Big spender", "minAmountMinor": 5000, "currency": "usd",
//     "title": "{buyer} is a legend!", "sound": "/home/me/airhorn.ogg", "durationMs": 12000,
//     "style": "gold"}]}
class AlertTierFile
{
    Q_DECLARE_TR_FUNCTIONS(AlertTierFile)

public:
    struct ParseResult
    {
        QList<AlertTier> tiers;
        QString error; // empty on success; says which tier and field is wrong

        bool ok() const { return error.isEmpty(); }
    };

    static ParseResult parse(const QByteArray& json);
    static QByteArray serialize(const QList<AlertTier>& tiers);

    // A missing file is no tiers (not an error).
    static ParseResult load(const QString& path);
    // Written atomically, so a crash never leaves half a file.
    static bool save(const QString& path, const QList<AlertTier>& tiers, QString* error);
};

} // namespace Dewey
