#include "alerts/AlertTemplate.h"

#include <array>

namespace Dewey {

namespace {

constexpr std::array<QLatin1StringView, 4> kNames{
    QLatin1StringView("buyer"),
    QLatin1StringView("items"),
    QLatin1StringView("amount"),
    QLatin1StringView("message"),
};

const QString* fieldFor(QStringView name, const AlertTemplateFields& fields)
{
    if (name == kNames[0])
        return &fields.buyer;
    if (name == kNames[1])
        return &fields.items;
    if (name == kNames[2])
        return &fields.amount;
    if (name == kNames[3])
        return &fields.message;
    return nullptr;
}

// Calls onText for literal runs and onPlaceholder for each "{name}" found in pattern.
template <typename TextFn, typename PlaceholderFn>
void scan(const QString& pattern, TextFn onText, PlaceholderFn onPlaceholder)
{
    qsizetype position = 0;
    while (position < pattern.size()) {
        const qsizetype open = pattern.indexOf(QLatin1Char('{'), position);
        if (open < 0)
            break;
        const qsizetype close = pattern.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0)
            break;
        const QStringView name = QStringView(pattern).mid(open + 1, close - open - 1);
        // "{ {buyer}": the first brace is literal text, the placeholder starts at the second.
        const qsizetype nestedOpen = name.lastIndexOf(QLatin1Char('{'));
        const qsizetype start = nestedOpen < 0 ? open : open + 1 + nestedOpen;
        onText(QStringView(pattern).mid(position, start - position));
        onPlaceholder(QStringView(pattern).mid(start + 1, close - start - 1),
                      QStringView(pattern).mid(start, close - start + 1));
        position = close + 1;
    }
    onText(QStringView(pattern).mid(position));
}

} // namespace

QStringList AlertTemplate::placeholders()
{
    QStringList names;
    for (QLatin1StringView name : kNames)
        names << QLatin1Char('{') + name + QLatin1Char('}');
    return names;
}

QString AlertTemplate::render(const QString& pattern, const AlertTemplateFields& fields)
{
    QString result;
    result.reserve(pattern.size() + fields.buyer.size() + fields.items.size() + fields.amount.size() +
                   fields.message.size());
    scan(
        pattern, [&](QStringView text) { result += text; },
        [&](QStringView name, QStringView whole) {
            const QString* value = fieldFor(name, fields);
            result += value ? QStringView(*value) : whole;
        });
    return result.trimmed();
}

QStringList AlertTemplate::unknownPlaceholders(const QString& pattern)
{
    QStringList unknown;
    AlertTemplateFields none;
    scan(
        pattern, [](QStringView) {},
        [&](QStringView name, QStringView whole) {
            if (!fieldFor(name, none) && !unknown.contains(whole))
                unknown << whole.toString();
        });
    return unknown;
}

QString AlertTemplate::formatItem(const SaleItem& item)
{
    if (item.quantity <= 1)
        return item.name;
    //: An item with its quantity in an alert, e.g. "Hoodie ×2".
    return tr("%1 ×%2").arg(item.name).arg(item.quantity);
}

QStringList AlertTemplate::formatItems(const QList<SaleItem>& items)
{
    QStringList formatted;
    formatted.reserve(items.size());
    for (const SaleItem& item : items)
        formatted << formatItem(item);
    return formatted;
}

QString AlertTemplate::joinItems(const QStringList& items)
{
    if (items.isEmpty()) {
        //: Stands for the items when the store did not say what was bought: "Alex just bought something".
        return tr("something");
    }
    //: Separates items in an alert: "Hoodie ×2, Cap".
    return items.join(tr(", "));
}

} // namespace Dewey
