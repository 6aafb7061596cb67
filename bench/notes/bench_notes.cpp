// Notes search and import benchmark: Dewey's keyword search (normalised FTS5, BM25) and hybrid search
// (BM25 + brute-force cosine over the in-memory matrix, fused by RRF) at 1k, 10k and 100k notes,
// against references measured in the same run on the same data:
//   - FTS5 bm25 alone: a plain fts5(text) table queried with the raw words ORed (what a minimal
//     implementation would do, without normalisation or question handling);
//   - LIKE scan: the naive `text LIKE '%word%' OR …` over the same rows, newest 10 matches;
//   - plain INSERT: the same rows into a table without normalisation or index (for import).
// Query vectors come from the HashingEmbedder (in-process); a real embedder adds one network round trip.
//
// Usage: dewey_bench_notes [--sizes 1000,10000,100000] [--queries 200]
#include "common/Clock.h"
#include "db/Database.h"
#include "notes/EmbeddingIndex.h"
#include "notes/HashingEmbedder.h"
#include "notes/NoteRetriever.h"
#include "notes/NoteSearchQuery.h"
#include "notes/NotesRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Dewey;

namespace {

// A deterministic vocabulary with a long tail, like real notes: a few common words, many rare ones.
class Corpus
{
public:
    explicit Corpus(quint32 seed)
        : m_random(seed)
    {
        const char* syllables[] = {"ka", "lo", "mi",  "ra",  "ne",  "to",  "shi", "var", "den", "po",
                                   "lu", "ze", "bri", "qua", "mon", "tel", "ash", "gro", "vin", "hel"};
        for (int i = 0; i < 4000; ++i) {
            QString word;
            const int parts = 2 + i % 3;
            int n = i * 7 + 3;
            for (int p = 0; p < parts; ++p) {
                word += QLatin1String(syllables[n % 20]);
                n /= 3;
                n += i;
            }
            m_words << word;
        }
        m_frames = {QStringLiteral("what's the %1 %2?"), QStringLiteral("when is %1"),
                    QStringLiteral("%1 %2"), QStringLiteral("where did I put the %1 %2 %3"),
                    QStringLiteral("who has the %1 code?")};
    }

    QString word()
    {
        // Zipf-like: squaring a uniform number favours low indexes.
        std::uniform_real_distribution<double> u(0, 1);
        const double x = u(m_random);
        return m_words.at(qsizetype(x * x * double(m_words.size() - 1)));
    }

    QString note(int i)
    {
        QStringList parts;
        const int words = 5 + int(m_random() % 12);
        for (int w = 0; w < words; ++w)
            parts << word();
        switch (i % 5) {
        case 0:
            parts << QStringLiteral("code %1").arg(m_random() % 10000, 4, 10, QLatin1Char('0'));
            break;
        case 1:
            parts << QStringLiteral("on %1/%2").arg(1 + m_random() % 12).arg(1 + m_random() % 28);
            break;
        case 2:
            parts << QStringLiteral("$%L1").arg(m_random() % 5000);
            break;
        case 3:
            parts << QStringLiteral("unit %1%2")
                         .arg(1 + m_random() % 30)
                         .arg(QChar(u'A' + int(m_random() % 6)));
            break;
        default:
            break;
        }
        return parts.join(QLatin1Char(' '));
    }

    // A question about a note: two or three of its words in a typed frame.
    QString question(const QString& noteText)
    {
        const QStringList words = noteText.split(QLatin1Char(' '));
        QString frame = m_frames.at(qsizetype(m_random() % quint32(m_frames.size())));
        for (int k = 1; k <= 3; ++k) {
            const QString word =
                words.at(qsizetype(m_random() % quint32(std::min<qsizetype>(words.size(), 8))));
            frame.replace(QLatin1Char('%') + QString::number(k), word);
        }
        return frame;
    }

private:
    std::mt19937 m_random;
    QStringList m_words;
    QStringList m_frames;
};

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) {
        return ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size())))];
    };
    return {at(0.50), at(0.95)};
}

bool exec(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql)) {
        std::fprintf(stderr, "SQL failed: %s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// The words of a query as a minimal implementation would take them.
QStringList rawWords(const QString& query)
{
    QStringList words;
    QString current;
    const QString padded = query.toLower() + QLatin1Char(' ');
    for (const QChar c : padded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    return words;
}

template <typename F>
double timeMs(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

int runSize(int size, int queryCount)
{
    QTemporaryDir dir;
    Database database;
    if (!database.open(dir.filePath(QStringLiteral("bench.sqlite"))).ok())
        return 1;
    SystemClock clock;
    NotesRepository notes(database, clock);
    Corpus corpus(42);

    QList<NoteDraft> drafts;
    drafts.reserve(size);
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-400);
    for (int i = 0; i < size; ++i)
        drafts.append({corpus.note(i), base.addSecs(qint64(i) * 97), {}});

    // Import: Dewey (normalise + FTS5 index via triggers) vs plain INSERTs, each in one transaction.
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    exec(q, QStringLiteral("CREATE TABLE ref_notes (id INTEGER PRIMARY KEY, text TEXT, created_at TEXT)"));
    const double importMs = timeMs([&] { notes.importNotes(drafts); });
    const double referenceImportMs = timeMs([&] {
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO ref_notes (text, created_at) VALUES (?, ?)"));
        for (const NoteDraft& d : std::as_const(drafts)) {
            insert.addBindValue(d.text);
            insert.addBindValue(d.createdAt.toString(Qt::ISODateWithMs));
            insert.exec();
        }
        db.commit();
    });
    // The FTS5-alone reference: the same rows, raw text, no normalisation.
    exec(q, QStringLiteral("CREATE VIRTUAL TABLE ref_fts USING fts5(text, content='ref_notes', "
                           "content_rowid='id')"));
    exec(q, QStringLiteral("INSERT INTO ref_fts (ref_fts) VALUES ('rebuild')"));

    // Vectors: the stand-in embedder, straight into the in-memory matrix.
    HashingEmbedder embedder(512);
    EmbeddingIndex index(embedder.dimensions());
    index.reserve(size);
    const QList<Note> all = notes.list();
    for (const Note& note : all)
        index.upsert(note.id, embedder.vector(note.text));
    NoteRetriever retriever(notes, index, embedder);

    QHash<QString, qint64> idOfText;
    for (const Note& note : all)
        idOfText.insert(note.text, note.id);
    QStringList queries;
    QList<qint64> sources; // the note each question was written from
    std::mt19937 pick(7);
    for (int i = 0; i < queryCount; ++i) {
        const QString& text = drafts.at(qsizetype(pick() % quint32(size))).text;
        queries << corpus.question(text);
        sources << idOfText.value(text.trimmed());
    }
    std::vector<EmbeddingVector> queryVectors;
    for (const QString& query : std::as_const(queries))
        queryVectors.push_back(embedder.vector(query));

    std::vector<double> keyword, hybrid, vectorOnly, ftsAlone, like;
    QSqlQuery ref(db);
    ref.setForwardOnly(true);
    ref.prepare(
        QStringLiteral("SELECT n.id, n.text, n.created_at FROM (SELECT rowid, rank FROM ref_fts WHERE "
                       "ref_fts MATCH ? ORDER BY rank LIMIT 10) AS f JOIN ref_notes AS n ON n.id = "
                       "f.rowid ORDER BY f.rank"));
    // Quality: Dewey's keyword top 10 against BM25 over every match of the same normalised terms (what
    // the search returned before it bounded the rows it ranks), and how often each holds the note the
    // question was written from.
    QSqlQuery full(db);
    full.setForwardOnly(true);
    full.prepare(
        QStringLiteral("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rank LIMIT 10"));
    int keywordHits = 0;
    int sourceFound = 0;
    int sourceFoundFull = 0;
    int overlap = 0;
    int fullHits = 0;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const QString& query = queries.at(i);
        // Warm and measured alternately, so caches favour neither side.
        QList<RetrievedNote> found;
        keyword.push_back(timeMs([&] { found = retriever.keywordSearch(query, 10); }));
        keywordHits += int(found.size());
        full.addBindValue(NoteSearchQuery::matchExpression(query, QDate::currentDate()));
        full.exec();
        QList<qint64> fullIds;
        while (full.next())
            fullIds << full.value(0).toLongLong();
        fullHits += int(fullIds.size());
        sourceFoundFull += fullIds.contains(sources.at(i)) ? 1 : 0;
        for (const RetrievedNote& r : std::as_const(found)) {
            overlap += fullIds.contains(r.note.id) ? 1 : 0;
            sourceFound += r.note.id == sources.at(i) ? 1 : 0;
        }
        hybrid.push_back(timeMs([&] { retriever.hybridSearch(query, queryVectors[std::size_t(i)], 10); }));
        vectorOnly.push_back(timeMs([&] { index.nearest(queryVectors[std::size_t(i)], 50); }));

        QStringList quoted;
        for (const QString& w : rawWords(query))
            quoted << QLatin1Char('"') + w + QLatin1Char('"');
        ftsAlone.push_back(timeMs([&] {
            ref.addBindValue(quoted.join(QLatin1String(" OR ")));
            ref.exec();
            while (ref.next()) {
            }
        }));
        if (i < 50) { // the scan is slow at 100k; 50 samples are plenty
            QStringList likes;
            for (const QString& w : rawWords(query))
                likes << QStringLiteral("text LIKE '%%1%'").arg(w);
            like.push_back(timeMs([&] {
                QSqlQuery scan(db);
                scan.exec(QStringLiteral("SELECT id, text FROM ref_notes WHERE ") +
                          likes.join(QLatin1String(" OR ")) +
                          QStringLiteral(" ORDER BY created_at DESC LIMIT 10"));
                while (scan.next()) {
                }
            }));
        }
    }

    const Percentiles k = percentiles(keyword), h = percentiles(hybrid), v = percentiles(vectorOnly),
                      f = percentiles(ftsAlone), l = percentiles(like);
    std::printf("| %6d | keyword | %7.3f | %7.3f | %5.2f× | %5.2f× |\n", size, k.p50, k.p95, k.p95 / f.p95,
                k.p95 / l.p95);
    std::printf("| %6d | hybrid  | %7.3f | %7.3f | %5.2f× | %5.2f× |\n", size, h.p50, h.p95, h.p95 / f.p95,
                h.p95 / l.p95);
    std::printf("| %6d | (vector scan only) | %7.3f | %7.3f | | |\n", size, v.p50, v.p95);
    std::printf("| %6d | ref: FTS5 bm25 alone | %7.3f | %7.3f | 1.00× | |\n", size, f.p50, f.p95);
    std::printf("| %6d | ref: LIKE scan | %7.3f | %7.3f | | 1.00× |\n", size, l.p50, l.p95);
    std::printf(
        "| %6d | import | %.0f notes/s | ref plain INSERT %.0f rows/s | %.2f× the reference's time | |\n",
        size, size / (importMs / 1000.0), size / (referenceImportMs / 1000.0), importMs / referenceImportMs);
    std::printf("| %6d | keyword quality | question's note in the top 10: %.0f%% (full BM25: %.0f%%) | "
                "%.0f%% of full BM25's top 10 kept | | |\n",
                size, 100.0 * sourceFound / double(queries.size()),
                100.0 * sourceFoundFull / double(queries.size()),
                100.0 * overlap / std::max(1.0, double(fullHits)));
    std::fflush(stdout);
    if (keywordHits == 0) {
        std::fprintf(stderr, "no query found anything: the benchmark is broken\n");
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated note counts."),
                      QStringLiteral("N,…"), QStringLiteral("1000,10000,100000")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Queries per size."), QStringLiteral("N"),
                      QStringLiteral("200")});
    parser.addHelpOption();
    parser.process(app);

    std::printf(
        "Latency in ms per query (top 10), p95 ratios against the references measured in the same run.\n\n");
    std::printf("| notes | what | p50 ms | p95 ms | p95 vs FTS5 alone | p95 vs LIKE |\n");
    std::printf("|---|---|---|---|---|---|\n");
    const int queries = parser.value(QStringLiteral("queries")).toInt();
    for (const QString& size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        if (const int rc = runSize(size.toInt(), std::max(queries, 10)))
            return rc;
    }
    return 0;
}
