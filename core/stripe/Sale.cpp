#include "stripe/Sale.h"

#include <array>
#include <utility>

namespace Dewey {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value)
{
    for (const auto& [candidate, name] : names) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char*>, N>& names, const QString& name, Enum* value)
{
    for (const auto& [candidate, candidateName] : names) {
        if (name == QLatin1String(candidateName)) {
            *value = candidate;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<SaleStatus, const char*>, 3> kStatusNames{{
    {SaleStatus::Recorded, "recorded"},
    {SaleStatus::Refunded, "refunded"},
    {SaleStatus::Disputed, "disputed"},
}};

constexpr std::array<std::pair<SaleKind, const char*>, 3> kKindNames{{
    {SaleKind::CheckoutSession, "checkout_session"},
    {SaleKind::Invoice, "invoice"},
    {SaleKind::PaymentIntent, "payment_intent"},
}};

constexpr std::array<std::pair<EventSource, const char*>, 2> kSourceNames{{
    {EventSource::Webhook, "webhook"},
    {EventSource::CatchUp, "catch_up"},
}};

} // namespace

QString saleStatusName(SaleStatus status)
{
    return nameOf(kStatusNames, status);
}

bool saleStatusFromName(const QString& name, SaleStatus* status)
{
    return valueOf(kStatusNames, name, status);
}

QString saleKindName(SaleKind kind)
{
    return nameOf(kKindNames, kind);
}

bool saleKindFromName(const QString& name, SaleKind* kind)
{
    return valueOf(kKindNames, name, kind);
}

QString eventSourceName(EventSource source)
{
    return nameOf(kSourceNames, source);
}

bool eventSourceFromName(const QString& name, EventSource* source)
{
    return valueOf(kSourceNames, name, source);
}

} // namespace Dewey
