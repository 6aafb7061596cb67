#include "GuiServices.h"
#include "ScriptedDialogs.h"
#include "assistant/Assistant.h"
#include "dewey/NotesListModel.h"
#include "dewey/NotesPanel.h"
#include "notes/NotesFileFormats.h"
#include "notes/NotesModule.h"
#include "notes/NotesRepository.h"

#include <QAbstractButton>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dewey;
using DeweyTest::GuiServices;
using DeweyTest::ScriptedDialogs;

namespace {

constexpr int kWaitMs = 30000; // generous: the machine is shared; nothing depends on how fast it is

} // namespace

// The notes panel of the Dewey area over a real AppServices (SQLite in a temporary folder), offline.
class TestNotesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addedNoteAppearsNewestFirstWithItsDate();
    void emptyNoteIsRefusedWithAReason();
    void searchAsYouTypeNarrowsTheList();
    void editInPlaceSavesTheText();
    void deleteThenUndoRestoresTheNote();
    void importJsonLinesThroughTheFileDialog();
    void cancelledImportChangesNothing();
    void exportWritesAFileThatReadsBack_data();
    void exportWritesAFileThatReadsBack();
    void noteRememberedByTheAssistantAppearsWithoutRefresh();
    void noteForgottenByTheAssistantDisappears();
    void everyControlHasAnAccessibleName();

private:
    NotesRepository& repository() { return m_gui->services().notes().repository(); }
    void addThroughPanel(const QString& text);
    QStringList shownTexts() const;
    void runTool(const QString& name, const QString& arguments);

    std::unique_ptr<GuiServices> m_gui;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<NotesPanel> m_panel;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestNotesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNotesPanel::init()
{
    m_gui = std::make_unique<GuiServices>();
    QVERIFY2(m_gui->error().isEmpty(), qPrintable(m_gui->error()));
    m_dialogs = std::make_unique<ScriptedDialogs>();
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    m_panel = std::make_unique<NotesPanel>(repository(), *m_dialogs);
    m_panel->resize(400, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestNotesPanel::cleanup()
{
    m_panel.reset();
    m_dialogs.reset();
    m_gui.reset();
    m_files.reset();
}

void TestNotesPanel::addThroughPanel(const QString& text)
{
    m_panel->newNoteField()->setFocus();
    QTest::keyClicks(m_panel->newNoteField(), text);
    QTest::mouseClick(m_panel->addButton(), Qt::LeftButton);
}

QStringList TestNotesPanel::shownTexts() const
{
    QStringList texts;
    const NotesListModel* model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row).data(NotesListModel::TextRole).toString();
    return texts;
}

void TestNotesPanel::runTool(const QString& name, const QString& arguments)
{
    bool done = false;
    ToolOutcome outcome;
    m_gui->services().assistant().tools().execute({QStringLiteral("call_1"), name, arguments}, true, this,
                                                  [&](ToolOutcome result) {
                                                      outcome = result;
                                                      done = true;
                                                  });
    QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs);
}

void TestNotesPanel::addedNoteAppearsNewestFirstWithItsDate()
{
    addThroughPanel(QStringLiteral("Airbnb lock code is 4471"));
    addThroughPanel(QStringLiteral("Sponsor code STREAM10"));
    QCOMPARE(shownTexts(), QStringList({QStringLiteral("Sponsor code STREAM10"),
                                        QStringLiteral("Airbnb lock code is 4471")}));
    QVERIFY(m_panel->newNoteField()->text().isEmpty());
    QCOMPARE(repository().count(), 2);
    const QString shown = m_panel->model()->index(0).data(Qt::DisplayRole).toString();
    QVERIFY2(shown.contains(QStringLiteral("Saved ")), qPrintable(shown));
}

void TestNotesPanel::emptyNoteIsRefusedWithAReason()
{
    addThroughPanel(QStringLiteral("   "));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(!m_panel->statusText().isEmpty());
}

void TestNotesPanel::searchAsYouTypeNarrowsTheList()
{
    for (const char* text : {"Airbnb lock code is 4471", "Ana lives in unit 12B", "Hoodies are size L"})
        QVERIFY(repository().add(QString::fromLatin1(text)));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 3, kWaitMs);

    m_panel->searchField()->setFocus();
    QTest::keyClicks(m_panel->searchField(), QStringLiteral("what's the airbnb code?"));
    QCOMPARE(shownTexts(), QStringList({QStringLiteral("Airbnb lock code is 4471")}));

    m_panel->searchField()->clear();
    QCOMPARE(m_panel->model()->rowCount(), 3);
}

void TestNotesPanel::editInPlaceSavesTheText()
{
    const std::optional<Note> note = repository().add(QStringLiteral("Ana lives in unit 12B"));
    QVERIFY(note);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 1, kWaitMs);
    QVERIFY(m_panel->model()->setData(m_panel->model()->index(0), QStringLiteral("Ana lives in unit 14C")));
    QCOMPARE(repository().note(note->id)->text, QStringLiteral("Ana lives in unit 14C"));
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(), QStringList({QStringLiteral("Ana lives in unit 14C")}), kWaitMs);

    // An empty edit is refused and the note keeps its text.
    QVERIFY(!m_panel->model()->setData(m_panel->model()->index(0), QStringLiteral("  ")));
    QVERIFY(!m_panel->statusText().isEmpty());
    QCOMPARE(repository().note(note->id)->text, QStringLiteral("Ana lives in unit 14C"));
}

void TestNotesPanel::deleteThenUndoRestoresTheNote()
{
    addThroughPanel(QStringLiteral("Keep me"));
    addThroughPanel(QStringLiteral("Delete me"));
    m_panel->view()->setCurrentIndex(m_panel->model()->index(0));
    QVERIFY(m_panel->deleteButton()->isEnabled());
    QTest::mouseClick(m_panel->deleteButton(), Qt::LeftButton);

    QCOMPARE(shownTexts(), QStringList({QStringLiteral("Keep me")}));
    QCOMPARE(repository().count(), 1);
    QVERIFY(m_panel->undoBarVisible());
    QVERIFY(m_panel->undoButton()->isVisible());

    QTest::mouseClick(m_panel->undoButton(), Qt::LeftButton);
    QCOMPARE(shownTexts(), QStringList({QStringLiteral("Delete me"), QStringLiteral("Keep me")}));
    QCOMPARE(repository().count(), 2);
    QVERIFY(!m_panel->undoBarVisible());
}

void TestNotesPanel::importJsonLinesThroughTheFileDialog()
{
    const QString path = m_files->filePath(QStringLiteral("notes.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"text":"Door code 2580","createdAt":"2026-01-02T10:00:00Z"})"
               "\n"
               R"({"text":"Mod's name is Kit","createdAt":"2026-03-04T10:00:00Z"})"
               "\n"
               "not json\n");
    file.close();

    m_dialogs->answerNextFile(path);
    QTest::mouseClick(m_panel->importButton(), Qt::LeftButton);
    QCOMPARE(m_dialogs->fileTitles.size(), 1);
    QCOMPARE(shownTexts(),
             QStringList({QStringLiteral("Mod's name is Kit"), QStringLiteral("Door code 2580")}));
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("Imported 2 note")),
             qPrintable(m_panel->statusText()));
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("1 entry")), qPrintable(m_panel->statusText()));
    QCOMPARE(m_panel->model()->index(1).data(NotesListModel::CreatedAtRole).toDateTime(),
             QDateTime::fromString(QStringLiteral("2026-01-02T10:00:00Z"), Qt::ISODate));
}

void TestNotesPanel::cancelledImportChangesNothing()
{
    QTest::mouseClick(m_panel->importButton(), Qt::LeftButton); // unscripted: cancelled
    QCOMPARE(m_dialogs->fileTitles.size(), 1);
    QCOMPARE(repository().count(), 0);
    QVERIFY(m_panel->statusText().isEmpty());
}

void TestNotesPanel::exportWritesAFileThatReadsBack_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addRow("JSON Lines") << QStringLiteral("backup.jsonl");
    QTest::addRow("Markdown") << QStringLiteral("backup.md");
}

void TestNotesPanel::exportWritesAFileThatReadsBack()
{
    QFETCH(QString, fileName);
    addThroughPanel(QStringLiteral("First note"));
    addThroughPanel(QStringLiteral("Second note"));
    const QString path = m_files->filePath(fileName);
    m_dialogs->answerNextFile(path);
    QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);

    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_panel->statusText()));
    const QByteArray data = file.readAll();
    const NotesFileFormats::ParseResult parsed =
        fileName.endsWith(QLatin1String(".jsonl"))
            ? NotesFileFormats::parseJsonLines(data)
            : NotesFileFormats::parseMarkdown(QString::fromUtf8(data), QDateTime::currentDateTimeUtc());
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.drafts.size(), 2);
    QCOMPARE(parsed.drafts.at(0).text, QStringLiteral("First note")); // oldest first
    QCOMPARE(parsed.drafts.at(1).text, QStringLiteral("Second note"));
    QVERIFY2(m_panel->statusText().contains(QStringLiteral("Exported 2 note")),
             qPrintable(m_panel->statusText()));
}

void TestNotesPanel::noteRememberedByTheAssistantAppearsWithoutRefresh()
{
    runTool(QStringLiteral("remember"), QStringLiteral(R"({"text":"Merch restock on Friday"})"));
    QTRY_COMPARE_WITH_TIMEOUT(shownTexts(), QStringList({QStringLiteral("Merch restock on Friday")}),
                              kWaitMs);
}

void TestNotesPanel::noteForgottenByTheAssistantDisappears()
{
    const std::optional<Note> note = repository().add(QStringLiteral("Old wifi password"));
    QVERIFY(note);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 1, kWaitMs);
    runTool(QStringLiteral("forget"), QStringLiteral(R"({"id":%1})").arg(note->id));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 0, kWaitMs);
}

void TestNotesPanel::everyControlHasAnAccessibleName()
{
    QList<QWidget*> controls;
    for (QAbstractButton* button : m_panel->findChildren<QAbstractButton*>())
        controls << button;
    for (QLineEdit* edit : m_panel->findChildren<QLineEdit*>())
        controls << edit;
    controls << m_panel->view();
    QVERIFY(controls.size() >= 9);
    for (QWidget* control : std::as_const(controls)) {
        if (control->focusPolicy() == Qt::NoFocus)
            continue; // e.g. the search field's own clear button, which the keyboard never reaches
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
}

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
