#pragma once

#include "stripe/Sale.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Dewey {

// The values a template can show. Each is plain text chosen by a buyer or the store.
struct AlertTemplateFields
{
    QString buyer;
    QString items; // already joined: "Hoodie ×2, Cap"
    QString amount;
    QString message;
};

// Fills alert templates such as "{buyer} just bought {items} — {amount}". Pure functions.
class AlertTemplate
{
    Q_DECLARE_TR_FUNCTIONS(AlertTemplate)

public:
    // The placeholders a template may use, with braces: {buyer}, {items}, {amount}, {message}.
    static QStringList placeholders();

    // Replaces every known placeholder in one pass, so a buyer named "{amount}" stays literally
    // "{amount}". Unknown placeholders are left as written; the result is trimmed.
    static QString render(const QString& pattern, const AlertTemplateFields& fields);

    // Placeholders in `pattern` that render() does not know, for the Settings editor to flag.
    static QStringList unknownPlaceholders(const QString& pattern);

    // "Hoodie ×2"; a quantity of 1 is not written.
    static QString formatItem(const SaleItem& item);
    // Each of a sale's items as formatItem() writes it, in order.
    static QStringList formatItems(const QList<SaleItem>& items);
    // "Hoodie ×2, Cap"; "something" when the line items are unknown.
    static QString joinItems(const QStringList& items);
};

} // namespace Dewey
