#include "NotesTestSupport.h"
#include "TestSupport.h"
#include "notes/EmbeddingIndex.h"
#include "notes/EmbeddingIndexer.h"
#include "notes/EmbeddingStore.h"
#include "notes/HashingEmbedder.h"
#include "notes/NoteRetriever.h"
#include "notes/NotesRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cstdio>

using namespace Dewey;

namespace {

struct Question
{
    QString text;
    QString kind;
    QStringList relevant; // note keys; empty: the notes do not hold the answer
};

struct Scores
{
    int answerable = 0;
    int hitsAt5 = 0;
    double reciprocalRanks = 0;
    int unanswerable = 0;
    int unanswerableEmpty = 0; // no result at all: the honest answer to an unanswerable question

    double recall() const { return answerable ? double(hitsAt5) / answerable : 0; }
    double mrr() const { return answerable ? reciprocalRanks / answerable : 0; }
};

constexpr int kMrrDepth = 10;

} // namespace

// Retrieval quality on tests/data/retrieval: 235 notes a streamer might keep and 238 questions typed
// the way people ask (direct, paraphrased, exact codes, updated facts, dates, and questions the notes
// cannot answer). Prints recall@5 and MRR@10 for keyword-only and hybrid retrieval (hybrid with the
// deterministic HashingEmbedder) and fails if either drops below its floor.
class TestRetrievalQuality : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keywordAndHybridMeetTheirFloors();

private:
    QList<RetrievedNote> run(bool hybrid, const QString& question) const;

    DeweyTest::ManualClock m_clock{NotesTest::clockStart()};
    NotesTest::TempDatabase m_db;
    std::unique_ptr<NotesRepository> m_notes;
    std::unique_ptr<EmbeddingStore> m_store;
    EmbeddingIndex m_index;
    HashingEmbedder m_embedder{512};
    std::unique_ptr<EmbeddingIndexer> m_indexer;
    std::unique_ptr<NoteRetriever> m_retriever;
    QHash<qint64, QString> m_keyOfId;
    QList<Question> m_questions;
};

void TestRetrievalQuality::initTestCase()
{
    QVERIFY(m_db.open());
    m_notes = std::make_unique<NotesRepository>(m_db.database, m_clock);
    m_store = std::make_unique<EmbeddingStore>(m_db.database);

    QFile notesFile(DeweyTest::sourcePath(QStringLiteral("tests/data/retrieval/notes.jsonl")));
    QVERIFY2(notesFile.open(QIODevice::ReadOnly), qPrintable(notesFile.fileName()));
    QList<NoteDraft> drafts;
    QStringList keys;
    for (const QByteArray& line : notesFile.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QDateTime created =
            QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(created.isValid());
        drafts.append({o.value(QLatin1String("text")).toString(), created, created});
        keys << o.value(QLatin1String("key")).toString();
    }
    QVERIFY(drafts.size() >= 200);
    const auto imported = m_notes->importNotes(drafts);
    QVERIFY(imported);
    QCOMPARE(imported->added, int(drafts.size()));
    // A fresh database numbers the notes in file order.
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const std::optional<Note> note = m_notes->note(i + 1);
        QVERIFY(note);
        QCOMPARE(note->text, drafts.at(i).text);
        m_keyOfId.insert(i + 1, keys.at(i));
    }

    QFile questionsFile(DeweyTest::sourcePath(QStringLiteral("tests/data/retrieval/questions.jsonl")));
    QVERIFY(questionsFile.open(QIODevice::ReadOnly));
    for (const QByteArray& line : questionsFile.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Question q{
            o.value(QLatin1String("question")).toString(), o.value(QLatin1String("kind")).toString(), {}};
        for (const QJsonValue& key : o.value(QLatin1String("relevant")).toArray()) {
            QVERIFY2(keys.contains(key.toString()), qPrintable(key.toString()));
            q.relevant << key.toString();
        }
        m_questions.append(q);
    }
    QVERIFY(m_questions.size() >= 100);

    m_indexer = std::make_unique<EmbeddingIndexer>(*m_notes, *m_store, m_index, m_embedder);
    m_retriever = std::make_unique<NoteRetriever>(*m_notes, m_index, m_embedder, m_indexer.get());
    m_indexer->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_indexer->state(), EmbeddingIndexer::State::Ready, 60000);
    QCOMPARE(m_index.size(), drafts.size());
}

QList<RetrievedNote> TestRetrievalQuality::run(bool hybrid, const QString& question) const
{
    if (!hybrid)
        return m_retriever->keywordSearch(question, kMrrDepth);
    return m_retriever->hybridSearch(question, m_embedder.vector(question), kMrrDepth);
}

void TestRetrievalQuality::keywordAndHybridMeetTheirFloors()
{
    QMap<QString, Scores> byKind[2];
    Scores total[2];
    for (const int mode : {0, 1}) {
        for (const Question& q : std::as_const(m_questions)) {
            const QList<RetrievedNote> results = run(mode == 1, q.text);
            Scores& kind = byKind[mode][q.kind];
            if (q.relevant.isEmpty()) {
                ++kind.unanswerable;
                ++total[mode].unanswerable;
                if (results.isEmpty()) {
                    ++kind.unanswerableEmpty;
                    ++total[mode].unanswerableEmpty;
                }
                continue;
            }
            int rank = 0;
            for (qsizetype i = 0; i < results.size(); ++i) {
                if (q.relevant.contains(m_keyOfId.value(results.at(i).note.id))) {
                    rank = int(i + 1);
                    break;
                }
            }
            for (Scores* s : {&kind, &total[mode]}) {
                ++s->answerable;
                if (rank >= 1 && rank <= 5)
                    ++s->hitsAt5;
                if (rank >= 1)
                    s->reciprocalRanks += 1.0 / rank;
            }
            if (mode == 1 && rank == 0 && qEnvironmentVariableIsSet("DEWEY_RETRIEVAL_VERBOSE"))
                std::printf("  missed (%s): %s\n", qPrintable(q.kind), qPrintable(q.text));
        }
    }

    std::printf("\nRetrieval quality: %lld notes, %lld questions (recall@5 / MRR@10)\n",
                static_cast<long long>(m_keyOfId.size()), static_cast<long long>(m_questions.size()));
    std::printf("%-14s %5s   %-17s %-17s\n", "kind", "count", "keyword", "hybrid");
    for (auto it = byKind[0].constBegin(); it != byKind[0].constEnd(); ++it) {
        const Scores& k = it.value();
        const Scores& h = byKind[1].value(it.key());
        if (k.answerable == 0) {
            std::printf("%-14s %5d   no result %3d/%-3d no result %3d/%-3d\n", qPrintable(it.key()),
                        k.unanswerable, k.unanswerableEmpty, k.unanswerable, h.unanswerableEmpty,
                        h.unanswerable);
            continue;
        }
        std::printf("%-14s %5d   %.3f / %.3f     %.3f / %.3f\n", qPrintable(it.key()), k.answerable,
                    k.recall(), k.mrr(), h.recall(), h.mrr());
    }
    std::printf("%-14s %5d   %.3f / %.3f     %.3f / %.3f\n\n", "all answerable", total[0].answerable,
                total[0].recall(), total[0].mrr(), total[1].recall(), total[1].mrr());
    std::fflush(stdout);

    // Floors a little under the measured figures (docs/BENCHMARKS.md), so a real regression fails.
    QVERIFY2(total[0].recall() >= 0.85, "keyword recall@5 fell below 0.85");
    QVERIFY2(total[0].mrr() >= 0.75, "keyword MRR fell below 0.75");
    QVERIFY2(total[1].recall() >= 0.85, "hybrid recall@5 fell below 0.85");
    QVERIFY2(total[1].mrr() >= 0.75, "hybrid MRR fell below 0.75");
    // Exact codes must be found by both.
    QVERIFY(byKind[0].value(QStringLiteral("code")).recall() >= 0.9);
    QVERIFY(byKind[1].value(QStringLiteral("code")).recall() >= 0.9);
}

QTEST_GUILESS_MAIN(TestRetrievalQuality)
#include "tst_retrievalquality.moc"
