#include "stripe/WordBlocklist.h"

namespace Dewey {

WordBlocklist::WordBlocklist(const QStringList& words)
{
    QStringList alternatives;
    for (const QString& entry : words) {
        QString word = entry.simplified();
        const bool prefix = word.endsWith(QLatin1Char('*'));
        if (prefix)
            word.chop(1);
        if (word.isEmpty())
            continue;
        m_words.append(entry.simplified());
        alternatives.append(QRegularExpression::escape(word) + (prefix ? QStringLiteral("\\w*") : QString()));
    }
    if (alternatives.isEmpty())
        return;
    // Lookarounds instead of \b, so entries that start or end with punctuation still match whole.
    m_pattern = QRegularExpression(
        QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(alternatives.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString WordBlocklist::mask(const QString& text, bool* masked) const
{
    if (masked)
        *masked = false;
    if (m_words.isEmpty() || text.isEmpty())
        return text;
    QString result = text;
    // Replace from the end so earlier offsets stay valid.
    QList<QRegularExpressionMatch> matches;
    for (auto it = m_pattern.globalMatch(text); it.hasNext();)
        matches.append(it.next());
    for (auto match = matches.crbegin(); match != matches.crend(); ++match)
        result.replace(match->capturedStart(), match->capturedLength(),
                       QString(match->capturedLength(), u'*'));
    if (masked)
        *masked = !matches.isEmpty();
    return result;
}

} // namespace Dewey
