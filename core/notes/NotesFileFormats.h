#pragma once

#include "notes/Note.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Dewey {

// Reading and writing notes as files, for import/export and backups. Pure: bytes in, drafts out.
//
// JSON Lines: one object per line, {"text":…,"createdAt":…} with an optional "updatedAt"; times in
// ISO 8601 (or Unix seconds/milliseconds). Markdown: Dewey's own export (each note after a
// <!-- dewey-note … --> marker, so times survive the round trip), or any Markdown file, where each
// list item or paragraph becomes a note dated `fallbackTime` (the file's time).
class NotesFileFormats
{
    Q_DECLARE_TR_FUNCTIONS(NotesFileFormats)

public:
    enum class Format
    {
        JsonLines,
        Markdown,
    };

    struct ParseResult
    {
        QList<NoteDraft> drafts;
        QStringList problems; // "line 3: …", one per entry that was skipped
    };

    // From the file name: .jsonl/.ndjson/.json → JSON Lines, .md/.markdown/.txt → Markdown.
    static std::optional<Format> formatForPath(const QString& path);

    static ParseResult parseJsonLines(const QByteArray& data);
    static QByteArray toJsonLines(const QList<Note>& notes);

    static ParseResult parseMarkdown(const QString& text, const QDateTime& fallbackTime);
    static QString toMarkdown(const QList<Note>& notes);

    // The file's bytes in either format (Markdown notes without a date get fallbackTime), and back.
    static ParseResult parse(Format format, const QByteArray& data, const QDateTime& fallbackTime);
    static QByteArray serialize(Format format, const QList<Note>& notes);
};

} // namespace Dewey
