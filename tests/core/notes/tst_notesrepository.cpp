#include "NotesTestSupport.h"
#include "notes/NotesRepository.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>

using Dewey::Note;
using Dewey::NoteDraft;
using Dewey::NotesRepository;

class TestNotesRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addStoresTextAndTimes();
    void refusesEmptyAndOverlongText();
    void listsNewestFirst();
    void editChangesTextTimeAndSearch();
    void deleteHidesAndUndoRestores();
    void undoReversesAddAndEdit();
    void restoreBringsBackADeletedNote();
    void findsNoteFromATypedQuestion();
    void oneMissingWordDoesNotLoseTheNote();
    void findsNoteWrittenDifferently_data();
    void findsNoteWrittenDifferently();
    void prefixMatchesWhileTyping();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void moreMatchingWordsRankHigher();
    void equalMatchesListNewestFirst();
    void commonWordsRerankWithoutFlooding();
    void onlyCommonWordsPreferNotesHoldingAllOfThem();
    void importAddsOnceAndSignals();
    void purgeRemovesOnlyOldDeletedNotes();
    void prepareReindexesNotesFromOlderRules();

private:
    Note addNote(const QString& text);

    DeweyTest::ManualClock m_clock{NotesTest::clockStart()};
    std::unique_ptr<NotesTest::TempDatabase> m_db;
    std::unique_ptr<NotesRepository> m_notes;
};

void TestNotesRepository::init()
{
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::utc()));
    m_db = std::make_unique<NotesTest::TempDatabase>();
    QVERIFY(m_db->open());
    m_notes = std::make_unique<NotesRepository>(m_db->database, m_clock);
    QVERIFY(m_notes->prepare());
    // Any warning (such as an FTS syntax error being logged) fails the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestNotesRepository::cleanup()
{
    m_notes.reset();
    m_db.reset();
}

Note TestNotesRepository::addNote(const QString& text)
{
    QString error;
    const std::optional<Note> note = m_notes->add(text, &error);
    if (!note)
        qFatal("add failed: %s", qPrintable(error));
    m_clock.advance(60'000);
    return *note;
}

void TestNotesRepository::addStoresTextAndTimes()
{
    QSignalSpy added(m_notes.get(), &NotesRepository::noteAdded);
    const QDateTime now = m_clock.now();
    const std::optional<Note> note = m_notes->add(QStringLiteral("  Airbnb door code is 4412  "));
    QVERIFY(note);
    QVERIFY(note->id > 0);
    QCOMPARE(note->text, QStringLiteral("Airbnb door code is 4412"));
    QCOMPARE(note->createdAt, now);
    QCOMPARE(note->updatedAt, now);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).value<Note>().id, note->id);

    const std::optional<Note> stored = m_notes->note(note->id);
    QVERIFY(stored);
    QCOMPARE(stored->text, note->text);
    QCOMPARE(stored->createdAt, now);
    QCOMPARE(m_notes->count(), 1);
}

void TestNotesRepository::refusesEmptyAndOverlongText()
{
    QString error;
    QVERIFY(!m_notes->add(QStringLiteral("   \n "), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!m_notes->add(QString(NotesRepository::kMaxTextLength + 1, u'x'), &error));
    QVERIFY(error.contains(QString::number(NotesRepository::kMaxTextLength)));
    QCOMPARE(m_notes->count(), 0);
    QVERIFY(!m_notes->canUndo());
}

void TestNotesRepository::listsNewestFirst()
{
    const Note first = addNote(QStringLiteral("first"));
    const Note second = addNote(QStringLiteral("second"));
    const Note third = addNote(QStringLiteral("third"));
    const QList<Note> all = m_notes->list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, third.id);
    QCOMPARE(all.at(2).id, first.id);
    const QList<Note> page = m_notes->list(1, 1);
    QCOMPARE(page.size(), 1);
    QCOMPARE(page.at(0).id, second.id);
}

void TestNotesRepository::editChangesTextTimeAndSearch()
{
    const Note note = addNote(QStringLiteral("Wifi password is hunter2"));
    QSignalSpy updated(m_notes.get(), &NotesRepository::noteUpdated);
    const QDateTime editTime = m_clock.now();
    QVERIFY(m_notes->edit(note.id, QStringLiteral("Wifi password is correcthorse")));
    QCOMPARE(updated.count(), 1);
    const Note edited = *m_notes->note(note.id);
    QCOMPARE(edited.text, QStringLiteral("Wifi password is correcthorse"));
    QCOMPARE(edited.createdAt, note.createdAt);
    QCOMPARE(edited.updatedAt, editTime);
    QVERIFY(m_notes->keywordSearch(QStringLiteral("hunter2"), 5).isEmpty());
    QCOMPARE(m_notes->keywordSearch(QStringLiteral("correcthorse"), 5).size(), 1);

    QString error;
    QVERIFY(!m_notes->edit(9999, QStringLiteral("x"), &error));
    QVERIFY(error.contains(QStringLiteral("9999")));
    QVERIFY(!m_notes->edit(note.id, QStringLiteral("  "), &error));
}

void TestNotesRepository::deleteHidesAndUndoRestores()
{
    const Note keep = addNote(QStringLiteral("Mod Kira birthday June 4"));
    const Note gone = addNote(QStringLiteral("Sponsor code GLOW20 for 20% off"));
    QSignalSpy removed(m_notes.get(), &NotesRepository::noteRemoved);
    QSignalSpy added(m_notes.get(), &NotesRepository::noteAdded);

    QVERIFY(m_notes->remove(gone.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), gone.id);
    QVERIFY(!m_notes->note(gone.id));
    QCOMPARE(m_notes->count(), 1);
    QVERIFY(m_notes->keywordSearch(QStringLiteral("GLOW20"), 5).isEmpty());
    QCOMPARE(m_notes->list().size(), 1);
    QCOMPARE(m_notes->list().at(0).id, keep.id);

    QVERIFY(m_notes->canUndo());
    QVERIFY(!m_notes->undoDescription().isEmpty());
    QVERIFY(m_notes->undo());
    QCOMPARE(added.count(), 1);
    const std::optional<Note> back = m_notes->note(gone.id);
    QVERIFY(back);
    QCOMPARE(back->text, gone.text);
    QCOMPARE(back->createdAt, gone.createdAt);
    const auto hits = m_notes->keywordSearch(QStringLiteral("glow20"), 5);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).note.id, gone.id);
}

void TestNotesRepository::undoReversesAddAndEdit()
{
    QSignalSpy undoAvailable(m_notes.get(), &NotesRepository::undoAvailableChanged);
    const Note note = addNote(QStringLiteral("Lock code 1111"));
    QCOMPARE(undoAvailable.count(), 1);
    QVERIFY(m_notes->edit(note.id, QStringLiteral("Lock code 2222")));

    QVERIFY(m_notes->undo()); // the edit
    QCOMPARE(m_notes->note(note.id)->text, QStringLiteral("Lock code 1111"));
    QCOMPARE(m_notes->note(note.id)->updatedAt, note.updatedAt);
    QCOMPARE(m_notes->keywordSearch(QStringLiteral("1111"), 5).size(), 1);
    QVERIFY(m_notes->keywordSearch(QStringLiteral("2222"), 5).isEmpty());

    QVERIFY(m_notes->undo()); // the add
    QVERIFY(!m_notes->note(note.id));
    QCOMPARE(m_notes->count(), 0);
    QVERIFY(!m_notes->canUndo());
    QCOMPARE(undoAvailable.count(), 2);
    QString error;
    QVERIFY(!m_notes->undo(&error));
    QVERIFY(!error.isEmpty());
}

void TestNotesRepository::restoreBringsBackADeletedNote()
{
    const Note note = addNote(QStringLiteral("Merch hoodie sizes S M L XL"));
    QVERIFY(m_notes->remove(note.id));
    QVERIFY(m_notes->restore(note.id));
    QCOMPARE(m_notes->note(note.id)->text, note.text);
    QString error;
    QVERIFY(!m_notes->restore(note.id, &error)); // not deleted any more
    QVERIFY(!error.isEmpty());
}

void TestNotesRepository::findsNoteFromATypedQuestion()
{
    addNote(QStringLiteral("Mod Kira's birthday is June 4"));
    const Note code = addNote(QStringLiteral("Airbnb door code is 4412"));
    addNote(QStringLiteral("Sponsor code GLOW20"));
    const auto hits = m_notes->keywordSearch(QStringLiteral("what's the airbnb code?"), 5);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().note.id, code.id);
    QVERIFY(hits.first().score > 0);
}

void TestNotesRepository::oneMissingWordDoesNotLoseTheNote()
{
    const Note note = addNote(QStringLiteral("Airbnb door code is 4412"));
    const auto hits = m_notes->keywordSearch(QStringLiteral("airbnb wifi password code"), 5);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().note.id, note.id);
}

void TestNotesRepository::findsNoteWrittenDifferently_data()
{
    QTest::addColumn<QString>("noteText");
    QTest::addColumn<QString>("query");

    QTest::addRow("ISO date asked in words") << "Dentist appointment 2026-03-03"
                                             << "dentist March 3rd";
    QTest::addRow("words asked as slash date") << "Vet visit on March 3rd"
                                               << "what's on 3/3";
    QTest::addRow("slash asked as ISO") << "Rent due 4/1"
                                        << "2026-04-01";
    QTest::addRow("unit case") << "Sam's apartment is unit 4B"
                               << "4b";
    QTest::addRow("unit hyphen") << "Sam's apartment is unit 4-B"
                                 << "unit 4b";
    QTest::addRow("money") << "Sponsor pays $1,200 per stream"
                           << "1200 dollars";
    QTest::addRow("money asked with symbol") << "Deal is 1200 a month"
                                             << "$1,200";
    QTest::addRow("time") << "Raid train at 7:30 pm"
                          << "19:30";
    QTest::addRow("plural") << "Where I got my glasses: Warby on 5th"
                            << "glass";
    QTest::addRow("accents") << "Dinner at Café Luna"
                             << "cafe luna";
    QTest::addRow("tomorrow resolved at write time") << "Dentist tomorrow at 9"
                                                     << "2026-03-03";
}

void TestNotesRepository::findsNoteWrittenDifferently()
{
    QFETCH(QString, noteText);
    QFETCH(QString, query);
    addNote(QStringLiteral("Unrelated note about the stream schedule"));
    const Note note = addNote(noteText);
    addNote(QStringLiteral("Another unrelated note: hoodie restock"));
    const auto hits = m_notes->keywordSearch(query, 5);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(hits.first().note.id, note.id);
}

void TestNotesRepository::prefixMatchesWhileTyping()
{
    const Note note = addNote(QStringLiteral("Airbnb door code is 4412"));
    QCOMPARE(m_notes->keywordSearch(QStringLiteral("airb"), 5).value(0).note.id, note.id);
    QCOMPARE(m_notes->keywordSearch(QStringLiteral("door co"), 5).value(0).note.id, note.id);
    // A finished word (followed by a space or punctuation) is not a prefix any more.
    QVERIFY(m_notes->keywordSearch(QStringLiteral("airb?"), 5).isEmpty());
}

void TestNotesRepository::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsAirbnb");

    QTest::addRow("empty") << "" << false;
    QTest::addRow("spaces") << "   " << false;
    QTest::addRow("lone quote") << "\"" << false;
    QTest::addRow("unbalanced quote") << "\"airbnb code" << true;
    QTest::addRow("AND operator") << "airbnb AND" << true;
    QTest::addRow("OR operator alone") << "OR" << false;
    QTest::addRow("NOT first") << "NOT airbnb" << true;
    QTest::addRow("NEAR call") << "NEAR(airbnb code" << true;
    QTest::addRow("star") << "*" << false;
    QTest::addRow("star suffix") << "airbnb*" << true;
    QTest::addRow("minus") << "-airbnb" << true;
    QTest::addRow("column filter") << "text: airbnb" << true;
    QTest::addRow("braces") << "{norm}: airbnb" << true;
    QTest::addRow("caret") << "^airbnb" << true;
    QTest::addRow("parentheses") << "((airbnb)" << true;
    QTest::addRow("plus") << "airbnb + code" << true;
    QTest::addRow("colon only") << ":" << false;
    QTest::addRow("unicode") << "日本語 Ünïcödé" << false;
    QTest::addRow("emoji") << "🔑 airbnb 🏠" << true;
    QTest::addRow("emoji only") << "🔑🏠" << false;
    QTest::addRow("sql") << "'; DROP TABLE notes; --" << false;
    QTest::addRow("nul") << QStringLiteral("airbnb\u0000code") << true;
    QTest::addRow("very long") << QString(5000, u'a') + QStringLiteral(" airbnb") << true;
    QTest::addRow("many words") << QStringLiteral("word ").repeated(300) + QStringLiteral("airbnb") << false;
}

void TestNotesRepository::hostileQueriesNeverFail()
{
    QFETCH(QString, query);
    QFETCH(bool, findsAirbnb);
    const Note note = addNote(QStringLiteral("Airbnb door code is 4412"));
    addNote(QStringLiteral("日本語のメモ"));
    const auto hits = m_notes->keywordSearch(query, 5);
    if (findsAirbnb) {
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().note.id, note.id);
    }
    QCOMPARE(m_notes->count(), 2); // and nothing was dropped
}

void TestNotesRepository::moreMatchingWordsRankHigher()
{
    addNote(QStringLiteral("The door at the studio sticks"));
    addNote(QStringLiteral("Airbnb checkout is at 11"));
    const Note both = addNote(QStringLiteral("Airbnb door code 4412"));
    const auto hits = m_notes->keywordSearch(QStringLiteral("airbnb door"), 5);
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.first().note.id, both.id);
    QVERIFY(hits.at(0).score > hits.at(1).score);
}

void TestNotesRepository::equalMatchesListNewestFirst()
{
    const Note older = addNote(QStringLiteral("Airbnb code 1111"));
    m_clock.advance(86'400'000);
    const Note newer = addNote(QStringLiteral("Airbnb code 2222"));
    const auto hits = m_notes->keywordSearch(QStringLiteral("airbnb code"), 5);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).note.id, newer.id);
    QCOMPARE(hits.at(1).note.id, older.id);
    QVERIFY(hits.at(0).note.createdAt > hits.at(1).note.createdAt);
}

void TestNotesRepository::commonWordsRerankWithoutFlooding()
{
    // "stream" is in more notes than NoteKeywordSearch::kCommonTermNotes: it only re-ranks.
    QList<NoteDraft> drafts;
    for (int i = 0; i < 1100; ++i)
        drafts.append({QStringLiteral("stream recap number %1").arg(i), {}, {}});
    QVERIFY(m_notes->importNotes(drafts));
    // Same length, so "airbnb" alone cannot tell them apart: the common word decides.
    const Note both = addNote(QStringLiteral("Airbnb stream blue door"));
    const Note lockbox = addNote(QStringLiteral("Airbnb lockbox blue door"));
    const auto hits = m_notes->keywordSearch(QStringLiteral("airbnb stream"), 5);
    QVERIFY(hits.size() >= 2);
    QCOMPARE(hits.at(0).note.id, both.id);
    QCOMPARE(hits.at(1).note.id, lockbox.id);
    // A query of common words alone still finds them.
    QCOMPARE(m_notes->keywordSearch(QStringLiteral("stream recap"), 5).size(), 5);
    // "put" is in no note, so it cannot pick the candidates alone: the common word still finds notes.
    const auto put = m_notes->keywordSearch(QStringLiteral("where did I put the airbnb stream"), 5);
    QCOMPARE(put.size(), 5);
    QCOMPARE(put.at(0).note.id, both.id);
}

void TestNotesRepository::onlyCommonWordsPreferNotesHoldingAllOfThem()
{
    // More notes than NoteKeywordSearch::kCommonPool hold each word, so only the newest are ranked.
    const QDateTime start = m_clock.now().addDays(-30);
    QList<NoteDraft> drafts;
    for (int i = 0; i < 1500; ++i) {
        const QString text = i % 2 ? QStringLiteral("stream schedule slot %1").arg(i)
                                   : QStringLiteral("stream recap number %1").arg(i);
        drafts.append({text, start.addSecs(i), {}});
    }
    for (int i = 1500; i < 2700; ++i)
        drafts.append({QStringLiteral("stream recap schedule %1").arg(i), start.addSecs(i), {}});
    QVERIFY(m_notes->importNotes(drafts));
    const auto hits = m_notes->keywordSearch(QStringLiteral("stream recap schedule"), 5);
    QCOMPARE(hits.size(), 5);
    for (const NotesRepository::KeywordHit& hit : hits)
        QVERIFY2(hit.note.text.startsWith(QLatin1String("stream recap schedule")), qPrintable(hit.note.text));
}

void TestNotesRepository::importAddsOnceAndSignals()
{
    QSignalSpy imported(m_notes.get(), &NotesRepository::notesImported);
    const QDateTime when(QDate(2025, 12, 24), QTime(18, 30), QTimeZone::utc());
    const QList<NoteDraft> drafts = {
        {QStringLiteral("Gift for mod Kira: Totoro plush"), when, {}},
        {QStringLiteral("Studio wifi: dewey-5g"), {}, {}},
        {QStringLiteral("   "), {}, {}},
    };
    const auto first = m_notes->importNotes(drafts);
    QVERIFY(first);
    QCOMPARE(first->added, 2);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.at(0).at(0).toInt(), 2);

    const auto hits = m_notes->keywordSearch(QStringLiteral("totoro"), 5);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().note.createdAt, when);

    const auto again = m_notes->importNotes(drafts.mid(0, 1));
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->duplicates, 1);
    QCOMPARE(m_notes->count(), 2);
    QCOMPARE(imported.count(), 1);
}

void TestNotesRepository::purgeRemovesOnlyOldDeletedNotes()
{
    const Note old = addNote(QStringLiteral("old deleted"));
    const Note recent = addNote(QStringLiteral("recent deleted"));
    addNote(QStringLiteral("kept"));
    QVERIFY(m_notes->remove(old.id));
    m_clock.advance(40LL * 86'400'000);
    QVERIFY(m_notes->remove(recent.id));
    QCOMPARE(m_notes->purgeDeleted(m_clock.now().addDays(-30)), 1);
    QVERIFY(!m_notes->restore(old.id));
    QVERIFY(m_notes->restore(recent.id));
    QCOMPARE(m_notes->count(), 2);
}

void TestNotesRepository::prepareReindexesNotesFromOlderRules()
{
    const Note note = addNote(QStringLiteral("Dentist 2026-03-03"));
    QSqlQuery query(m_db->database.connection());
    // What a note written by rules that did not know dates would look like.
    QVERIFY(query.exec(QStringLiteral("UPDATE notes SET norm = 'dentist', norm_version = 0")));
    QVERIFY(m_notes->keywordSearch(QStringLiteral("March 3"), 5).isEmpty());
    QVERIFY(m_notes->prepare());
    QCOMPARE(m_notes->keywordSearch(QStringLiteral("March 3"), 5).value(0).note.id, note.id);
}

QTEST_GUILESS_MAIN(TestNotesRepository)
#include "tst_notesrepository.moc"
