#pragma once

#include "notes/Embedder.h"

#include <QHash>
#include <QList>

#include <vector>

namespace Dewey {

// Every note's vector in one contiguous row-major float matrix, searched by brute force: at Dewey's
// scale (up to ~100k notes) a linear scan with a vectorisable dot product is fast enough and needs no
// approximate index to keep in sync. Vectors are unit length, so the dot product is the cosine.
class EmbeddingIndex
{
public:
    struct Match
    {
        qint64 id = 0;
        float similarity = 0;
    };

    explicit EmbeddingIndex(int dimensions = 0);

    // Empties the index and sets the vector size.
    void reset(int dimensions);
    int dimensions() const { return m_dimensions; }
    qsizetype size() const { return static_cast<qsizetype>(m_ids.size()); }
    bool contains(qint64 id) const { return m_rows.contains(id); }
    void reserve(qsizetype rows);

    // Adds or replaces a note's vector; false when the size is wrong.
    bool upsert(qint64 id, const float* vector, qsizetype length);
    bool upsert(qint64 id, const EmbeddingVector& vector)
    {
        return upsert(id, vector.data(), static_cast<qsizetype>(vector.size()));
    }
    void remove(qint64 id);

    // The k most similar notes, most similar first; empty when the query has the wrong size.
    QList<Match> nearest(const EmbeddingVector& query, qsizetype k) const;

private:
    int m_dimensions = 0;
    std::vector<float> m_matrix;
    std::vector<qint64> m_ids;
    QHash<qint64, std::size_t> m_rows;
};

} // namespace Dewey
