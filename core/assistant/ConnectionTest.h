#pragma once

#include "assistant/AssistantError.h"
#include "assistant/OpenAiEndpoint.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dewey {

class IClock;

struct ConnectionTestResult
{
    AssistantError error;     // kind None: the server answered and accepted the key
    QStringList models;       // what the server offers (GET /models)
    bool modelListed = false; // the model chosen in Settings is among them
    QString server;           // "OpenAI", "localhost:11434"

    bool ok() const { return !error.isError(); }
};

// The Settings page's "Test connection": asks the server for its model list, which proves the base
// URL, the key and the network in one cheap request without spending tokens.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    ConnectionTest(QNetworkAccessManager& network, OpenAiEndpoint endpoint, QString model,
                   const IClock& clock, qint64 timeoutMs, QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start();
    void cancel();

signals:
    void finished(const Dewey::ConnectionTestResult& result);

private:
    void onFinished();
    void report(ConnectionTestResult result);

    QNetworkAccessManager& m_network;
    OpenAiEndpoint m_endpoint;
    QString m_model;
    const IClock& m_clock;
    qint64 m_timeoutMs;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    bool m_timedOut = false;
};

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::ConnectionTestResult)
