#include "notes/NoteRetriever.h"

#include "notes/EmbeddingIndex.h"
#include "notes/EmbeddingIndexer.h"
#include "notes/NotesRepository.h"
#include "notes/RankFusion.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <future>

namespace Dewey {

NoteRetriever::NoteRetriever(NotesRepository& notes, EmbeddingIndex& index, Embedder& embedder,
                             EmbeddingIndexer* indexer, QObject* parent)
    : QObject(parent)
    , m_notes(notes)
    , m_index(index)
    , m_embedder(embedder)
    , m_indexer(indexer)
{
    m_scanThread.setMaxThreadCount(1);
    connect(&m_embedder, &Embedder::availabilityChanged, this, &NoteRetriever::statusChanged);
    if (m_indexer) {
        connect(m_indexer, &EmbeddingIndexer::stateChanged, this, &NoteRetriever::statusChanged);
        connect(m_indexer, &EmbeddingIndexer::progressChanged, this, &NoteRetriever::statusChanged);
    }
}

QList<RetrievedNote> NoteRetriever::keywordSearch(const QString& query, int limit) const
{
    QList<RetrievedNote> result;
    const QList<NotesRepository::KeywordHit> hits = m_notes.keywordSearch(query, limit);
    result.reserve(hits.size());
    int rank = 0;
    for (const NotesRepository::KeywordHit& hit : hits) {
        RetrievedNote r;
        r.note = hit.note;
        r.score = hit.score;
        r.keywordScore = hit.score;
        r.keywordRank = ++rank;
        result.append(r);
    }
    return result;
}

QList<RetrievedNote> NoteRetriever::hybridSearch(const QString& query, const EmbeddingVector& queryVector,
                                                 int limit) const
{
    if (limit <= 0)
        return {};
    const int candidates = std::max(limit, kCandidates);
    // The vector scan needs no database, so a worker thread runs it while SQLite answers the keyword
    // half here (the connection belongs to this thread). Nothing changes the index meanwhile: its
    // updates arrive through this thread's event loop, which waits for both halves.
    std::promise<QList<EmbeddingIndex::Match>> scanned;
    std::future<QList<EmbeddingIndex::Match>> scan = scanned.get_future();
    const bool parallel = m_index.size() >= kParallelScanRows && m_scanThread.tryStart([&] {
        scanned.set_value(m_index.nearest(queryVector, candidates));
    });
    const QList<NotesRepository::KeywordHit> hits = m_notes.keywordSearch(query, candidates);
    const QList<EmbeddingIndex::Match> nearest =
        parallel ? scan.get() : m_index.nearest(queryVector, candidates);

    QHash<qint64, Note> known;
    QHash<qint64, double> keywordScores;
    QHash<qint64, float> similarities;
    QList<qint64> keywordRanking;
    QList<qint64> semanticRanking;
    for (const NotesRepository::KeywordHit& hit : hits) {
        keywordRanking.append(hit.note.id);
        known.insert(hit.note.id, hit.note);
        keywordScores.insert(hit.note.id, hit.score);
    }
    for (const EmbeddingIndex::Match& match : nearest) {
        semanticRanking.append(match.id);
        similarities.insert(match.id, match.similarity);
    }

    const QList<RankFusion::Fused> fused = RankFusion::fuse({keywordRanking, semanticRanking});
    // Fetch only the notes that made the cut and came from the vector side alone.
    QList<qint64> toFetch;
    const qsizetype wanted = std::min<qsizetype>(fused.size(), limit + 8);
    for (qsizetype i = 0; i < wanted; ++i) {
        if (!known.contains(fused.at(i).id))
            toFetch.append(fused.at(i).id);
    }
    for (const Note& note : m_notes.notes(toFetch))
        known.insert(note.id, note);

    QList<RetrievedNote> result;
    for (qsizetype i = 0; i < wanted; ++i) {
        const RankFusion::Fused& f = fused.at(i);
        const auto note = known.constFind(f.id);
        if (note == known.constEnd())
            continue; // deleted since it was indexed
        RetrievedNote r;
        r.note = *note;
        r.score = f.score;
        r.keywordRank = f.ranks.at(0);
        r.semanticRank = f.ranks.at(1);
        r.keywordScore = keywordScores.value(f.id);
        r.similarity = similarities.value(f.id);
        result.append(r);
    }
    sortBestFirst(result);
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

NoteRetriever::Mode NoteRetriever::mode() const
{
    if (!m_embedder.unavailableReason().isEmpty() || m_index.size() == 0)
        return Mode::KeywordOnly;
    if (m_indexer && (m_indexer->state() == EmbeddingIndexer::State::Unavailable ||
                      m_indexer->state() == EmbeddingIndexer::State::Failed))
        return Mode::KeywordOnly;
    return Mode::Hybrid;
}

QString NoteRetriever::statusText() const
{
    const QString reason = m_embedder.unavailableReason();
    if (!reason.isEmpty())
        return reason;
    if (m_indexer) {
        switch (m_indexer->state()) {
        case EmbeddingIndexer::State::Unavailable:
            return tr("Finding notes by their words only: %1").arg(m_indexer->problem());
        case EmbeddingIndexer::State::Failed:
            return tr("Finding notes by their words only for now: %1 Dewey will try again.")
                .arg(m_indexer->problem());
        case EmbeddingIndexer::State::Indexing:
            return tr("Finding notes by words and meaning (%1 of %n note(s) ready).", nullptr,
                      m_indexer->noteCount())
                .arg(m_indexer->embeddedCount());
        case EmbeddingIndexer::State::Stopped:
        case EmbeddingIndexer::State::Ready:
            break;
        }
    }
    if (m_index.size() == 0)
        return tr("Finding notes by their words only: no note has been indexed by meaning yet.");
    return tr("Finding notes by words and meaning.");
}

void NoteRetriever::retrieve(const QString& query, int limit, QObject* context,
                             std::function<void(const Retrieval&)> done)
{
    const auto keywordOnly = [this, query, limit](const QString& notice) {
        Retrieval retrieval;
        retrieval.notes = keywordSearch(query, limit);
        retrieval.notice = notice;
        return retrieval;
    };
    if (mode() == Mode::KeywordOnly) {
        QTimer::singleShot(0, context, [done, retrieval = keywordOnly(statusText())] { done(retrieval); });
        return;
    }

    EmbeddingReply* reply = m_embedder.embed({query});
    reply->setParent(this); // cleaned up with the retriever even if nobody waits any more
    auto* timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, reply, &EmbeddingReply::abort);
    timeout->start(m_queryTimeoutMs);
    connect(reply, &EmbeddingReply::finished, reply, &QObject::deleteLater);
    connect(reply, &EmbeddingReply::finished, context, [this, reply, query, limit, done, keywordOnly] {
        if (reply->error() == EmbeddingReply::Error::None && reply->vectors().size() == 1) {
            Retrieval retrieval;
            retrieval.notes = hybridSearch(query, reply->vectors().front(), limit);
            retrieval.usedEmbeddings = true;
            done(retrieval);
            return;
        }
        const QString why =
            reply->error() == EmbeddingReply::Error::Aborted
                ? tr("Finding notes by meaning took too long, so these were found by their "
                     "words only.")
                : tr("These notes were found by their words only: %1").arg(reply->errorString());
        done(keywordOnly(why));
    });
}

} // namespace Dewey
