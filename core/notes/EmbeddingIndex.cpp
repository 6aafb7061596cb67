#include "notes/EmbeddingIndex.h"

#include <algorithm>
#include <cstring>

namespace Dewey {

namespace {

// Eight independent sums let the compiler keep them in SIMD lanes without reordering one sum
// (which it may not do for floats without -ffast-math).
float dot(const float* a, const float* b, std::size_t n)
{
    constexpr std::size_t lanes = 8;
    float acc[lanes] = {};
    std::size_t i = 0;
    for (; i + lanes <= n; i += lanes) {
        for (std::size_t l = 0; l < lanes; ++l)
            acc[l] += a[i + l] * b[i + l];
    }
    float sum = 0;
    for (const float x : acc)
        sum += x;
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

} // namespace

EmbeddingIndex::EmbeddingIndex(int dimensions)
    : m_dimensions(std::max(dimensions, 0))
{}

void EmbeddingIndex::reset(int dimensions)
{
    m_dimensions = std::max(dimensions, 0);
    m_matrix.clear();
    m_matrix.shrink_to_fit();
    m_ids.clear();
    m_ids.shrink_to_fit();
    m_rows.clear();
}

void EmbeddingIndex::reserve(qsizetype rows)
{
    m_matrix.reserve(static_cast<std::size_t>(rows) * static_cast<std::size_t>(m_dimensions));
    m_ids.reserve(static_cast<std::size_t>(rows));
    m_rows.reserve(rows);
}

bool EmbeddingIndex::upsert(qint64 id, const float* vector, qsizetype length)
{
    if (m_dimensions == 0 || length != m_dimensions)
        return false;
    const auto dims = static_cast<std::size_t>(m_dimensions);
    const auto found = m_rows.constFind(id);
    if (found != m_rows.constEnd()) {
        std::memcpy(m_matrix.data() + *found * dims, vector, dims * sizeof(float));
        return true;
    }
    m_rows.insert(id, m_ids.size());
    m_ids.push_back(id);
    m_matrix.insert(m_matrix.end(), vector, vector + dims);
    return true;
}

void EmbeddingIndex::remove(qint64 id)
{
    const auto found = m_rows.constFind(id);
    if (found == m_rows.constEnd())
        return;
    const std::size_t row = *found;
    const std::size_t last = m_ids.size() - 1;
    const auto dims = static_cast<std::size_t>(m_dimensions);
    // Move the last row into the hole so the matrix stays contiguous.
    if (row != last) {
        std::memcpy(m_matrix.data() + row * dims, m_matrix.data() + last * dims, dims * sizeof(float));
        m_ids[row] = m_ids[last];
        m_rows.insert(m_ids[row], row);
    }
    m_rows.remove(id);
    m_ids.pop_back();
    m_matrix.resize(last * dims);
}

QList<EmbeddingIndex::Match> EmbeddingIndex::nearest(const EmbeddingVector& query, qsizetype k) const
{
    QList<Match> result;
    if (k <= 0 || m_ids.empty() || static_cast<qsizetype>(query.size()) != m_dimensions)
        return result;
    const auto dims = static_cast<std::size_t>(m_dimensions);
    const std::size_t rows = m_ids.size();
    const auto keep = std::min(static_cast<std::size_t>(k), rows);

    // A min-heap of the best `keep` so far: one pass, no score array for 100k rows.
    std::vector<Match> heap;
    heap.reserve(keep + 1);
    const auto worseFirst = [](const Match& a, const Match& b) { return a.similarity > b.similarity; };
    const float* row = m_matrix.data();
    for (std::size_t r = 0; r < rows; ++r, row += dims) {
        const float similarity = dot(row, query.data(), dims);
        if (heap.size() < keep) {
            heap.push_back({m_ids[r], similarity});
            std::push_heap(heap.begin(), heap.end(), worseFirst);
        } else if (similarity > heap.front().similarity) {
            std::pop_heap(heap.begin(), heap.end(), worseFirst);
            heap.back() = {m_ids[r], similarity};
            std::push_heap(heap.begin(), heap.end(), worseFirst);
        }
    }
    std::sort_heap(heap.begin(), heap.end(), worseFirst);
    result.reserve(static_cast<qsizetype>(heap.size()));
    for (const Match& m : heap)
        result.append(m);
    return result;
}

} // namespace Dewey
