#pragma once

#include "assistant/AssistantError.h"
#include "assistant/ChatStreamDecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

namespace Dewey {

// Maps what went wrong talking to an OpenAI-compatible server onto an AssistantError: its kind,
// whether retrying can help, how long the server asked us to wait, and a message the streamer can
// act on. Pure, so every status and body shape is tested without a network.
class OpenAiErrorClassifier
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiErrorClassifier)

public:
    struct HttpFailure
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfterMsHeader; // "retry-after-ms", as OpenAI and its SDKs use it
        QByteArray retryAfterHeader;   // "retry-after": seconds or an HTTP date
    };

    // `server` names the server in messages ("OpenAI", "127.0.0.1:1234").
    static AssistantError fromHttp(const HttpFailure& failure, const QDateTime& now, const QString& server);
    // `afterOutput`: part of the answer had already arrived when the connection failed.
    static AssistantError fromNetwork(QNetworkReply::NetworkError error, const QString& errorString,
                                      const QString& server, bool afterOutput);
    static AssistantError fromStream(const ChatStreamDecoder::StreamError& error, const QString& server);
    static AssistantError timeout(bool stalledMidStream, qint64 afterMs, const QString& server);
    static AssistantError malformed(const QString& detail, const QString& server);
    static AssistantError missingApiKey();
    static AssistantError cutMidStream(const QString& server);

    // How long the server asked us to wait, in ms; -1 when it did not say (or said nonsense).
    // retry-after-ms wins over retry-after, as in the official SDKs.
    static qint64 retryAfterMs(const QByteArray& retryAfterMsHeader, const QByteArray& retryAfterHeader,
                               const QDateTime& now);

    // The server's error message, type and code from the usual body shapes:
    // {"error":{"message":…,"type":…,"code":…}}, {"error":"…"}, {"detail":"…"} or plain text.
    struct ServerMessage
    {
        QString message;
        QString type;
        QString code;
    };
    static ServerMessage parseBody(const QByteArray& body);

    // "OpenAI" for api.openai.com, host:port otherwise.
    static QString serverName(const QUrl& baseUrl);
};

} // namespace Dewey
