#pragma once

#include <QLocale>
#include <QString>

namespace Dewey {

// Turns Stripe amounts (integers in the currency's minor unit) into text for alerts and the sales
// table: 6400 usd → "$64.00", 1200 jpy → "¥1,200", 1500 kwd → "KWD 1.500". The number of decimals
// comes from ISO 4217, with the two places where Stripe's API deliberately differs (ISK amounts are
// sent with two decimals, MGA with none). Grouping, decimal mark and symbol placement follow the
// locale it is given; the symbol is the locale's own for its currency, else a common one ("€"),
// else the ISO code.
class CurrencyFormatter
{
public:
    explicit CurrencyFormatter(QLocale locale = QLocale());

    // Digits after the decimal point in Stripe API amounts of this currency (case-insensitive).
    static int apiExponent(const QString& currency);
    // Digits shown after the decimal point (ISO 4217 minor unit).
    static int displayDecimals(const QString& currency);

    QString format(qint64 amountMinor, const QString& currency) const;
    QString symbol(const QString& currency) const;

    const QLocale& locale() const { return m_locale; }

private:
    QLocale m_locale;
};

} // namespace Dewey
