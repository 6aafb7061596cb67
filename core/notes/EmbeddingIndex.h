#pragma once

#include "notes/Embedder.h"

#include <QHash>
#include <QList>

#include <vector>

namespace Dewey {

// Every note's vector in one contiguous row-major matrix, searched by brute force: at Dewey's scale
// (up to ~100k notes) a linear scan with a vectorisable dot product is fast enough and needs no
// approximate index to keep in sync. The scan is bound by memory bandwidth, so rows are kept as
// 8-bit integers with one scale per row (a quarter of the float size: 100k notes × 512 dimensions
// is 51 MB instead of 205 MB, and a scan reads that much less). The ranking this gives differs
// from the float one only between notes whose similarities are within about 0.01 of each other;
// similarities are approximate to that degree. Vectors are unit length, so the dot product is the
// cosine. The exact vectors stay in the database (EmbeddingStore).
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

    // Memory held by the vectors themselves (for the benchmark and the memory budget).
    std::size_t vectorBytes() const { return m_matrix.capacity() + m_scales.capacity() * sizeof(float); }

private:
    // Writes `vector` quantised into `row` and returns the factor that turns its integers back.
    static float quantise(const float* vector, std::size_t dims, qint8* row);

    int m_dimensions = 0;
    std::vector<qint8> m_matrix;
    std::vector<float> m_scales;
    std::vector<qint64> m_ids;
    QHash<qint64, std::size_t> m_rows;
};

} // namespace Dewey
