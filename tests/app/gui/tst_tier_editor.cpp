#include "ScriptedDialogs.h"
#include "alerts/AlertComposer.h"
#include "alerts/AlertPreview.h"
#include "alerts/AlertQueue.h"
#include "alerts/AlertTierFile.h"
#include "alerts/TierEditor.h"
#include "stripe/CurrencyFormatter.h"
#include "tst_alerts_fixture.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Dewey;
using DeweyTest::AlertsFixture;

// Alerts → Tiers: what the streamer types is checked on the spot, and a saved tier is what the next
// alert looks like.
class TestTierEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void invalidTierCannotBeSaved_data();
    void invalidTierCannotBeSaved();
    void savedTierChangesTheNextAlert();
    void previewFollowsTheForm();
    void reorderAndRemove();

private:
    std::unique_ptr<AlertsFixture> m_fixture;
    DeweyTest::ScriptedDialogs m_dialogs;
};

void TestTierEditor::init()
{
    m_fixture = std::make_unique<AlertsFixture>();
}

void TestTierEditor::cleanup()
{
    m_fixture.reset();
}

void TestTierEditor::invalidTierCannotBeSaved_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("named"); // what the inline error must name

    QTest::addRow("misspelt placeholder")
        << QStringLiteral("{byuer} rocks") << QString() << QString() << QStringLiteral("{byuer}");
    QTest::addRow("unknown placeholder")
        << QStringLiteral("{buyer} paid {price}") << QString() << QString() << QStringLiteral("{price}");
    QTest::addRow("in the text line") << QStringLiteral("{buyer}") << QStringLiteral("from {country}")
                                      << QString() << QStringLiteral("{country}");
    QTest::addRow("bad currency") << QStringLiteral("{buyer}") << QString() << QStringLiteral("u$")
                                  << QStringLiteral("three-letter");
}

void TestTierEditor::invalidTierCannotBeSaved()
{
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, named);

    TierEditor editor(*m_fixture->alerts, m_fixture->clock, m_dialogs);
    editor.addTier();
    QVERIFY(editor.saveButton()->isEnabled());
    editor.titleEdit()->setText(title);
    editor.textEdit()->setText(text);
    editor.currencyEdit()->setText(currency);

    QVERIFY2(editor.errorText().contains(named), qPrintable(editor.errorText()));
    QVERIFY(!editor.saveButton()->isEnabled());
    QVERIFY(editor.list()->item(0)->text().contains(QStringLiteral("needs a fix")));
    QVERIFY(!editor.save());
    QVERIFY(m_fixture->alerts->tiers().isEmpty());
}

void TestTierEditor::savedTierChangesTheNextAlert()
{
    TierEditor editor(*m_fixture->alerts, m_fixture->clock, m_dialogs);
    editor.addTier();
    editor.nameEdit()->setText(QStringLiteral("Big spender"));
    editor.minAmountSpin()->setValue(50);
    editor.currencyEdit()->setText(QStringLiteral("USD"));
    editor.titleEdit()->setText(QStringLiteral("{buyer} is a legend! {amount}"));
    editor.durationSpin()->setValue(12);
    m_dialogs.answerNextFile(QStringLiteral("/home/me/airhorn.ogg"));
    QTest::mouseClick(editor.browseSoundButton(), Qt::LeftButton);
    QCOMPARE(editor.soundEdit()->text(), QStringLiteral("/home/me/airhorn.ogg"));
    QVERIFY(editor.errorText().isEmpty());
    QVERIFY(editor.isModified());

    QSignalSpy changed(m_fixture->alerts.get(), &AlertsModule::tiersChanged);
    QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!editor.isModified());
    QCOMPARE(m_fixture->alerts->tiers().size(), 1);
    const AlertTier saved = m_fixture->alerts->tiers().first();
    QCOMPARE(saved.name, QStringLiteral("Big spender"));
    QCOMPARE(saved.minAmountMinor, std::optional<qint64>(5000));
    QCOMPARE(saved.currency, QStringLiteral("usd"));
    QCOMPARE(saved.durationMs, 12000);
    QCOMPARE(saved.sound, QStringLiteral("/home/me/airhorn.ogg"));
    // Stored in the tiers file, which the next start reads.
    QCOMPARE(AlertTierFile::load(m_fixture->alerts->tiersFilePath()).tiers, QList<AlertTier>{saved});

    // The queue uses it at once: a big sale takes the tier, a small one the default look.
    QSignalSpy queued(&m_fixture->alerts->queue(), &AlertQueue::alertQueued);
    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("big"), m_fixture->clock.now(), 6400)));
    QVERIFY(m_fixture->record(AlertsFixture::sale(QStringLiteral("small"), m_fixture->clock.now(), 1000)));
    QTRY_COMPARE(queued.count(), 2);
    const Alert big = queued.at(0).first().value<Alert>();
    QCOMPARE(big.title, QStringLiteral("Alex is a legend! 6400 usd"));
    QCOMPARE(big.durationMs, 12000);
    QCOMPARE(big.tier, QStringLiteral("Big spender"));
    const Alert small = queued.at(1).first().value<Alert>();
    QVERIFY(small.tier.isEmpty());
    QVERIFY(!small.title.contains(QStringLiteral("legend")));
}

void TestTierEditor::previewFollowsTheForm()
{
    TierEditor editor(*m_fixture->alerts, m_fixture->clock, m_dialogs);
    editor.addTier();
    editor.titleEdit()->setText(QStringLiteral("Thanks {buyer}!"));
    QCOMPARE(editor.preview()->title(), QStringLiteral("Thanks Alex!"));
    // A product rule: the preview's sample buys that product.
    editor.productEdit()->setText(QStringLiteral("Sticker"));
    editor.titleEdit()->setText(QStringLiteral("{items} for {amount}"));
    QCOMPARE(editor.preview()->title(),
             QStringLiteral("Sticker for %1").arg(CurrencyFormatter().format(6400, QStringLiteral("usd"))));
}

void TestTierEditor::reorderAndRemove()
{
    TierEditor editor(*m_fixture->alerts, m_fixture->clock, m_dialogs);
    editor.addTier();
    editor.nameEdit()->setText(QStringLiteral("First"));
    editor.addTier();
    editor.nameEdit()->setText(QStringLiteral("Second"));
    QCOMPARE(editor.currentTier(), 1);

    editor.moveTier(-1);
    QCOMPARE(editor.tiers().at(0).name, QStringLiteral("Second"));
    QCOMPARE(editor.currentTier(), 0);
    QCOMPARE(editor.list()->item(0)->text(), QStringLiteral("Second"));

    editor.removeTier();
    QCOMPARE(editor.tiers().size(), 1);
    QCOMPARE(editor.tiers().first().name, QStringLiteral("First"));
    QVERIFY(editor.save());
    QCOMPARE(m_fixture->alerts->tiers().size(), 1);

    // Revert drops unsaved edits.
    editor.nameEdit()->setText(QStringLiteral("Renamed"));
    editor.revert();
    QCOMPARE(editor.tiers().first().name, QStringLiteral("First"));
}

QTEST_MAIN(TestTierEditor)
#include "tst_tier_editor.moc"
