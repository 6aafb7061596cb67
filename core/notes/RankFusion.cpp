#include "notes/RankFusion.h"

#include <QHash>

#include <algorithm>

namespace Dewey {

QList<RankFusion::Fused> RankFusion::fuse(const QList<QList<qint64>>& rankings, int k)
{
    QList<Fused> fused;
    QHash<qint64, qsizetype> position;
    for (qsizetype list = 0; list < rankings.size(); ++list) {
        const QList<qint64>& ranking = rankings.at(list);
        for (qsizetype i = 0; i < ranking.size(); ++i) {
            const qint64 id = ranking.at(i);
            auto found = position.constFind(id);
            if (found == position.constEnd()) {
                found = position.insert(id, fused.size());
                fused.append({id, 0.0, QList<int>(rankings.size(), 0)});
            }
            Fused& item = fused[*found];
            if (item.ranks[list] != 0)
                continue; // a duplicate within one list counts once, at its best rank
            item.ranks[list] = static_cast<int>(i + 1);
            item.score += 1.0 / (k + static_cast<double>(i + 1));
        }
    }
    std::stable_sort(fused.begin(), fused.end(),
                     [](const Fused& a, const Fused& b) { return a.score > b.score; });
    return fused;
}

} // namespace Dewey
