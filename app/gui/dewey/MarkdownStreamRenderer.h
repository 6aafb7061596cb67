#pragma once

#include <QString>
#include <QTextDocument>

namespace Dewey {

// Renders an answer that grows token by token into a QTextDocument without re-rendering all of it:
// the text is cut at block boundaries that later text can no longer change (a blank line followed
// by a new top-level block outside code fences and lists). Everything before the last such boundary
// is rendered once and kept; each update removes and re-renders only the open tail. The result is
// the document QTextDocument::setMarkdown() makes of the whole text, at a cost that follows the
// length of the last block instead of the whole answer.
//
// Known difference: on Qt 6.4 a one-shot import formats the header row of a table that directly
// follows a fenced code block like body text; the incremental rendering keeps the header bold.
class MarkdownStreamRenderer
{
public:
    // GitHub dialect, raw HTML shown as text: an answer must never inject markup.
    static constexpr QTextDocument::MarkdownFeatures kFeatures =
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

    explicit MarkdownStreamRenderer(QTextDocument* document);

    // The whole text so far. When it extends the previous text only the open tail is re-rendered;
    // when the part already rendered for good changed, the document is rendered again from scratch.
    void setText(const QString& text);
    void clear();

    QString text() const { return m_text; }
    // How many characters of text() are rendered for good.
    qsizetype settledLength() const { return m_settledSource; }

    // Where the last boundary after `from` is (the start of a line that begins a new top-level
    // block), or `from` when there is none. `from` must itself be a boundary (or 0).
    static qsizetype lastBoundary(const QString& text, qsizetype from);

private:
    void removeTail();
    void append(const QString& markdown);

    QTextDocument* m_document;
    QString m_text;
    qsizetype m_settledSource = 0; // text [0, m_settledSource) is rendered for good…
    int m_settledEnd = 0;          // …and ends at this document position
    bool m_settledEmpty = true;    // nothing rendered for good yet
};

} // namespace Dewey
