#pragma once

#include "stripe/Sale.h"

#include <QString>

#include <optional>

namespace Dewey {

// AlertTier::sound value for "no sound".
inline constexpr QLatin1StringView kSilentSound("none");

// One rule of the streamer's tiers: when a sale matches every condition it sets, the alert takes the
// tier's look. An empty or unset field means "no condition" (for rules) or "keep the default" (for
// the look).
struct AlertTier
{
    QString name;

    // Conditions.
    std::optional<qint64> minAmountMinor; // at least this many minor units (cents, yen)
    QString currency;                     // lowercase ISO 4217; when set, only sales in it match
    QString productContains;              // any item's name contains this, ignoring case

    // Look.
    QString titleTemplate;
    QString textTemplate;
    QString sound;      // empty: the default sound; kSilentSound: none; otherwise a file path
    int durationMs = 0; // 0: the default duration
    QString style;
    std::optional<double> volume; // 0–1, multiplied with the master volume

    bool matches(qint64 amountMinor, const QString& currency, const QList<SaleItem>& items) const;

    friend bool operator==(const AlertTier&, const AlertTier&) = default;
};

// The first tier in the list that matches wins, so the streamer orders them from most to least
// specific. nullptr when none matches.
const AlertTier* findTier(const QList<AlertTier>& tiers, qint64 amountMinor, const QString& currency,
                          const QList<SaleItem>& items);

} // namespace Dewey
