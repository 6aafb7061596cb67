#include "notes/EmbeddingIndex.h"
#include "notes/RankFusion.h"

#include <QTest>

#include <cmath>

using Dewey::EmbeddingIndex;
using Dewey::EmbeddingVector;
using Dewey::RankFusion;

// The two pure pieces of hybrid retrieval: reciprocal rank fusion and the in-memory vector index.
class TestRankFusion : public QObject
{
    Q_OBJECT

private slots:
    void itemInBothListsBeatsItemInOne();
    void scoresFollowTheFormula();
    void singleListKeepsItsOrder();
    void duplicatesCountOnce();
    void indexFindsNearestFirst();
    void indexRemoveKeepsOtherRows();
    void indexRefusesWrongSize();
    void indexUpsertReplaces();

private:
    static EmbeddingVector unit(std::initializer_list<float> values);
};

void TestRankFusion::itemInBothListsBeatsItemInOne()
{
    // 7 tops the keyword list only; 3 is second in both: agreement wins.
    const QList<RankFusion::Fused> fused = RankFusion::fuse({{7, 3, 9}, {5, 3, 8}});
    QCOMPARE(fused.first().id, qint64(3));
    QCOMPARE(fused.first().ranks, (QList<int>{2, 2}));
    QCOMPARE(fused.size(), 5);
    const auto seven = std::find_if(fused.begin(), fused.end(), [](const auto& f) { return f.id == 7; });
    QCOMPARE(seven->ranks, (QList<int>{1, 0}));
}

void TestRankFusion::scoresFollowTheFormula()
{
    const QList<RankFusion::Fused> fused = RankFusion::fuse({{1, 2}, {2}}, 60);
    QCOMPARE(fused.at(0).id, qint64(2));
    QVERIFY(std::abs(fused.at(0).score - (1.0 / 62 + 1.0 / 61)) < 1e-12);
    QVERIFY(std::abs(fused.at(1).score - 1.0 / 61) < 1e-12);
}

void TestRankFusion::singleListKeepsItsOrder()
{
    const QList<RankFusion::Fused> fused = RankFusion::fuse({{4, 2, 9}, {}});
    QCOMPARE(fused.size(), 3);
    QCOMPARE(fused.at(0).id, qint64(4));
    QCOMPARE(fused.at(1).id, qint64(2));
    QCOMPARE(fused.at(2).id, qint64(9));
    QVERIFY(RankFusion::fuse({}).isEmpty());
}

void TestRankFusion::duplicatesCountOnce()
{
    const QList<RankFusion::Fused> fused = RankFusion::fuse({{1, 1, 2}});
    QCOMPARE(fused.size(), 2);
    QCOMPARE(fused.at(0).ranks, QList<int>{1});
}

EmbeddingVector TestRankFusion::unit(std::initializer_list<float> values)
{
    EmbeddingVector v(values);
    float sum = 0;
    for (const float x : v)
        sum += x * x;
    for (float& x : v)
        x /= std::sqrt(sum);
    return v;
}

void TestRankFusion::indexFindsNearestFirst()
{
    EmbeddingIndex index(3);
    QVERIFY(index.upsert(10, unit({1, 0, 0})));
    QVERIFY(index.upsert(11, unit({0.9f, 0.1f, 0})));
    QVERIFY(index.upsert(12, unit({0, 1, 0})));
    QVERIFY(index.upsert(13, unit({-1, 0, 0})));
    const auto nearest = index.nearest(unit({1, 0.05f, 0}), 3);
    QCOMPARE(nearest.size(), 3);
    QCOMPARE(nearest.at(0).id, qint64(10));
    QCOMPARE(nearest.at(1).id, qint64(11));
    QCOMPARE(nearest.at(2).id, qint64(12));
    QVERIFY(nearest.at(0).similarity > 0.99f);
    QCOMPARE(index.nearest(unit({1, 0, 0}), 10).size(), 4);
}

void TestRankFusion::indexRemoveKeepsOtherRows()
{
    EmbeddingIndex index(2);
    index.upsert(1, unit({1, 0}));
    index.upsert(2, unit({0, 1}));
    index.upsert(3, unit({1, 1}));
    index.remove(1); // the last row moves into its place
    index.remove(42);
    QCOMPARE(index.size(), 2);
    QVERIFY(!index.contains(1));
    QCOMPARE(index.nearest(unit({0, 1}), 1).value(0).id, qint64(2));
    QCOMPARE(index.nearest(unit({1, 1}), 1).value(0).id, qint64(3));
}

void TestRankFusion::indexRefusesWrongSize()
{
    EmbeddingIndex index(3);
    QVERIFY(!index.upsert(1, unit({1, 0})));
    QCOMPARE(index.size(), 0);
    index.upsert(1, unit({1, 0, 0}));
    QVERIFY(index.nearest(unit({1, 0}), 5).isEmpty());
}

void TestRankFusion::indexUpsertReplaces()
{
    EmbeddingIndex index(2);
    index.upsert(1, unit({1, 0}));
    index.upsert(1, unit({0, 1}));
    QCOMPARE(index.size(), 1);
    QVERIFY(index.nearest(unit({0, 1}), 1).value(0).similarity > 0.99f);
}

QTEST_GUILESS_MAIN(TestRankFusion)
#include "tst_rankfusion.moc"
