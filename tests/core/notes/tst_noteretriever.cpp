#include "NotesTestSupport.h"
#include "notes/EmbeddingIndex.h"
#include "notes/EmbeddingIndexer.h"
#include "notes/EmbeddingStore.h"
#include "notes/HashingEmbedder.h"
#include "notes/NoteRetriever.h"
#include "notes/NotesRepository.h"

#include <QSignalSpy>

using namespace Dewey;

namespace {

// An embedder whose every request fails the way the test says (offline, key refused…).
class FailingEmbedder final : public Embedder
{
public:
    explicit FailingEmbedder(EmbeddingReply::Error error)
        : m_error(error)
    {}
    QString model() const override { return QStringLiteral("failing"); }
    int dimensions() const override { return 16; }
    QString unavailableReason() const override { return {}; }
    EmbeddingReply* embed(const QStringList&) override
    {
        ++requests;
        auto* reply = new EmbeddingReply();
        reply->fail(m_error, QStringLiteral("Cannot reach api.example: Connection refused"));
        return reply;
    }
    int requests = 0;

private:
    EmbeddingReply::Error m_error;
};

// An embedder that is not configured (like OpenAI without a key).
class UnconfiguredEmbedder final : public Embedder
{
public:
    QString model() const override { return QStringLiteral("none"); }
    int dimensions() const override { return 16; }
    QString unavailableReason() const override { return QStringLiteral("No OpenAI API key is set."); }
    EmbeddingReply* embed(const QStringList&) override
    {
        auto* reply = new EmbeddingReply();
        reply->fail(EmbeddingReply::Error::NoApiKey, unavailableReason());
        return reply;
    }
};

constexpr int kWaitMs = 30000; // generous: a deadline, not a measurement

} // namespace

class TestNoteRetriever : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void indexesEveryNoteInBatchesWithProgress();
    void hybridFindsMisspelledWordsThatKeywordsMiss();
    void exactCodeStaysFirstInHybrid();
    void largeIndexScansWhileKeywordsRun();
    void resultsCarryTimesRanksAndScores();
    void editedNoteIsEmbeddedAgainAndDeletedNoteLeaves();
    void changingTheVectorSizeRecomputesEverything();
    void withoutKeyUsesKeywordsAndSaysSo();
    void whenEmbedderFailsUsesKeywordsAndRetries();

private:
    Note add(const QString& text);
    Retrieval retrieveNow(NoteRetriever& retriever, const QString& query, int limit = 5);

    DeweyTest::ManualClock m_clock{NotesTest::clockStart()};
    std::unique_ptr<NotesTest::TempDatabase> m_db;
    std::unique_ptr<NotesRepository> m_notes;
    std::unique_ptr<EmbeddingStore> m_store;
    EmbeddingIndex m_index;
};

void TestNoteRetriever::init()
{
    m_db = std::make_unique<NotesTest::TempDatabase>();
    QVERIFY(m_db->open());
    m_notes = std::make_unique<NotesRepository>(m_db->database, m_clock);
    m_store = std::make_unique<EmbeddingStore>(m_db->database);
    m_index.reset(0);
}

void TestNoteRetriever::cleanup()
{
    m_store.reset();
    m_notes.reset();
    m_db.reset();
}

Note TestNoteRetriever::add(const QString& text)
{
    m_clock.advance(60'000);
    return *m_notes->add(text);
}

Retrieval TestNoteRetriever::retrieveNow(NoteRetriever& retriever, const QString& query, int limit)
{
    std::optional<Retrieval> result;
    retriever.retrieve(query, limit, this, [&result](const Retrieval& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
        qFatal("retrieve() never answered");
    return *result;
}

void TestNoteRetriever::indexesEveryNoteInBatchesWithProgress()
{
    QList<NoteDraft> drafts;
    for (int i = 0; i < 150; ++i)
        drafts.append({QStringLiteral("Imported note number %1 about topic %2").arg(i).arg(i % 7), {}, {}});
    QVERIFY(m_notes->importNotes(drafts));

    HashingEmbedder embedder(64);
    EmbeddingIndexer indexer(*m_notes, *m_store, m_index, embedder);
    indexer.setBatchSize(64);
    QSignalSpy progress(&indexer, &EmbeddingIndexer::progressChanged);
    indexer.start();
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), EmbeddingIndexer::State::Ready, kWaitMs);
    QCOMPARE(m_index.size(), 150);
    QCOMPARE(indexer.embeddedCount(), 150);
    QCOMPARE(m_store->missingCount(embedder.model(), embedder.dimensions()), 0);
    // Progress went up in steps of a batch: 0, 64, 128, 150.
    QList<int> seen;
    for (const QList<QVariant>& args : std::as_const(progress)) {
        QCOMPARE(args.at(1).toInt(), 150);
        if (seen.isEmpty() || seen.last() != args.at(0).toInt())
            seen << args.at(0).toInt();
    }
    QCOMPARE(seen, (QList<int>{0, 64, 128, 150}));

    // Vectors survive a restart: a new indexer loads them instead of asking again.
    EmbeddingIndex reloaded;
    EmbeddingIndexer second(*m_notes, *m_store, reloaded, embedder);
    second.start();
    QCOMPARE(reloaded.size(), 150);
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), EmbeddingIndexer::State::Ready, kWaitMs);
}

void TestNoteRetriever::hybridFindsMisspelledWordsThatKeywordsMiss()
{
    add(QStringLiteral("Stream schedule: Tuesday and Thursday evenings"));
    const Note glasses = add(QStringLiteral("Got my new glasses from Warby Parker downtown"));
    add(QStringLiteral("Sponsor code GLOW20 gives 20% off"));
    HashingEmbedder embedder(256);
    EmbeddingIndexer indexer(*m_notes, *m_store, m_index, embedder);
    NoteRetriever retriever(*m_notes, m_index, embedder, &indexer);
    indexer.start();
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), EmbeddingIndexer::State::Ready, kWaitMs);
    QCOMPARE(retriever.mode(), NoteRetriever::Mode::Hybrid);

    const QString query = QStringLiteral("where did I get my glases?");
    QVERIFY(retriever.keywordSearch(query, 5).isEmpty());
    const Retrieval retrieval = retrieveNow(retriever, query);
    QVERIFY(retrieval.usedEmbeddings);
    QVERIFY(retrieval.notice.isEmpty());
    QVERIFY(!retrieval.notes.isEmpty());
    QCOMPARE(retrieval.notes.first().note.id, glasses.id);
    QCOMPARE(retrieval.notes.first().keywordRank, 0);
    QCOMPARE(retrieval.notes.first().semanticRank, 1);
}

void TestNoteRetriever::exactCodeStaysFirstInHybrid()
{
    for (int i = 0; i < 30; ++i)
        add(QStringLiteral("Door code for the storage unit %1 is written on the box").arg(i));
    const Note code = add(QStringLiteral("Airbnb lockbox: 7391"));
    HashingEmbedder embedder(128);
    NoteRetriever retriever(*m_notes, m_index, embedder);
    EmbeddingIndexer indexer(*m_notes, *m_store, m_index, embedder);
    indexer.start();
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), EmbeddingIndexer::State::Ready, kWaitMs);
    const QList<RetrievedNote> hits =
        retriever.hybridSearch(QStringLiteral("7391"), embedder.vector(QStringLiteral("7391")), 5);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().note.id, code.id);
    QCOMPARE(hits.first().keywordRank, 1);
}

void TestNoteRetriever::largeIndexScansWhileKeywordsRun()
{
    add(QStringLiteral("Stream schedule: Tuesday and Thursday evenings"));
    const Note glasses = add(QStringLiteral("Got my new glasses from Warby Parker downtown"));
    add(QStringLiteral("Sponsor code GLOW20 gives 20% off"));
    HashingEmbedder embedder(256);
    m_index.reset(embedder.dimensions());
    for (const Note& note : m_notes->list())
        QVERIFY(m_index.upsert(note.id, embedder.vector(note.text)));
    // Enough vectors for the scan to run on the worker thread beside the keyword half. These stand for
    // notes deleted since they were indexed, which the results skip: one as near the question as can
    // be, the rest as far.
    const QString misspelled = QStringLiteral("where did I get my glases?");
    const qint64 gone = 1'000'000;
    EmbeddingVector vector = embedder.vector(misspelled);
    QVERIFY(m_index.upsert(gone, vector));
    for (float& x : vector)
        x = -x;
    for (qint64 i = 1; m_index.size() < NoteRetriever::kParallelScanRows; ++i)
        QVERIFY(m_index.upsert(gone + i, vector));
    NoteRetriever retriever(*m_notes, m_index, embedder);

    // Found by meaning alone, then by both halves.
    const QList<RetrievedNote> byMeaning = retriever.hybridSearch(misspelled, embedder.vector(misspelled), 5);
    QVERIFY(!byMeaning.isEmpty());
    QCOMPARE(byMeaning.first().note.id, glasses.id);
    QCOMPARE(byMeaning.first().keywordRank, 0);
    QCOMPARE(byMeaning.first().semanticRank, 2);
    const QString exact = QStringLiteral("warby parker glasses");
    const QList<RetrievedNote> byBoth = retriever.hybridSearch(exact, embedder.vector(exact), 5);
    QVERIFY(!byBoth.isEmpty());
    QCOMPARE(byBoth.first().note.id, glasses.id);
    QCOMPARE(byBoth.first().keywordRank, 1);
    QVERIFY(byBoth.first().semanticRank > 0);
}

void TestNoteRetriever::resultsCarryTimesRanksAndScores()
{
    const Note older = add(QStringLiteral("Airbnb code is 1111"));
    m_clock.advance(7LL * 86'400'000);
    const Note newer = add(QStringLiteral("New Airbnb code is 2222"));
    HashingEmbedder embedder(128);
    EmbeddingIndexer indexer(*m_notes, *m_store, m_index, embedder);
    NoteRetriever retriever(*m_notes, m_index, embedder, &indexer);
    indexer.start();
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), EmbeddingIndexer::State::Ready, kWaitMs);

    const Retrieval retrieval = retrieveNow(retriever, QStringLiteral("what's the airbnb code?"));
    QCOMPARE(retrieval.notes.size(), 2);
    for (const RetrievedNote& r : retrieval.notes) {
        QVERIFY(r.keywordRank > 0);
        QVERIFY(r.semanticRank > 0);
        QVERIFY(r.score > 0);
        QVERIFY(r.keywordScore > 0);
        QVERIFY(r.similarity > 0);
        QVERIFY(r.note.createdAt.isValid());
    }
    // Both conflicting notes come back with their times, so the assistant can prefer the newer one.
    const auto find = [&](qint64 id) {
        return *std::find_if(retrieval.notes.begin(), retrieval.notes.end(),
                             [id](const RetrievedNote& r) { return r.note.id == id; });
    };
    QVERIFY(find(newer.id).note.createdAt > find(older.id).note.createdAt);
    QCOMPARE(find(older.id).note.createdAt, older.createdAt);
}

void TestNoteRetriever::editedNoteIsEmbeddedAgainAndDeletedNoteLeaves()
{
    const Note note = add(QStringLiteral("Mod Kira likes green tea"));
    const Note other = add(QStringLiteral("Hoodie restock Friday"));
    HashingEmbedder embedder(128);
    EmbeddingIndexer indexer(*m_notes, *m_store, m_index, embedder);
    indexer.start();
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), EmbeddingIndexer::State::Ready, kWaitMs);

    QVERIFY(m_notes->edit(note.id, QStringLiteral("Mod Kira likes oolong now")));
    QVERIFY(!m_index.contains(note.id)); // the old vector described the old text
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), EmbeddingIndexer::State::Ready, kWaitMs);
    QVERIFY(m_index.contains(note.id));
    const auto stored = m_store->vector(note.id, embedder.model(), embedder.dimensions());
    QVERIFY(stored);
    QCOMPARE(*stored, embedder.vector(QStringLiteral("Mod Kira likes oolong now")));

    QVERIFY(m_notes->remove(other.id));
    QVERIFY(!m_index.contains(other.id));
    QVERIFY(m_notes->undo());
    QVERIFY(m_index.contains(other.id)); // restored with its stored vector, no new request needed
}

void TestNoteRetriever::changingTheVectorSizeRecomputesEverything()
{
    for (int i = 0; i < 10; ++i)
        add(QStringLiteral("note %1").arg(i));
    HashingEmbedder embedder(64);
    EmbeddingIndexer indexer(*m_notes, *m_store, m_index, embedder);
    indexer.start();
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), EmbeddingIndexer::State::Ready, kWaitMs);
    QCOMPARE(m_index.dimensions(), 64);

    embedder.setDimensions(32);
    QCOMPARE(m_index.dimensions(), 32);
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), EmbeddingIndexer::State::Ready, kWaitMs);
    QCOMPARE(m_index.size(), 10);
    QCOMPARE(m_store->missingCount(embedder.model(), 32), 0);
    QCOMPARE(m_store->missingCount(embedder.model(), 64), 10); // replaced, not kept beside
}

void TestNoteRetriever::withoutKeyUsesKeywordsAndSaysSo()
{
    const Note note = add(QStringLiteral("Airbnb door code is 4412"));
    UnconfiguredEmbedder embedder;
    EmbeddingIndexer indexer(*m_notes, *m_store, m_index, embedder);
    NoteRetriever retriever(*m_notes, m_index, embedder, &indexer);
    indexer.start();
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), EmbeddingIndexer::State::Unavailable, kWaitMs);
    QCOMPARE(retriever.mode(), NoteRetriever::Mode::KeywordOnly);
    QVERIFY(retriever.statusText().contains(QStringLiteral("API key")));

    const Retrieval retrieval = retrieveNow(retriever, QStringLiteral("airbnb code?"));
    QVERIFY(!retrieval.usedEmbeddings);
    QVERIFY(retrieval.notice.contains(QStringLiteral("API key")));
    QCOMPARE(retrieval.notes.size(), 1);
    QCOMPARE(retrieval.notes.first().note.id, note.id);
}

void TestNoteRetriever::whenEmbedderFailsUsesKeywordsAndRetries()
{
    const Note note = add(QStringLiteral("Airbnb door code is 4412"));
    FailingEmbedder embedder(EmbeddingReply::Error::Network);
    EmbeddingIndexer indexer(*m_notes, *m_store, m_index, embedder);
    indexer.setRetryDelays(0, 0);
    NoteRetriever retriever(*m_notes, m_index, embedder, &indexer);
    QSignalSpy status(&retriever, &NoteRetriever::statusChanged);
    indexer.start();
    QTRY_COMPARE_WITH_TIMEOUT(indexer.state(), EmbeddingIndexer::State::Failed, kWaitMs);
    QVERIFY(indexer.problem().contains(QStringLiteral("Connection refused")));
    QVERIFY(retriever.statusText().contains(QStringLiteral("Connection refused")));
    QVERIFY(status.count() > 0);
    // It keeps trying by itself.
    QTRY_VERIFY_WITH_TIMEOUT(embedder.requests >= 3, kWaitMs);

    const Retrieval retrieval = retrieveNow(retriever, QStringLiteral("airbnb code"));
    QVERIFY(!retrieval.usedEmbeddings);
    QVERIFY(!retrieval.notice.isEmpty());
    QCOMPARE(retrieval.notes.value(0).note.id, note.id);
}

QTEST_GUILESS_MAIN(TestNoteRetriever)
#include "tst_noteretriever.moc"
