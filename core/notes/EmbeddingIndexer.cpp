#include "notes/EmbeddingIndexer.h"

#include "log/LogCategories.h"
#include "notes/Embedder.h"
#include "notes/EmbeddingIndex.h"
#include "notes/EmbeddingStore.h"
#include "notes/NotesRepository.h"

namespace Dewey {

EmbeddingIndexer::EmbeddingIndexer(NotesRepository& notes, EmbeddingStore& store, EmbeddingIndex& index,
                                   Embedder& embedder, QObject* parent)
    : QObject(parent)
    , m_notes(notes)
    , m_store(store)
    , m_index(index)
    , m_embedder(embedder)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EmbeddingIndexer::pump);

    connect(&m_notes, &NotesRepository::noteAdded, this, [this](const Note& note) {
        if (m_state == State::Stopped)
            return;
        // A restored note may still have its vector.
        if (const auto vector = m_store.vector(note.id, m_embedder.model(), m_embedder.dimensions()))
            m_index.upsert(note.id, *vector);
        recount();
        schedule();
    });
    connect(&m_notes, &NotesRepository::noteUpdated, this, [this](const Note& note) {
        if (m_state == State::Stopped)
            return;
        m_index.remove(note.id); // its vector describes the old text
        recount();
        schedule();
    });
    connect(&m_notes, &NotesRepository::noteRemoved, this, [this](qint64 id) {
        if (m_state == State::Stopped)
            return;
        m_index.remove(id);
        recount();
    });
    connect(&m_notes, &NotesRepository::notesImported, this, [this] {
        if (m_state == State::Stopped)
            return;
        recount();
        schedule();
    });
    connect(&m_embedder, &Embedder::spaceChanged, this, [this] {
        if (m_state != State::Stopped)
            reload();
    });
    connect(&m_embedder, &Embedder::availabilityChanged, this, &EmbeddingIndexer::retryNow);
}

EmbeddingIndexer::~EmbeddingIndexer()
{
    cancelBatch();
}

void EmbeddingIndexer::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = std::max(firstMs, 0);
    m_maxRetryMs = std::max(maxMs, m_firstRetryMs);
    m_nextRetryMs = m_firstRetryMs;
}

void EmbeddingIndexer::start()
{
    reload();
}

void EmbeddingIndexer::reload()
{
    cancelBatch();
    QString error;
    if (!m_store.loadInto(m_index, m_embedder.model(), m_embedder.dimensions(), &error))
        qCWarning(lcNotes) << "Cannot load note vectors:" << error;
    qCInfo(lcNotes) << "Loaded" << m_index.size() << "note vectors of" << m_embedder.model()
                    << m_embedder.dimensions();
    m_state = State::Indexing; // anything but Stopped; pump() settles the real state
    recount();
    m_nextRetryMs = m_firstRetryMs;
    schedule();
}

void EmbeddingIndexer::retryNow()
{
    if (m_state == State::Stopped)
        return;
    m_retryTimer.stop();
    m_nextRetryMs = m_firstRetryMs;
    schedule();
}

void EmbeddingIndexer::recount()
{
    m_total = m_notes.count();
    m_missing = m_store.missingCount(m_embedder.model(), m_embedder.dimensions());
    // Honest at once: a note added a moment ago is not searchable by meaning yet.
    if (m_state == State::Ready && m_missing > 0)
        setState(State::Indexing);
    emit progressChanged(embeddedCount(), m_total);
}

void EmbeddingIndexer::schedule()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    // Coalesces a burst of changes (an import, fast typing) into one look at what is missing.
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void EmbeddingIndexer::pump()
{
    if (m_reply || m_state == State::Stopped || m_retryTimer.isActive())
        return;
    const QString reason = m_embedder.unavailableReason();
    if (!reason.isEmpty()) {
        setState(State::Unavailable, reason);
        return;
    }
    const QList<Note> batch = m_store.missing(m_embedder.model(), m_embedder.dimensions(), m_batchSize);
    if (batch.isEmpty()) {
        setState(State::Ready);
        return;
    }
    setState(State::Indexing);
    QStringList texts;
    texts.reserve(batch.size());
    for (const Note& note : batch)
        texts << note.text;
    EmbeddingReply* reply = m_embedder.embed(texts);
    m_reply = reply;
    connect(reply, &EmbeddingReply::finished, this, [this, reply, batch] { onBatchFinished(reply, batch); });
}

void EmbeddingIndexer::onBatchFinished(EmbeddingReply* reply, const QList<Note>& batch)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply.clear();
    using Error = EmbeddingReply::Error;
    switch (reply->error()) {
    case Error::None:
        break;
    case Error::Aborted:
        return; // reload() or the destructor cancelled it and has its own plan
    case Error::NoApiKey:
    case Error::Unauthorized:
        qCWarning(lcNotes) << "Embeddings unavailable:" << reply->errorString();
        setState(State::Unavailable, reply->errorString());
        return;
    default:
        qCWarning(lcNotes) << "Embedding batch failed, retrying in" << m_nextRetryMs
                           << "ms:" << reply->errorString();
        setState(State::Failed, reply->errorString());
        m_retryTimer.start(m_nextRetryMs);
        m_nextRetryMs = std::min(m_nextRetryMs * 2, m_maxRetryMs);
        return;
    }

    const std::vector<EmbeddingVector>& vectors = reply->vectors();
    QList<std::pair<Note, EmbeddingVector>> pairs;
    pairs.reserve(batch.size());
    for (qsizetype i = 0; i < batch.size() && i < qsizetype(vectors.size()); ++i)
        pairs.append({batch.at(i), vectors[std::size_t(i)]});
    QString error;
    const QList<qint64> stored = m_store.save(pairs, m_embedder.model(), m_embedder.dimensions(), &error);
    if (!error.isEmpty()) {
        qCWarning(lcNotes) << "Cannot store note vectors:" << error;
        setState(State::Failed, tr("Cannot store note vectors: %1").arg(error));
        m_retryTimer.start(m_nextRetryMs);
        return;
    }
    if (stored.isEmpty()) {
        // Every note of the batch changed meanwhile, or the vectors had the wrong size: try later
        // rather than asking again at once.
        setState(State::Failed, tr("The embedding server returned vectors Dewey could not store."));
        m_retryTimer.start(m_nextRetryMs);
        m_nextRetryMs = std::min(m_nextRetryMs * 2, m_maxRetryMs);
        return;
    }
    for (const auto& [note, vector] : std::as_const(pairs)) {
        if (stored.contains(note.id))
            m_index.upsert(note.id, vector);
    }
    m_nextRetryMs = m_firstRetryMs;
    recount();
    schedule();
}

void EmbeddingIndexer::setState(State state, const QString& problem)
{
    if (state == m_state && problem == m_problem)
        return;
    m_state = state;
    m_problem = problem;
    emit stateChanged(state);
}

void EmbeddingIndexer::cancelBatch()
{
    m_retryTimer.stop();
    if (EmbeddingReply* reply = m_reply.data()) {
        m_reply.clear();
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace Dewey
