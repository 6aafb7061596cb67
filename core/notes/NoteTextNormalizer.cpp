#include "notes/NoteTextNormalizer.h"

#include <QList>

#include <optional>

namespace Dewey {

namespace {

struct RawToken
{
    QString text;
    QString separator; // the characters between the previous token and this one
};

// Splits on anything that is not a letter or a number (Unicode-aware, emoji and punctuation are
// separators), the way SQLite's unicode61 tokenizer does, and remembers each separator so that the
// rules can tell "3/3" from "3 3".
QList<RawToken> split(const QString& text)
{
    QList<RawToken> tokens;
    const QList<uint> codePoints = text.toCaseFolded().toUcs4();
    QString current;
    QString separator;
    for (const uint cp : codePoints) {
        const auto c = static_cast<char32_t>(cp);
        if (QChar::isLetterOrNumber(c)) {
            current += QString::fromUcs4(&c, 1);
            continue;
        }
        if (!current.isEmpty()) {
            tokens.append({current, separator});
            current.clear();
            separator.clear();
        }
        separator += QString::fromUcs4(&c, 1);
    }
    if (!current.isEmpty())
        tokens.append({current, separator});
    return tokens;
}

bool isDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isDigits(const QString& s, int minLength, int maxLength)
{
    return s.size() >= minLength && s.size() <= maxLength && isDigits(s);
}

// "3", "03", "3rd", "21st" → the day number.
std::optional<int> dayNumber(const QString& s)
{
    QString digits = s;
    for (const QLatin1String suffix :
         {QLatin1String("st"), QLatin1String("nd"), QLatin1String("rd"), QLatin1String("th")}) {
        if (s.endsWith(suffix)) {
            digits = s.chopped(2);
            break;
        }
    }
    if (!isDigits(digits, 1, 2))
        return std::nullopt;
    const int day = digits.toInt();
    if (day < 1 || day > 31)
        return std::nullopt;
    return day;
}

int monthNumber(const QString& s)
{
    static const QStringList names = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    for (int i = 0; i < names.size(); ++i) {
        const QString& name = names.at(i);
        if (s == name || (s.size() == 3 && name.startsWith(s)))
            return i + 1;
    }
    return s == QLatin1String("sept") ? 9 : 0;
}

bool isFullMonthName(const QString& s)
{
    // "may" alone is far more often the verb than the month.
    return s.size() > 3 && monthNumber(s) != 0;
}

bool validMonthDay(int month, int day)
{
    return QDate::isValid(2000, month, day); // a leap year, so 2/29 counts
}

std::optional<int> yearNumber(const QString& s)
{
    if (isDigits(s, 4, 4)) {
        const int year = s.toInt();
        if (year >= 1900 && year <= 2100)
            return year;
    } else if (isDigits(s, 2, 2)) {
        return 2000 + s.toInt();
    }
    return std::nullopt;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

void appendDate(QStringList& out, std::optional<int> year, int month, int day)
{
    out << QStringLiteral("md") + twoDigits(month) + twoDigits(day) << QStringLiteral("m") + twoDigits(month);
    if (year)
        out << QString::number(*year) << QStringLiteral("d%1").arg(*year) + twoDigits(month) + twoDigits(day);
}

// Strips leading zeros, keeping "0" for zero.
QString canonicalInteger(const QString& digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits.at(i) == u'0')
        ++i;
    return digits.mid(i);
}

bool isHyphen(const QString& separator)
{
    return separator == QLatin1String("-") || separator == QStringLiteral("\u2010") ||
           separator == QStringLiteral("\u2011") || separator == QStringLiteral("\u2013");
}

bool containsDigit(const QString& s)
{
    for (const QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

class Scanner
{
public:
    Scanner(QList<RawToken> tokens, const QDate& reference)
        : m_tokens(std::move(tokens))
        , m_reference(reference)
    {}

    QStringList run()
    {
        while (m_pos < m_tokens.size()) {
            if (!(relativeDay() || isoDate() || numericDate() || monthFirstDate() || dayFirstDate() ||
                  timeOfDay() || number() || joinedCode())) {
                plainToken(tok(m_pos));
                ++m_pos;
            }
        }
        return m_out;
    }

private:
    QString tok(qsizetype i) const { return i < m_tokens.size() ? m_tokens.at(i).text : QString(); }
    QString sep(qsizetype i) const { return i < m_tokens.size() ? m_tokens.at(i).separator : QString(); }
    bool spaceBefore(qsizetype i) const
    {
        const QString s = sep(i).trimmed();
        return i < m_tokens.size() && (s.isEmpty() || s == QLatin1String(",") || s == QLatin1String("."));
    }

    void plainToken(const QString& t)
    {
        m_out << t;
        if (t.size() > 2 && (t.endsWith(QLatin1String("st")) || t.endsWith(QLatin1String("nd")) ||
                             t.endsWith(QLatin1String("rd")) || t.endsWith(QLatin1String("th")))) {
            const QString digits = t.chopped(2);
            if (isDigits(digits))
                m_out << canonicalInteger(digits);
        } else if (isDigits(t) && t.size() <= 3 && t.startsWith(u'0') && t.size() > 1) {
            m_out << canonicalInteger(t);
        } else if (monthNumber(t) != 0 && isFullMonthName(t)) {
            m_out << QStringLiteral("m") + twoDigits(monthNumber(t));
        }
    }

    bool relativeDay()
    {
        if (!m_reference.isValid())
            return false;
        const QString t = tok(m_pos);
        int offset = 0;
        if (t == QLatin1String("today") || t == QLatin1String("tonight"))
            offset = 0;
        else if (t == QLatin1String("tomorrow"))
            offset = 1;
        else if (t == QLatin1String("yesterday"))
            offset = -1;
        else
            return false;
        const QDate day = m_reference.addDays(offset);
        m_out << t;
        appendDate(m_out, day.year(), day.month(), day.day());
        ++m_pos;
        return true;
    }

    // 2026-03-03, 2026/3/3, 2026.03.03
    bool isoDate()
    {
        const qsizetype i = m_pos;
        const std::optional<int> year = isDigits(tok(i), 4, 4) ? yearNumber(tok(i)) : std::nullopt;
        const QString s = sep(i + 1);
        if (!year || !(s == QLatin1String("-") || s == QLatin1String("/") || s == QLatin1String(".")) ||
            sep(i + 2) != s || !isDigits(tok(i + 1), 1, 2) || !isDigits(tok(i + 2), 1, 2))
            return false;
        const int month = tok(i + 1).toInt();
        const int day = tok(i + 2).toInt();
        if (month < 1 || month > 12 || !validMonthDay(month, day))
            return false;
        appendDate(m_out, year, month, day);
        m_pos += 3;
        return true;
    }

    // 3/3, 3/3/26, 03/03/2026 (month first, as typed in the US; day first when the month cannot be
    // first), and 3.3.2026 (day first, as typed in Europe; needs the year to tell it from a decimal).
    bool numericDate()
    {
        const qsizetype i = m_pos;
        if (!isDigits(tok(i), 1, 2) || !isDigits(tok(i + 1), 1, 2))
            return false;
        const QString s = sep(i + 1);
        const int a = tok(i).toInt();
        const int b = tok(i + 1).toInt();
        std::optional<int> year;
        qsizetype used = 2;
        if (sep(i + 2) == s && (isDigits(tok(i + 2), 2, 2) || isDigits(tok(i + 2), 4, 4))) {
            year = yearNumber(tok(i + 2));
            used = 3;
        }
        int month = 0;
        int day = 0;
        if (s == QLatin1String("/")) {
            if (a >= 1 && a <= 12 && validMonthDay(a, b)) {
                month = a;
                day = b;
            } else if (b >= 1 && b <= 12 && validMonthDay(b, a)) {
                month = b;
                day = a;
            }
        } else if (s == QLatin1String(".") && year && isDigits(tok(i + 2), 4, 4) && b >= 1 && b <= 12 &&
                   validMonthDay(b, a)) {
            month = b;
            day = a;
        }
        if (month == 0)
            return false;
        appendDate(m_out, year, month, day);
        m_pos += used;
        return true;
    }

    // March 3rd, Mar 3, March 3, 2026
    bool monthFirstDate()
    {
        const qsizetype i = m_pos;
        const int month = monthNumber(tok(i));
        if (month == 0 || !spaceBefore(i + 1))
            return false;
        const std::optional<int> day = dayNumber(tok(i + 1));
        if (!day || !validMonthDay(month, *day))
            return false;
        qsizetype used = 2;
        std::optional<int> year;
        if (spaceBefore(i + 2) && isDigits(tok(i + 2), 4, 4)) {
            year = yearNumber(tok(i + 2));
            used = 3;
        }
        m_out << tok(i);
        appendDate(m_out, year, month, *day);
        m_pos += used;
        return true;
    }

    // 3 March, 3rd of March 2026
    bool dayFirstDate()
    {
        const qsizetype i = m_pos;
        const std::optional<int> day = dayNumber(tok(i));
        if (!day)
            return false;
        qsizetype j = i + 1;
        if (tok(j) == QLatin1String("of"))
            ++j;
        const int month = monthNumber(tok(j));
        if (month == 0 || !spaceBefore(j) || !validMonthDay(month, *day))
            return false;
        std::optional<int> year;
        qsizetype end = j + 1;
        if (spaceBefore(j + 1) && isDigits(tok(j + 1), 4, 4)) {
            year = yearNumber(tok(j + 1));
            ++end;
        }
        m_out << tok(j);
        appendDate(m_out, year, month, *day);
        m_pos = end;
        return true;
    }

    static int withMeridiem(int hour, const QString& meridiem)
    {
        if (meridiem == QLatin1String("pm") || meridiem == QLatin1String("p"))
            return hour % 12 + 12;
        if (meridiem == QLatin1String("am") || meridiem == QLatin1String("a"))
            return hour % 12;
        return hour;
    }

    static bool isMeridiem(const QString& s) { return s == QLatin1String("am") || s == QLatin1String("pm"); }

    void appendTime(int hour, int minute)
    {
        m_out << QStringLiteral("t") + twoDigits(hour) + twoDigits(minute);
    }

    // 7:30, 7:30pm, 7:30 pm, 7pm, 7 pm
    bool timeOfDay()
    {
        const qsizetype i = m_pos;
        const QString t = tok(i);
        if (isDigits(t, 1, 2) && sep(i + 1) == QLatin1String(":")) {
            const QString next = tok(i + 1);
            const QString minutes = next.left(2);
            const QString suffix = next.mid(2);
            if (!isDigits(minutes, 2, 2) || !(suffix.isEmpty() || isMeridiem(suffix)))
                return false;
            int hour = t.toInt();
            const int minute = minutes.toInt();
            if (hour > 23 || minute > 59)
                return false;
            qsizetype used = 2;
            QString meridiem = suffix;
            if (meridiem.isEmpty() && isMeridiem(tok(i + 2)) && spaceBefore(i + 2)) {
                meridiem = tok(i + 2);
                used = 3;
            }
            if (!meridiem.isEmpty() && (hour < 1 || hour > 12))
                return false;
            appendTime(withMeridiem(hour, meridiem), minute);
            m_pos += used;
            return true;
        }
        QString hourText;
        QString meridiem;
        qsizetype used = 1;
        if (t.size() > 2 && isMeridiem(t.right(2)) && isDigits(t.chopped(2), 1, 2)) {
            hourText = t.chopped(2);
            meridiem = t.right(2);
        } else if (isDigits(t, 1, 2) && isMeridiem(tok(i + 1)) && sep(i + 1).trimmed().isEmpty()) {
            hourText = t;
            meridiem = tok(i + 1);
            used = 2;
        } else {
            return false;
        }
        const int hour = hourText.toInt();
        if (hour < 1 || hour > 12)
            return false;
        m_out << hourText;
        appendTime(withMeridiem(hour, meridiem), 0);
        m_pos += used;
        return true;
    }

    // 1,200 → 1200; 1,200.00 → 1200; 12.50 → 12 12p5; 5k → 5000; 1.2k → 1200. A dotted run with more
    // than two parts (1.2.3, an IP address) is a code, not a number.
    bool number()
    {
        const qsizetype i = m_pos;
        QString integer = tok(i);
        if (!isDigits(integer) && !(integer.endsWith(u'k') && isDigits(integer.chopped(1))))
            return false;
        qsizetype j = i + 1;
        if (isDigits(integer, 1, 3)) {
            while (sep(j) == QLatin1String(",") && isDigits(tok(j), 3, 3)) {
                integer += tok(j);
                ++j;
            }
        }
        const bool grouped = j > i + 1;
        QString fraction;
        bool thousands = false;
        if (integer.endsWith(u'k')) {
            integer.chop(1);
            thousands = true;
        } else if (sep(j) == QLatin1String(".") && sep(j + 1) != QLatin1String(".")) {
            QString f = tok(j);
            if (f.endsWith(u'k') && isDigits(f.chopped(1))) {
                f.chop(1);
                thousands = true;
            }
            if (isDigits(f)) {
                fraction = f;
                ++j;
            } else {
                thousands = false;
            }
        }
        if (!grouped && fraction.isEmpty() && !thousands)
            return false;
        if (thousands) {
            const QString decimal =
                integer + QLatin1Char('.') + (fraction.isEmpty() ? QStringLiteral("0") : fraction);
            const double value = decimal.toDouble() * 1000.0;
            m_out << QString::number(qRound64(value));
            m_pos = j;
            return true;
        }
        m_out << canonicalInteger(integer);
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        if (!fraction.isEmpty())
            m_out << canonicalInteger(integer) + QLatin1Char('p') + fraction;
        m_pos = j;
        return true;
    }

    // 4-B → 4 b 4b; 555-123-4567 → … 5551234567; wi-fi → wi fi wifi; v1.2.3 → … v123. Codes are
    // typed with and without their punctuation, so both forms are indexed.
    bool joinedCode()
    {
        const qsizetype i = m_pos;
        qsizetype j = i + 1;
        while (j < m_tokens.size()) {
            const bool hyphen = isHyphen(sep(j));
            const bool dotLike = sep(j) == QLatin1String(".") || sep(j) == QLatin1String("_");
            if (!hyphen && !dotLike)
                break;
            // Dots join only parts with digits: "e.g." is two letters, "1.2.3" is one code.
            if (dotLike && !containsDigit(tok(j - 1)) && !containsDigit(tok(j)))
                break;
            ++j;
        }
        if (j == i + 1)
            return false;
        QString joined;
        for (qsizetype k = i; k < j; ++k) {
            plainToken(tok(k));
            joined += tok(k);
        }
        m_out << joined;
        m_pos = j;
        return true;
    }

    QList<RawToken> m_tokens;
    QDate m_reference;
    qsizetype m_pos = 0;
    QStringList m_out;
};

} // namespace

QStringList NoteTextNormalizer::tokens(const QString& text, const QDate& reference)
{
    return Scanner(split(text), reference).run();
}

QString NoteTextNormalizer::normalizedText(const QString& text, const QDate& reference)
{
    return tokens(text, reference).join(QLatin1Char(' '));
}

} // namespace Dewey
