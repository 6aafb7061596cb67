#include "MarkdownStreamRenderer.h"

#include <QStringView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>

namespace Dewey {

namespace {

qsizetype indentation(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && (line[n] == QLatin1Char(' ') || line[n] == QLatin1Char('\t')))
        ++n;
    return n;
}

bool isBlank(QStringView line)
{
    return indentation(line) == line.size();
}

// "- ", "* ", "+ ", "1. ", "12) " (or the marker alone at the end of the line).
bool startsListItem(QStringView line)
{
    line = line.mid(indentation(line));
    if (line.isEmpty())
        return false;
    qsizetype markerEnd = 0;
    if (line[0] == QLatin1Char('-') || line[0] == QLatin1Char('*') || line[0] == QLatin1Char('+')) {
        markerEnd = 1;
    } else {
        while (markerEnd < line.size() && markerEnd < 9 && line[markerEnd].isDigit())
            ++markerEnd;
        if (markerEnd == 0 || markerEnd == line.size() ||
            (line[markerEnd] != QLatin1Char('.') && line[markerEnd] != QLatin1Char(')')))
            return false;
        ++markerEnd;
    }
    return markerEnd == line.size() || line[markerEnd] == QLatin1Char(' ') ||
           line[markerEnd] == QLatin1Char('\t');
}

// A code fence ("```", "~~~~"): its character and length, or a null character.
QPair<QChar, qsizetype> fence(QStringView line)
{
    const qsizetype indent = indentation(line);
    if (indent > 3)
        return {};
    line = line.mid(indent);
    if (line.isEmpty() || (line[0] != QLatin1Char('`') && line[0] != QLatin1Char('~')))
        return {};
    qsizetype length = 0;
    while (length < line.size() && line[length] == line[0])
        ++length;
    if (length < 3)
        return {};
    return {line[0], length};
}

} // namespace

MarkdownStreamRenderer::MarkdownStreamRenderer(QTextDocument* document)
    : m_document(document)
{}

qsizetype MarkdownStreamRenderer::lastBoundary(const QString& text, qsizetype from)
{
    qsizetype boundary = from;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    bool inList = false;
    bool previousBlank = true;
    qsizetype lineStart = from;
    while (lineStart < text.size()) {
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), lineStart);
        if (newline < 0)
            break; // an unfinished line may still turn into anything ("-" → "- item", "``" → "```")
        QStringView line = QStringView(text).mid(lineStart, newline - lineStart);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QPair<QChar, qsizetype> lineFence = fence(line);
        if (!fenceChar.isNull()) {
            // Inside a fenced code block only its closing fence matters.
            if (lineFence.first == fenceChar && lineFence.second >= fenceLength &&
                isBlank(line.mid(indentation(line) + lineFence.second)))
                fenceChar = QChar();
        } else if (isBlank(line)) {
            previousBlank = true;
            lineStart = newline + 1;
            continue;
        } else {
            const qsizetype indent = indentation(line);
            const bool listItem = indent <= 3 && startsListItem(line);
            // A new top-level block after a blank line: nothing after it can change what came before,
            // unless it continues a list ("- a\n\n- b" is one loose list).
            if (previousBlank && indent == 0 && lineStart > from && !(listItem && inList))
                boundary = lineStart;
            if (listItem)
                inList = true;
            else if (previousBlank && indent == 0)
                inList = false;
            if (!lineFence.first.isNull()) {
                fenceChar = lineFence.first;
                fenceLength = lineFence.second;
            }
        }
        previousBlank = false;
        lineStart = newline + 1;
    }
    return boundary;
}

void MarkdownStreamRenderer::setText(const QString& text)
{
    if (!QStringView(text).startsWith(QStringView(m_text).left(m_settledSource)))
        clear();
    m_text = text;
    removeTail();
    const qsizetype boundary = lastBoundary(m_text, m_settledSource);
    if (boundary > m_settledSource) {
        append(m_text.mid(m_settledSource, boundary - m_settledSource));
        m_settledSource = boundary;
        m_settledEnd = m_document->characterCount() - 1;
        m_settledEmpty = false;
    }
    if (m_settledSource < m_text.size())
        append(m_text.mid(m_settledSource));
}

void MarkdownStreamRenderer::clear()
{
    m_text.clear();
    m_settledSource = 0;
    m_settledEnd = 0;
    m_settledEmpty = true;
    m_document->clear();
}

void MarkdownStreamRenderer::removeTail()
{
    if (m_settledEmpty) {
        m_document->clear();
        return;
    }
    QTextCursor cursor(m_document);
    cursor.setPosition(m_settledEnd);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

void MarkdownStreamRenderer::append(const QString& markdown)
{
    if (m_document->isEmpty() && m_document->blockCount() == 1) {
        m_document->setMarkdown(markdown, kFeatures); // the first part: exactly the one-shot result
        return;
    }
    QTextDocument part;
    part.setDefaultFont(m_document->defaultFont());
    part.setMarkdown(markdown, kFeatures);
    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);

    QTextBlock first = part.firstBlock();
    const auto inTable = [](const QTextBlock& block) { return QTextCursor(block).currentTable() != nullptr; };
    const bool startsWithTable =
        inTable(first) || (first.length() == 1 && first.next().isValid() && inTable(first.next()));
    // The importer leaves the document's initial block empty before some blocks (a rule): skip it.
    if (!startsWithTable && !first.textList() && first.length() == 1 && first.next().isValid())
        first = first.next();
    const auto insertBlockLike = [&cursor](const QTextBlock& block) {
        QTextBlockFormat format = block.blockFormat();
        format.clearProperty(QTextFormat::ObjectIndex); // an object of the other document
        cursor.insertBlock(format, block.charFormat());
        if (QTextList* list = cursor.currentList())
            list->remove(cursor.block());
    };
    // A rule is a block of its own with nothing in it, which a fragment would not carry.
    if (first.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
        insertBlockLike(first);
        first = first.next();
        if (!first.isValid())
            return;
    }

    QTextCursor selection(&part);
    selection.setPosition(first.position());
    selection.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    const QTextDocumentFragment fragment =
        startsWithTable ? QTextDocumentFragment(&part) : selection.selection();
    if (fragment.isEmpty()) {
        // A block whose text has not arrived yet ("# ", "- "): a fragment carries no empty blocks, so
        // make the one a whole-text import would have. An empty code block has none.
        if (first.next().isValid() || (first.blockFormat().headingLevel() == 0 && !first.textList()))
            return;
        insertBlockLike(first);
        if (const QTextList* list = first.textList())
            cursor.createList(list->format());
        return;
    }
    // Lists and tables bring their own first block when inserted; anything else needs a new block
    // with the part's first block format (an inherited one would put a paragraph into a list).
    if (!startsWithTable && !first.textList())
        insertBlockLike(first);
    cursor.insertFragment(fragment);
}

} // namespace Dewey
