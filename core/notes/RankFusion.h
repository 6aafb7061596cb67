#pragma once

#include <QList>

namespace Dewey {

// Reciprocal rank fusion (Cormack, Clarke & Büttcher, 2009): each list gives an item 1 / (k + rank)
// and the sums decide the order. Only ranks matter, so BM25 scores and cosine similarities, which
// live on unrelated scales, combine without calibration.
class RankFusion
{
public:
    static constexpr int kDefaultK = 60;

    struct Fused
    {
        qint64 id = 0;
        double score = 0;
        QList<int> ranks; // 1-based rank in each input list, 0 where the item is absent
    };

    // Best first; equal scores keep the order in which items were first seen (earlier lists first).
    static QList<Fused> fuse(const QList<QList<qint64>>& rankings, int k = kDefaultK);
};

} // namespace Dewey
