#include "dewey/ChatErrorBanner.h"

#include <QPushButton>
#include <QTest>

using namespace Dewey;

// What the streamer reads when an answer fails, and which way out the banner offers.
class TestChatBanner : public QObject
{
    Q_OBJECT

private slots:
    void showsEachKindOfError_data();
    void showsEachKindOfError();
    void dismissHides();
};

void TestChatBanner::showsEachKindOfError_data()
{
    using Kind = AssistantError::Kind;
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("settings");
    QTest::addRow("bad key") << int(Kind::BadApiKey)
                             << QStringLiteral(
                                    "Your OpenAI API key was refused — check it in Settings → Secrets.")
                             << true;
    QTest::addRow("network down") << int(Kind::Network) << QStringLiteral("network seems to be down")
                                  << false;
    QTest::addRow("rate limit") << int(Kind::RateLimited) << QStringLiteral("limiting how fast") << false;
    QTest::addRow("server error") << int(Kind::ServerError) << QStringLiteral("server had a problem")
                                  << false;
    QTest::addRow("model not found") << int(Kind::ModelNotFound) << QStringLiteral("classifier text") << true;
    QTest::addRow("no credit") << int(Kind::QuotaExceeded) << QStringLiteral("classifier text") << false;
}

void TestChatBanner::showsEachKindOfError()
{
    QFETCH(int, kind);
    QFETCH(QString, says);
    QFETCH(bool, settings);
    ChatErrorBanner banner;
    AssistantError error;
    error.kind = AssistantError::Kind(kind);
    error.message = QStringLiteral("classifier text");
    error.detail = QStringLiteral("server words");
    banner.showError(error, true);
    QVERIFY(!banner.isHidden());
    QVERIFY2(banner.message().contains(says), qPrintable(banner.message()));
    QCOMPARE(!banner.settingsButton()->isHidden(), settings);
    QVERIFY(!banner.retryButton()->isHidden());
    banner.showError(error, false);
    QVERIFY(banner.retryButton()->isHidden());
}

void TestChatBanner::dismissHides()
{
    ChatErrorBanner banner;
    banner.showNotice(QStringLiteral("Dewey is still answering."));
    QVERIFY(!banner.isHidden());
    banner.dismiss();
    QVERIFY(banner.isHidden());
    QVERIFY(banner.message().isEmpty());
}

QTEST_MAIN(TestChatBanner)
#include "tst_chatbanner.moc"
