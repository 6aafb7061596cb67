#include "notes/EmbeddingIndex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Dewey;

namespace {

EmbeddingVector unitVector(QRandomGenerator& random, int dimensions)
{
    EmbeddingVector v(static_cast<std::size_t>(dimensions));
    double norm = 0;
    for (float& x : v) {
        x = static_cast<float>(random.generateDouble() * 2 - 1);
        norm += double(x) * x;
    }
    const auto scale = static_cast<float>(1 / std::sqrt(norm));
    for (float& x : v)
        x *= scale;
    return v;
}

float exactCosine(const EmbeddingVector& a, const EmbeddingVector& b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += double(a[i]) * b[i];
    return static_cast<float>(sum);
}

} // namespace

class TestEmbeddingIndex : public QObject
{
    Q_OBJECT

private slots:
    void findsTheSameNotesAsAnExactScan_data();
    void findsTheSameNotesAsAnExactScan();
    void replacesAndRemovesRows();
    void refusesVectorsOfTheWrongSize();
    void keepsAQuarterOfTheFloatSize();
};

void TestEmbeddingIndex::findsTheSameNotesAsAnExactScan_data()
{
    QTest::addColumn<int>("dimensions");
    QTest::addColumn<int>("rows");
    QTest::addRow("512 dimensions") << 512 << 2000;
    QTest::addRow("1536 dimensions (OpenAI's default)") << 1536 << 500;
    QTest::addRow("odd size") << 37 << 300;
}

void TestEmbeddingIndex::findsTheSameNotesAsAnExactScan()
{
    QFETCH(int, dimensions);
    QFETCH(int, rows);
    QRandomGenerator random(7);
    EmbeddingIndex index(dimensions);
    QList<EmbeddingVector> vectors;
    for (int i = 0; i < rows; ++i) {
        vectors.append(unitVector(random, dimensions));
        QVERIFY(index.upsert(i + 1, vectors.last()));
    }

    for (int q = 0; q < 20; ++q) {
        // A query near one stored note, as a question about that note would be.
        const EmbeddingVector& target = vectors.at(int(random.bounded(rows)));
        EmbeddingVector query = unitVector(random, dimensions);
        for (std::size_t i = 0; i < query.size(); ++i)
            query[i] = 0.8f * target[i] + 0.2f * query[i];
        const float norm = std::sqrt(exactCosine(query, query));
        for (float& x : query)
            x /= norm;

        QList<std::pair<float, qint64>> exact;
        for (int i = 0; i < rows; ++i)
            exact.append({exactCosine(query, vectors.at(i)), i + 1});
        std::sort(exact.begin(), exact.end(), [](auto a, auto b) { return a.first > b.first; });

        const QList<EmbeddingIndex::Match> found = index.nearest(query, 10);
        QCOMPARE(found.size(), 10);
        // The best match is the same; every returned similarity is within 0.02 of the exact cosine,
        // and nothing better than the 10th found by more than that was left out.
        QCOMPARE(found.front().id, exact.front().second);
        for (const EmbeddingIndex::Match& m : found) {
            const float truth = exactCosine(query, vectors.at(int(m.id - 1)));
            QVERIFY2(std::abs(m.similarity - truth) < 0.02f,
                     qPrintable(QStringLiteral("similarity %1 vs exact %2").arg(m.similarity).arg(truth)));
        }
        const float tenth = exactCosine(query, vectors.at(int(found.back().id - 1)));
        QVERIFY(exact.at(10).first < tenth + 0.02f);
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).similarity >= found.at(i).similarity);
    }
}

void TestEmbeddingIndex::replacesAndRemovesRows()
{
    EmbeddingIndex index(3);
    QVERIFY(index.upsert(1, EmbeddingVector{1, 0, 0}));
    QVERIFY(index.upsert(2, EmbeddingVector{0, 1, 0}));
    QVERIFY(index.upsert(3, EmbeddingVector{0, 0, 1}));
    QCOMPARE(index.size(), 3);

    // Note 1 was edited and now means what note 2 means.
    QVERIFY(index.upsert(1, EmbeddingVector{0, 1, 0}));
    QCOMPARE(index.size(), 3);
    QList<EmbeddingIndex::Match> found = index.nearest(EmbeddingVector{1, 0, 0}, 3);
    QCOMPARE(found.size(), 3);
    QVERIFY(found.front().similarity < 0.01f);

    // Removing a row in the middle keeps the others findable.
    index.remove(2);
    QCOMPARE(index.size(), 2);
    QVERIFY(!index.contains(2));
    found = index.nearest(EmbeddingVector{0, 0, 1}, 1);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.front().id, 3);
    QVERIFY(std::abs(found.front().similarity - 1.0f) < 0.01f);
    found = index.nearest(EmbeddingVector{0, 1, 0}, 1);
    QCOMPARE(found.front().id, 1);

    // A zero vector (an empty note) is stored and never similar to anything.
    QVERIFY(index.upsert(4, EmbeddingVector{0, 0, 0}));
    found = index.nearest(EmbeddingVector{0, 0.6f, 0.8f}, 3);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).id, 3);
    QCOMPARE(found.at(1).id, 1);
    QCOMPARE(found.back().id, 4);
    QCOMPARE(found.back().similarity, 0.0f);
}

void TestEmbeddingIndex::refusesVectorsOfTheWrongSize()
{
    EmbeddingIndex index(4);
    QVERIFY(!index.upsert(1, EmbeddingVector{1, 0, 0}));
    QCOMPARE(index.size(), 0);
    QVERIFY(index.upsert(1, EmbeddingVector{1, 0, 0, 0}));
    QVERIFY(index.nearest(EmbeddingVector{1, 0, 0}, 5).isEmpty());
    QVERIFY(index.nearest(EmbeddingVector{1, 0, 0, 0}, 0).isEmpty());
    EmbeddingIndex unset;
    QVERIFY(!unset.upsert(1, EmbeddingVector{1}));
}

void TestEmbeddingIndex::keepsAQuarterOfTheFloatSize()
{
    EmbeddingIndex index(512);
    index.reserve(1000);
    QRandomGenerator random(3);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(index.upsert(i, unitVector(random, 512)));
    const std::size_t asFloats = 1000 * 512 * sizeof(float);
    QVERIFY2(index.vectorBytes() <= asFloats / 4 + 1000 * sizeof(float),
             qPrintable(QString::number(index.vectorBytes())));
}

QTEST_GUILESS_MAIN(TestEmbeddingIndex)
#include "tst_embeddingindex.moc"
