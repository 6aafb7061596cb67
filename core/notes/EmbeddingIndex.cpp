#include "notes/EmbeddingIndex.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Dewey {

namespace {

// Rows scored per call of rowDots(): the scores of a block stay in L1 between the two passes.
constexpr std::size_t kBlockRows = 256;

// Dot products of `count` consecutive rows with the query. Integer sums are exact in any order, so the
// compiler vectorises the inner loop freely (products of two 8-bit values summed over 4096
// dimensions stay far inside 32 bits). The scan is most of a hybrid search's time, and the baseline
// x86-64 build has only 128-bit vectors, so where the platform can pick a variant when the program
// loads, GCC also builds AVX2 and AVX-512 ones (about twice and three times as fast).
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
__attribute__((target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")))
#endif
void rowDots(const qint8* rows, std::size_t count, const qint8* query, std::size_t dims, qint32* out)
{
    for (std::size_t r = 0; r < count; ++r, rows += dims) {
        qint32 sum = 0;
        for (std::size_t i = 0; i < dims; ++i)
            sum += static_cast<qint32>(rows[i]) * static_cast<qint32>(query[i]);
        out[r] = sum;
    }
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
    qint32 dots[kBlockRows];
    for (std::size_t first = 0; first < rows; first += kBlockRows) {
        const std::size_t count = std::min(kBlockRows, rows - first);
        rowDots(m_matrix.data() + first * dims, count, quantisedQuery.data(), dims, dots);
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t r = first + i;
            const float similarity = static_cast<float>(dots[i]) * m_scales[r] * queryScale;
            if (heap.size() < keep) {
                heap.push_back({m_ids[r], similarity});
                std::push_heap(heap.begin(), heap.end(), worseFirst);
            } else if (similarity > heap.front().similarity) {
                std::pop_heap(heap.begin(), heap.end(), worseFirst);
                heap.back() = {m_ids[r], similarity};
                std::push_heap(heap.begin(), heap.end(), worseFirst);
            }
        }
    }
    std::sort_heap(heap.begin(), heap.end(), worseFirst);
    result.reserve(static_cast<qsizetype>(heap.size()));
    for (const Match& m : heap)
        result.append(m);
    return result;
}

} // namespace Dewey
