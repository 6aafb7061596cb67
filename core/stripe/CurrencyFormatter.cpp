#include "stripe/CurrencyFormatter.h"

#include <QHash>

#include <cmath>

namespace Dewey {

namespace {

// ISO 4217 currencies whose minor unit is not 2 (every other code has 2).
int isoDecimals(const QString& upperCode)
{
    static const QHash<QString, int> exceptions = [] {
        QHash<QString, int> table;
        for (const char* code : {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX",
                                 "UYI", "VND", "VUV", "XAF", "XOF", "XPF"}) {
            table.insert(QLatin1String(code), 0);
        }
        for (const char* code : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
            table.insert(QLatin1String(code), 3);
        for (const char* code : {"CLF", "UYW"})
            table.insert(QLatin1String(code), 4);
        // The ariary's subunit is a fifth, not a hundredth, and is not used: Stripe and everyone
        // else write whole ariary.
        table.insert(QStringLiteral("MGA"), 0);
        return table;
    }();
    return exceptions.value(upperCode, 2);
}

// The symbols English speakers recognise for the currencies most stores sell in (from CLDR's
// English data). Anything else is shown with its ISO code.
QString commonSymbol(const QString& upperCode)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("CNY"), QStringLiteral("CN¥")},
        {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("INR"), QStringLiteral("₹")},
        {QStringLiteral("CAD"), QStringLiteral("CA$")},
        {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("NZD"), QStringLiteral("NZ$")},
        {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("MXN"), QStringLiteral("MX$")},
        {QStringLiteral("BRL"), QStringLiteral("R$")},
        {QStringLiteral("ILS"), QStringLiteral("₪")},
        {QStringLiteral("VND"), QStringLiteral("₫")},
        {QStringLiteral("TWD"), QStringLiteral("NT$")},
        {QStringLiteral("PHP"), QStringLiteral("₱")},
        {QStringLiteral("XAF"), QStringLiteral("FCFA")},
        {QStringLiteral("XOF"), QStringLiteral("F\u202FCFA")},
    };
    return symbols.value(upperCode);
}

} // namespace

CurrencyFormatter::CurrencyFormatter(QLocale locale)
    // The C locale (no locale configured, as in services and CI) would print "64.00$": use English.
    : m_locale(locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                               : std::move(locale))
{}

int CurrencyFormatter::apiExponent(const QString& currency)
{
    const QString code = currency.toUpper();
    // Stripe kept two decimals for ISK amounts for backwards compatibility (100 means 1 króna).
    if (code == QLatin1String("ISK"))
        return 2;
    return isoDecimals(code);
}

int CurrencyFormatter::displayDecimals(const QString& currency)
{
    return isoDecimals(currency.toUpper());
}

QString CurrencyFormatter::symbol(const QString& currency) const
{
    const QString code = currency.toUpper();
    if (m_locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return m_locale.currencySymbol(QLocale::CurrencySymbol);
    const QString common = commonSymbol(code);
    return common.isEmpty() ? code : common;
}

QString CurrencyFormatter::format(qint64 amountMinor, const QString& currency) const
{
    const int exponent = apiExponent(currency);
    const int decimals = displayDecimals(currency);
    // Doubles hold every amount a store will see (up to 2^53 minor units) exactly enough to print.
    const double value = double(amountMinor) / std::pow(10.0, exponent);
    const QString code = currency.toUpper();
    const QString symbolText = symbol(currency);
    if (symbolText != code)
        return m_locale.toCurrencyString(value, symbolText, decimals);

    // An ISO code is kept apart from the number by a (non-breaking) space, on the side where the
    // locale puts its symbols: "KWD 1.500" in English, "1,500 KWD" in German.
    const QString marker(QChar(0x0001));
    const bool codeFirst = m_locale.toCurrencyString(1.0, marker, 0).startsWith(marker);
    const QString number = m_locale.toString(value, 'f', decimals);
    const QChar space(0x00A0);
    return codeFirst ? code + space + number : number + space + code;
}

} // namespace Dewey
