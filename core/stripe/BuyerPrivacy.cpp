#include "stripe/BuyerPrivacy.h"

#include <QRegularExpression>

namespace Dewey {

namespace {

// Control and format characters (including bidi overrides) could break or disguise the overlay text.
QString withoutControlCharacters(const QString& text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            cleaned.append(QLatin1Char(' '));
        else
            cleaned.append(c);
    }
    return cleaned.simplified();
}

bool looksLikeContactDetail(const QString& token)
{
    if (token.contains(QLatin1Char('@')))
        return true;
    int digits = 0;
    for (QChar c : token)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 5;
}

QString truncated(const QString& text, qsizetype maximum)
{
    if (text.size() <= maximum)
        return text;
    QString cut = text.left(maximum - 1);
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut.trimmed() + QChar(0x2026);
}

bool isFullyMasked(const QString& text)
{
    for (QChar c : text) {
        if (c != QLatin1Char('*') && !c.isSpace())
            return false;
    }
    return true;
}

} // namespace

BuyerPrivacy::BuyerPrivacy(Settings::BuyerNameMode mode, WordBlocklist blocklist)
    : m_mode(mode)
    , m_blocklist(std::move(blocklist))
{}

QString BuyerPrivacy::anonymousName()
{
    return tr("Someone");
}

QString BuyerPrivacy::displayName(const QString& fullName) const
{
    if (m_mode == Settings::BuyerNameMode::Anonymous)
        return anonymousName();
    // Buyers sometimes type an e-mail address or phone number into the name field: drop those parts.
    QStringList parts;
    for (const QString& token :
         withoutControlCharacters(fullName).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!looksLikeContactDetail(token))
            parts.append(token);
    }
    if (parts.isEmpty())
        return anonymousName();
    const QString name =
        m_mode == Settings::BuyerNameMode::FirstName ? parts.first() : parts.join(QLatin1Char(' '));
    const QString masked = truncated(m_blocklist.mask(name), MaxNameLength);
    return isFullyMasked(masked) ? anonymousName() : masked;
}

QString BuyerPrivacy::message(const QString& text) const
{
    static const QRegularExpression email(QStringLiteral("\\S+@\\S+"));
    // Seven or more digits, possibly separated by spaces, dots, dashes or parentheses: a phone number.
    static const QRegularExpression phone(QStringLiteral("\\+?\\(?\\d(?:[\\s().-]*\\d){6,}"));
    QString cleaned = withoutControlCharacters(text);
    cleaned.replace(email, QStringLiteral("***"));
    cleaned.replace(phone, QStringLiteral("***"));
    return truncated(m_blocklist.mask(cleaned), MaxMessageLength);
}

} // namespace Dewey
