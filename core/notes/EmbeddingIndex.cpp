#include "notes/EmbeddingIndex.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Dewey {

namespace {

// Integer sums are exact in any order, so the compiler vectorises this loop freely (products of
// two 8-bit values summed over 4096 dimensions stay far inside 32 bits).
qint32 dot(const qint8* a, const qint8* b, std::size_t n)
{
    qint32 sum = 0;
    for (std::size_t i = 0; i < n; ++i)
        sum += static_cast<qint32>(a[i]) * static_cast<qint32>(b[i]);
    return sum;
}

} // namespace

EmbeddingIndex::EmbeddingIndex(int dimensions)
    : m_dimensions(std::max(dimensions, 0))
{}

float EmbeddingIndex::quantise(const float* vector, std::size_t dims, qint8* row)
{
    float largest = 0;
    for (std::size_t i = 0; i < dims; ++i)
        largest = std::max(largest, std::abs(vector[i]));
    if (largest == 0 || !std::isfinite(largest)) {
        std::fill(row, row + dims, qint8(0));
        return 0;
    }
    const float toInteger = 127.0f / largest;
    for (std::size_t i = 0; i < dims; ++i)
        row[i] = static_cast<qint8>(std::lround(vector[i] * toInteger));
    return largest / 127.0f;
}

void EmbeddingIndex::reset(int dimensions)
{
    m_dimensions = std::max(dimensions, 0);
    m_matrix.clear();
    m_matrix.shrink_to_fit();
    m_scales.clear();
    m_scales.shrink_to_fit();
    m_ids.clear();
    m_ids.shrink_to_fit();
    m_rows.clear();
}

void EmbeddingIndex::reserve(qsizetype rows)
{
    m_matrix.reserve(static_cast<std::size_t>(rows) * static_cast<std::size_t>(m_dimensions));
    m_scales.reserve(static_cast<std::size_t>(rows));
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
        m_scales[*found] = quantise(vector, dims, m_matrix.data() + *found * dims);
        return true;
    }
    const std::size_t row = m_ids.size();
    m_rows.insert(id, row);
    m_ids.push_back(id);
    m_matrix.resize((row + 1) * dims);
    m_scales.push_back(quantise(vector, dims, m_matrix.data() + row * dims));
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
        std::memcpy(m_matrix.data() + row * dims, m_matrix.data() + last * dims, dims);
        m_scales[row] = m_scales[last];
        m_ids[row] = m_ids[last];
        m_rows.insert(m_ids[row], row);
    }
    m_rows.remove(id);
    m_ids.pop_back();
    m_scales.pop_back();
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
    std::vector<qint8> quantisedQuery(dims);
    const float queryScale = quantise(query.data(), dims, quantisedQuery.data());

    // A min-heap of the best `keep` so far: one pass, no score array for 100k rows.
    std::vector<Match> heap;
    heap.reserve(keep + 1);
    const auto worseFirst = [](const Match& a, const Match& b) { return a.similarity > b.similarity; };
    const qint8* row = m_matrix.data();
    for (std::size_t r = 0; r < rows; ++r, row += dims) {
        const float similarity =
            static_cast<float>(dot(row, quantisedQuery.data(), dims)) * m_scales[r] * queryScale;
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
