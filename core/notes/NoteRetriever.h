#pragma once

#include "notes/Embedder.h"
#include "notes/Note.h"

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace Dewey {

class EmbeddingIndex;
class EmbeddingIndexer;
class NotesRepository;

// A note found for a query, with why it was found. Times are on the note: when notes conflict, the
// assistant prefers the newest one.
struct RetrievedNote
{
    Note note;
    double score = 0;        // the fused score in hybrid mode, BM25 in keyword mode; higher is better
    int keywordRank = 0;     // 1-based rank in the keyword results, 0 when not among them
    int semanticRank = 0;    // 1-based rank by meaning, 0 when not among them
    double keywordScore = 0; // BM25, higher is better
    float similarity = 0;    // cosine similarity to the query
};

struct Retrieval
{
    QList<RetrievedNote> notes;
    bool usedEmbeddings = false;
    // Why only words were used, for the streamer; empty in hybrid mode.
    QString notice;
};

// Finds the notes that answer a query: FTS5 BM25 over normalised words, fused by reciprocal rank with
// cosine similarity over the in-memory embedding matrix. Without an API key, offline, or while the
// embedder fails, it uses keywords alone and says so (status(), Retrieval::notice).
class NoteRetriever : public QObject
{
    Q_OBJECT

public:
    // How many candidates each method contributes to the fusion.
    static constexpr int kCandidates = 50;
    // From this many vectors on, a hybrid search scans them on a worker thread while the keyword half
    // runs (below it the hand-over costs more than the scan).
    static constexpr qsizetype kParallelScanRows = 20000;
    // A query whose vector takes longer than this is answered from keywords alone.
    static constexpr int kDefaultQueryTimeoutMs = 8000;

    enum class Mode
    {
        Hybrid,
        KeywordOnly,
    };
    Q_ENUM(Mode)

    // The indexer is optional: without one, the index is used as it is.
    NoteRetriever(NotesRepository& notes, EmbeddingIndex& index, Embedder& embedder,
                  EmbeddingIndexer* indexer = nullptr, QObject* parent = nullptr);

    void setQueryTimeout(int milliseconds) { m_queryTimeoutMs = milliseconds; }

    // Synchronous keyword search (search-as-you-type, no network).
    QList<RetrievedNote> keywordSearch(const QString& query, int limit) const;
    // Synchronous hybrid search with a query vector already computed by the embedder.
    QList<RetrievedNote> hybridSearch(const QString& query, const EmbeddingVector& queryVector,
                                      int limit) const;

    // Embeds the query and answers with hybrid results, or keyword results (with a notice) when the
    // vector cannot be had. `done` runs later, on `context`'s thread, unless context is destroyed first.
    void retrieve(const QString& query, int limit, QObject* context,
                  std::function<void(const Retrieval&)> done);

    Mode mode() const;
    // One line for the status area: how notes are being found, and why only by words if so.
    QString statusText() const;

signals:
    void statusChanged();

private:
    NotesRepository& m_notes;
    EmbeddingIndex& m_index;
    Embedder& m_embedder;
    EmbeddingIndexer* m_indexer;
    int m_queryTimeoutMs = kDefaultQueryTimeoutMs;
    mutable QThreadPool m_scanThread;
};

} // namespace Dewey
