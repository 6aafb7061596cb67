#pragma once

#include "OpenAiTestReply.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <vector>

class QTcpSocket;

namespace DeweyTest {

// A request the server received, for tests to inspect.
struct OpenAiRecordedRequest
{
    QByteArray method;
    QString path;                          // "/v1/chat/completions"
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QJsonObject json() const;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

// A local server on 127.0.0.1 that speaks the OpenAI protocol the way api.openai.com does, for
// integration tests that must never reach the internet:
//   POST /v1/chat/completions  scripted replies (streamed in HTTP chunks with pauses, tool calls,
//                              401/429/500, a cut or a stall mid-stream, garbage)
//   POST /v1/embeddings        deterministic vectors (float lists or base64), or scripted errors
//   GET  /v1/models            a model list
// With an API key set, every request must carry "Authorization: Bearer <key>" or gets a real 401.
class OpenAiTestServer : public QObject
{
    Q_OBJECT

public:
    using ChatHandler = std::function<OpenAiTestReply(const OpenAiRecordedRequest&)>;
    using EmbeddingFunction = std::function<std::vector<float>(const QString& text, int dimensions)>;

    explicit OpenAiTestServer(QObject* parent = nullptr);
    ~OpenAiTestServer() override;

    bool listen(QString* error = nullptr);
    quint16 port() const;
    // "http://127.0.0.1:<port>/v1", the base URL as the SDKs write it.
    QUrl baseUrl() const;

    void setApiKey(const QString& key) { m_apiKey = key; }
    void setModels(const QStringList& models) { m_models = models; }

    // Chat replies are used in order; when none is queued the handler answers, and without a handler
    // the request gets a 500 that names the missing script (so a test fails loudly, not by hanging).
    void enqueueChat(const OpenAiTestReply& reply) { m_chatQueue.enqueue(reply); }
    void setChatHandler(ChatHandler handler) { m_chatHandler = std::move(handler); }
    qsizetype pendingChatReplies() const { return m_chatQueue.size(); }

    // Embedding requests take a queued reply first (errors); otherwise vectors come from the
    // embedding function (by default standInEmbedding()).
    void enqueueEmbeddings(const OpenAiTestReply& reply) { m_embeddingQueue.enqueue(reply); }
    void setEmbeddingFunction(EmbeddingFunction function) { m_embeddingFunction = std::move(function); }

    QList<OpenAiRecordedRequest> requests() const { return m_requests; }
    QList<OpenAiRecordedRequest> requests(const QString& path) const;
    QList<OpenAiRecordedRequest> chatRequests() const
    {
        return requests(QStringLiteral("/v1/chat/completions"));
    }
    void clearRequests() { m_requests.clear(); }

    // Connections currently open (a client that gave up closes its connection).
    int openConnections() const;

    // A deterministic unit vector: words (lower case, letters and digits) hashed into buckets with a
    // sign, so texts that share words are close. Not semantic, but stable across runs and machines.
    static std::vector<float> standInEmbedding(const QString& text, int dimensions);

signals:
    void requestReceived(const DeweyTest::OpenAiRecordedRequest& request);
    // A streamed or complete reply was written to the end (not for cuts, stalls or hangs).
    void replyFinished(const QString& path);
    // A reply was cut on purpose, or the client closed the connection before the end.
    void connectionDropped();

private:
    struct Connection;

    void onNewConnection();
    void onReadyRead(Connection* connection);
    void handle(Connection* connection, const OpenAiRecordedRequest& request);
    OpenAiTestReply chatReply(const OpenAiRecordedRequest& request);
    OpenAiTestReply embeddingsReply(const OpenAiRecordedRequest& request);
    OpenAiTestReply modelsReply() const;
    void sendComplete(Connection* connection, const OpenAiTestReply& reply, const QString& path);
    void startStream(Connection* connection, const OpenAiTestReply& reply, bool includeUsage,
                     const QString& path);
    void writeNextPiece(Connection* connection);
    void removeConnection(Connection* connection);

    QTcpServer m_server;
    QString m_apiKey;
    QStringList m_models{QStringLiteral("gpt-4.1-mini"), QStringLiteral("gpt-4.1"),
                         QStringLiteral("text-embedding-3-small")};
    QQueue<OpenAiTestReply> m_chatQueue;
    QQueue<OpenAiTestReply> m_embeddingQueue;
    ChatHandler m_chatHandler;
    EmbeddingFunction m_embeddingFunction;
    QList<OpenAiRecordedRequest> m_requests;
    QList<Connection*> m_connections; // owned through QObject parenting
};

} // namespace DeweyTest

Q_DECLARE_METATYPE(DeweyTest::OpenAiRecordedRequest)
