#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Dewey {

// The streamer's list of words that must never appear on stream in buyer names or messages. Words
// match whole words, case-insensitively, in any script; an entry ending in '*' also matches words that
// start with it ("spam*" masks "spammer"). Matches are replaced by asterisks.
class WordBlocklist
{
public:
    explicit WordBlocklist(const QStringList& words = {});

    bool isEmpty() const { return m_words.isEmpty(); }
    QStringList words() const { return m_words; }

    // `text` with every blocked word masked; *masked (optional) says whether anything was.
    QString mask(const QString& text, bool* masked = nullptr) const;

private:
    QStringList m_words;
    QRegularExpression m_pattern;
};

} // namespace Dewey
