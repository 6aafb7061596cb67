#pragma once

#include "notes/Note.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Dewey {

class Embedder;
class EmbeddingIndex;
class EmbeddingReply;
class EmbeddingStore;
class NotesRepository;

// Keeps every note's vector computed, in the background: loads the stored vectors into the in-memory
// index, then asks the embedder for the missing ones one batch at a time (new notes, edited notes,
// all of them after the model or size changed), newest notes first. Network work is asynchronous, so
// nothing here blocks the UI thread; failures are retried later with growing delays.
class EmbeddingIndexer : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,     // start() not called yet
        Ready,       // every note has a vector
        Indexing,    // vectors are being computed
        Unavailable, // the embedder cannot be used (no API key, key refused): waits for a change
        Failed,      // the last batch failed (offline, rate limit…): retries after a delay
    };
    Q_ENUM(State)

    static constexpr int kDefaultBatchSize = 64;

    EmbeddingIndexer(NotesRepository& notes, EmbeddingStore& store, EmbeddingIndex& index, Embedder& embedder,
                     QObject* parent = nullptr);
    ~EmbeddingIndexer() override;

    void setBatchSize(int size) { m_batchSize = std::max(size, 1); }
    // First and longest delay before a failed batch is tried again (defaults 15 s and 10 min).
    void setRetryDelays(int firstMs, int maxMs);

    // Loads stored vectors, then starts filling in the missing ones.
    void start();
    // Tries again at once (after an API key was added, or the network came back).
    void retryNow();

    State state() const { return m_state; }
    // Why the state is Unavailable or Failed, for the streamer.
    QString problem() const { return m_problem; }
    int embeddedCount() const { return m_total - m_missing; }
    int noteCount() const { return m_total; }

signals:
    void stateChanged(Dewey::EmbeddingIndexer::State state);
    void progressChanged(int embedded, int total);

private:
    void reload();
    void schedule();
    void pump();
    void onBatchFinished(EmbeddingReply* reply, const QList<Note>& batch);
    void setState(State state, const QString& problem = {});
    void recount();
    void cancelBatch();

    NotesRepository& m_notes;
    EmbeddingStore& m_store;
    EmbeddingIndex& m_index;
    Embedder& m_embedder;

    State m_state = State::Stopped;
    QString m_problem;
    int m_batchSize = kDefaultBatchSize;
    int m_total = 0;
    int m_missing = 0;
    int m_firstRetryMs = 15000;
    int m_maxRetryMs = 600000;
    int m_nextRetryMs = 15000;
    bool m_pumpScheduled = false;
    QPointer<EmbeddingReply> m_reply;
    QTimer m_retryTimer;
};

} // namespace Dewey
