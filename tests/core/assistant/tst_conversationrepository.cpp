#include "AssistantTestSupport.h"
#include "assistant/ConversationRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Dewey;
using AssistantTest::TempDatabase;
using DeweyTest::ManualClock;

namespace {

StoredMessage userMessage(qint64 conversation, const QString& text)
{
    StoredMessage message;
    message.conversationId = conversation;
    message.role = ChatMessage::Role::User;
    message.content = text;
    message.status = StoredMessage::Status::Sent;
    return message;
}

StoredMessage answer(qint64 conversation, const QString& text)
{
    StoredMessage message;
    message.conversationId = conversation;
    message.role = ChatMessage::Role::Assistant;
    message.content = text;
    message.status = StoredMessage::Status::Complete;
    message.citedNoteIds = {12, 3};
    message.toolsUsed = {QStringLiteral("search_notes")};
    message.model = QStringLiteral("gpt-4.1-mini-2025-04-14");
    message.usage = TokenUsage{812, 17, 829};
    return message;
}

} // namespace

// Conversations persist with their messages, token usage and citations; listable, renameable,
// deletable and searchable.
class TestConversationRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void messagesRoundTripWithUsageAndCitations();
    void unreportedUsageStaysUnknown();
    void firstUserMessageNamesTheConversation();
    void listIsMostRecentlyActiveFirst();
    void renameAndItsLimits();
    void deleteTakesTheMessagesWith();
    void search_data();
    void search();
    void recentMessagesAreTheNewestInOrder();
    void survivesReopening();
    void titleFrom_data();
    void titleFrom();

private:
    std::unique_ptr<TempDatabase> m_db;
    ManualClock m_clock{AssistantTest::clockStart()};
    std::unique_ptr<ConversationRepository> m_repository;
};

void TestConversationRepository::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->open());
    m_clock.set(QDateTime(QDate(2025, 6, 3), QTime(12, 0), QTimeZone::utc()));
    m_repository = std::make_unique<ConversationRepository>(m_db->database, m_clock);
}

void TestConversationRepository::cleanup()
{
    m_repository.reset();
    m_db.reset();
}

void TestConversationRepository::messagesRoundTripWithUsageAndCitations()
{
    QSignalSpy added(m_repository.get(), &ConversationRepository::messageAdded);
    const auto conversation = m_repository->create(QString());
    QVERIFY(conversation);
    const auto asked =
        m_repository->append(userMessage(conversation->id, QStringLiteral("What's the airbnb code?")));
    QVERIFY(asked);
    m_clock.advance(2000);
    const auto answered = m_repository->append(
        answer(conversation->id, QStringLiteral("It is 4471 [note:12]; it was 1234 [note:3].")));
    QVERIFY(answered);
    QCOMPARE(added.count(), 2);

    const QList<StoredMessage> messages = m_repository->messages(conversation->id);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).id, asked->id);
    QCOMPARE(messages.at(0).role, ChatMessage::Role::User);
    QCOMPARE(messages.at(0).status, StoredMessage::Status::Sent);
    const StoredMessage& reply = messages.at(1);
    QCOMPARE(reply.role, ChatMessage::Role::Assistant);
    QCOMPARE(reply.status, StoredMessage::Status::Complete);
    QCOMPARE(reply.content, QStringLiteral("It is 4471 [note:12]; it was 1234 [note:3]."));
    QCOMPARE(reply.citedNoteIds, (QList<qint64>{12, 3}));
    QCOMPARE(reply.toolsUsed, QStringList{QStringLiteral("search_notes")});
    QCOMPARE(reply.model, QStringLiteral("gpt-4.1-mini-2025-04-14"));
    QCOMPARE(reply.usage, (TokenUsage{812, 17, 829}));
    QCOMPARE(reply.createdAt, m_clock.now());
    QCOMPARE(m_repository->conversation(conversation->id)->messageCount, 2);
}

void TestConversationRepository::unreportedUsageStaysUnknown()
{
    const auto conversation = m_repository->create(QStringLiteral("local model"));
    StoredMessage message = answer(conversation->id, QStringLiteral("ok"));
    message.usage = TokenUsage{};
    QVERIFY(m_repository->append(message));
    const StoredMessage read = m_repository->messages(conversation->id).first();
    QVERIFY(!read.usage.isValid());
    QCOMPARE(read.usage.totalTokens, -1);
}

void TestConversationRepository::firstUserMessageNamesTheConversation()
{
    const auto conversation = m_repository->create(QString());
    QCOMPARE(conversation->title, QString());
    QVERIFY(m_repository->append(
        userMessage(conversation->id, QStringLiteral("  Sam's birthday\n is 12 March "))));
    QVERIFY(m_repository->append(userMessage(conversation->id, QStringLiteral("second message"))));
    QCOMPARE(m_repository->conversation(conversation->id)->title,
             QStringLiteral("Sam's birthday is 12 March"));

    const auto named = m_repository->create(QStringLiteral("Sponsors"));
    QVERIFY(m_repository->append(userMessage(named->id, QStringLiteral("code DEWEY20"))));
    QCOMPARE(m_repository->conversation(named->id)->title, QStringLiteral("Sponsors"));
}

void TestConversationRepository::listIsMostRecentlyActiveFirst()
{
    const auto first = m_repository->create(QStringLiteral("first"));
    m_clock.advance(1000);
    const auto second = m_repository->create(QStringLiteral("second"));
    m_clock.advance(1000);
    QVERIFY(m_repository->append(userMessage(first->id, QStringLiteral("bump"))));

    const QList<Conversation> all = m_repository->list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, first->id);
    QCOMPARE(all.at(1).id, second->id);
    QCOMPARE(m_repository->list(1).size(), 1);
}

void TestConversationRepository::renameAndItsLimits()
{
    const auto conversation = m_repository->create(QStringLiteral("old"));
    QSignalSpy changed(m_repository.get(), &ConversationRepository::conversationChanged);
    QString error;
    QVERIFY(m_repository->rename(conversation->id, QStringLiteral("  Merch sizes  "), &error));
    QCOMPARE(m_repository->conversation(conversation->id)->title, QStringLiteral("Merch sizes"));
    QCOMPARE(changed.count(), 1);

    QVERIFY(!m_repository->rename(conversation->id, QStringLiteral("   "), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!m_repository->rename(conversation->id + 100, QStringLiteral("x"), &error));
    QCOMPARE(m_repository->conversation(conversation->id)->title, QStringLiteral("Merch sizes"));
}

void TestConversationRepository::deleteTakesTheMessagesWith()
{
    const auto kept = m_repository->create(QStringLiteral("kept"));
    const auto gone = m_repository->create(QStringLiteral("gone"));
    QVERIFY(m_repository->append(userMessage(kept->id, QStringLiteral("a"))));
    QVERIFY(m_repository->append(userMessage(gone->id, QStringLiteral("b"))));
    QVERIFY(m_repository->append(answer(gone->id, QStringLiteral("c"))));
    QSignalSpy removed(m_repository.get(), &ConversationRepository::conversationRemoved);

    QVERIFY(m_repository->remove(gone->id));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!m_repository->conversation(gone->id));
    QVERIFY(m_repository->messages(gone->id).isEmpty());
    QSqlQuery count(m_db->database.connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM messages")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    QCOMPARE(m_repository->messages(kept->id).size(), 1);
    QVERIFY(!m_repository->remove(gone->id));
}

void TestConversationRepository::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");

    QTest::addRow("word in a message") << "4471" << QStringList{QStringLiteral("Airbnb")};
    QTest::addRow("case-insensitive title") << "SPONSOR" << QStringList{QStringLiteral("Sponsor codes")};
    QTest::addRow("every word must match") << "code airbnb" << QStringList{QStringLiteral("Airbnb")};
    QTest::addRow("words across title and messages")
        << "sponsor dewey20" << QStringList{QStringLiteral("Sponsor codes")};
    QTest::addRow("wildcards are literal") << "100%" << QStringList{QStringLiteral("Percent")};
    QTest::addRow("underscore is literal") << "a_b" << QStringList{};
    QTest::addRow("no match") << "zebra" << QStringList{};
    QTest::addRow("empty lists all") << "  "
                                     << QStringList{QStringLiteral("Percent"),
                                                    QStringLiteral("Sponsor codes"),
                                                    QStringLiteral("Airbnb")};
}

void TestConversationRepository::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);

    const auto airbnb = m_repository->create(QStringLiteral("Airbnb"));
    QVERIFY(m_repository->append(userMessage(airbnb->id, QStringLiteral("the lock code is 4471"))));
    m_clock.advance(1000);
    const auto sponsors = m_repository->create(QStringLiteral("Sponsor codes"));
    QVERIFY(m_repository->append(answer(sponsors->id, QStringLiteral("DEWEY20 gives 20% off"))));
    m_clock.advance(1000);
    const auto percent = m_repository->create(QStringLiteral("Percent"));
    QVERIFY(m_repository->append(userMessage(percent->id, QStringLiteral("give 100% and axb"))));

    QStringList found;
    for (const Conversation& conversation : m_repository->search(query))
        found.append(conversation.title);
    QCOMPARE(found, titles);
}

void TestConversationRepository::recentMessagesAreTheNewestInOrder()
{
    const auto conversation = m_repository->create(QStringLiteral("long"));
    for (int i = 1; i <= 5; ++i)
        QVERIFY(m_repository->append(userMessage(conversation->id, QString::number(i))));
    const QList<StoredMessage> recent = m_repository->recentMessages(conversation->id, 3);
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.at(0).content, QStringLiteral("3"));
    QCOMPARE(recent.at(2).content, QStringLiteral("5"));
}

void TestConversationRepository::survivesReopening()
{
    const QString path = m_db->database.path();
    const auto conversation = m_repository->create(QStringLiteral("kept across restarts"));
    QVERIFY(m_repository->append(answer(conversation->id, QStringLiteral("stored"))));
    m_repository.reset();
    m_db->database.close();

    Database reopened;
    QVERIFY(reopened.open(path).ok());
    ConversationRepository repository(reopened, m_clock);
    QCOMPARE(repository.list().size(), 1);
    QCOMPARE(repository.messages(conversation->id).first().usage.totalTokens, 829);
}

void TestConversationRepository::titleFrom_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addRow("short") << "hi"
                           << "hi";
    QTest::addRow("lines joined") << "a\nb\tc"
                                  << "a b c";
    const QString words = QStringLiteral("word ").repeated(40);
    QTest::addRow("long cut at a word")
        << words << QStringLiteral("word ").repeated(23).trimmed() + QStringLiteral("…");
}

void TestConversationRepository::titleFrom()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    const QString made = ConversationRepository::titleFrom(text);
    QCOMPARE(made, title);
    QVERIFY(made.size() <= ConversationRepository::kMaxTitleLength);
}

QTEST_GUILESS_MAIN(TestConversationRepository)
#include "tst_conversationrepository.moc"
