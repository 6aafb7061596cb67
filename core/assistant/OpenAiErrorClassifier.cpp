#include "assistant/OpenAiErrorClassifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>

namespace Dewey {

namespace {

using Kind = AssistantError::Kind;

// Enough of an HTML error page or a stack trace to recognise it, not the whole thing.
constexpr qsizetype kMaxDetailChars = 300;

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxDetailChars)
        text = text.left(kMaxDetailChars) + QStringLiteral("…");
    return text;
}

bool mentions(const OpenAiErrorClassifier::ServerMessage& message, QLatin1String word)
{
    return message.code.contains(word, Qt::CaseInsensitive) ||
           message.type.contains(word, Qt::CaseInsensitive);
}

} // namespace

QString OpenAiErrorClassifier::serverName(const QUrl& baseUrl)
{
    if (baseUrl.host().compare(QLatin1String("api.openai.com"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("OpenAI");
    if (baseUrl.port() > 0)
        return QStringLiteral("%1:%2").arg(baseUrl.host()).arg(baseUrl.port());
    return baseUrl.host().isEmpty() ? baseUrl.toString() : baseUrl.host();
}

OpenAiErrorClassifier::ServerMessage OpenAiErrorClassifier::parseBody(const QByteArray& body)
{
    ServerMessage result;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue error = root.value(QLatin1String("error"));
        if (error.isObject()) {
            const QJsonObject object = error.toObject();
            result.message = object.value(QLatin1String("message")).toString();
            result.type = object.value(QLatin1String("type")).toString();
            const QJsonValue code = object.value(QLatin1String("code"));
            result.code = code.isDouble() ? QString::number(code.toInt()) : code.toString();
        } else if (error.isString()) {
            result.message = error.toString();
        } else if (root.value(QLatin1String("detail")).isString()) {
            result.message = root.value(QLatin1String("detail")).toString();
        } else if (root.value(QLatin1String("message")).isString()) {
            result.message = root.value(QLatin1String("message")).toString();
        }
    }
    if (result.message.isEmpty() && !document.isObject())
        result.message = QString::fromUtf8(body);
    result.message = shortened(result.message);
    return result;
}

qint64 OpenAiErrorClassifier::retryAfterMs(const QByteArray& retryAfterMsHeader,
                                           const QByteArray& retryAfterHeader, const QDateTime& now)
{
    bool ok = false;
    const double ms = retryAfterMsHeader.trimmed().toDouble(&ok);
    if (ok && std::isfinite(ms) && ms >= 0)
        return qint64(std::ceil(ms));

    const QByteArray text = retryAfterHeader.trimmed();
    if (text.isEmpty())
        return -1;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return std::isfinite(seconds) && seconds >= 0 ? qint64(std::ceil(seconds * 1000)) : -1;
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take for an offset.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(when));
}

AssistantError OpenAiErrorClassifier::fromHttp(const HttpFailure& failure, const QDateTime& now,
                                               const QString& server)
{
    const ServerMessage body = parseBody(failure.body);
    AssistantError error;
    error.httpStatus = failure.status;
    error.detail = body.message;
    error.retryAfterMs = retryAfterMs(failure.retryAfterMsHeader, failure.retryAfterHeader, now);

    const int status = failure.status;
    if (status == 401) {
        error.kind = Kind::BadApiKey;
        error.message = tr("%1 refused the API key. Check the OpenAI API key in Settings.").arg(server);
    } else if (status == 403) {
        error.kind = Kind::PermissionDenied;
        error.message = tr("%1 does not let this API key use the chosen model. Check the key's permissions "
                           "and the model in Settings.")
                            .arg(server);
    } else if (status == 404) {
        error.kind = Kind::ModelNotFound;
        error.message = tr("%1 does not know the model or the address Dewey asked for. Check the model name "
                           "and the base URL in Settings (it usually ends in /v1).")
                            .arg(server);
    } else if (status == 429 && (mentions(body, QLatin1String("insufficient_quota")) ||
                                 mentions(body, QLatin1String("billing")))) {
        error.kind = Kind::QuotaExceeded;
        error.message = tr("Your OpenAI account has run out of credit or reached its spending limit. Add "
                           "credit or raise the limit on platform.openai.com (Billing); trying again will "
                           "not help until then.");
    } else if (status == 429) {
        error.kind = Kind::RateLimited;
        error.retryable = true;
        error.message = tr("%1 is limiting how often Dewey may ask. Try again in a moment.").arg(server);
    } else if (status == 408 || status == 409 || status >= 500) {
        // 408 and 409 are what the official SDKs retry besides 429 and 5xx.
        error.kind = Kind::ServerError;
        error.retryable = true;
        error.message =
            tr("%1 had a problem answering (HTTP %2). Try again in a moment.").arg(server).arg(status);
    } else if (status >= 400) {
        error.kind = Kind::BadRequest;
        error.message = tr("%1 rejected the request (HTTP %2). Check the model and base URL in Settings.")
                            .arg(server)
                            .arg(status);
    } else {
        error.kind = Kind::MalformedResponse;
        error.message =
            tr("%1 answered with HTTP %2, which is not a chat answer. Check the base URL in Settings.")
                .arg(server)
                .arg(status);
    }
    return error;
}

AssistantError OpenAiErrorClassifier::fromNetwork(QNetworkReply::NetworkError code,
                                                  const QString& errorString, const QString& server,
                                                  bool afterOutput)
{
    AssistantError error;
    error.kind = Kind::Network;
    error.retryable = true;
    error.detail = errorString;
    if (afterOutput) {
        error.message =
            tr("The connection to %1 was lost in the middle of the answer. Try again.").arg(server);
        return error;
    }
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        error.message = tr("%1 refused the connection. If it is a local server, check that it is running and "
                           "that the base URL in Settings has the right port.")
                            .arg(server);
        break;
    case QNetworkReply::HostNotFoundError:
        error.message =
            tr("Dewey could not find %1. Check your internet connection and the base URL in Settings.")
                .arg(server);
        break;
    case QNetworkReply::TimeoutError:
        error.kind = Kind::Timeout;
        error.message = tr("%1 did not answer in time. Try again in a moment.").arg(server);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.retryable = false;
        error.message =
            tr("Dewey could not set up a secure connection to %1. Check the base URL in Settings.")
                .arg(server);
        break;
    default:
        error.message =
            tr("Dewey could not reach %1. Check your internet connection and try again.").arg(server);
        break;
    }
    return error;
}

AssistantError OpenAiErrorClassifier::fromStream(const ChatStreamDecoder::StreamError& streamError,
                                                 const QString& server)
{
    if (streamError.kind == ChatStreamDecoder::StreamError::Kind::Malformed)
        return malformed(streamError.message, server);
    AssistantError error;
    error.detail = shortened(streamError.message);
    const ServerMessage message{streamError.message, streamError.type, streamError.code};
    if (mentions(message, QLatin1String("insufficient_quota"))) {
        error.kind = Kind::QuotaExceeded;
        error.message = tr("Your OpenAI account has run out of credit or reached its spending limit. Add "
                           "credit or raise the limit on platform.openai.com (Billing); trying again will "
                           "not help until then.");
        return error;
    }
    error.kind = Kind::ServerError;
    error.retryable = true;
    error.message = tr("%1 reported an error while answering. Try again in a moment.").arg(server);
    return error;
}

AssistantError OpenAiErrorClassifier::timeout(bool stalledMidStream, qint64 afterMs, const QString& server)
{
    AssistantError error;
    error.kind = Kind::Timeout;
    error.retryable = true;
    const qint64 seconds = (afterMs + 999) / 1000;
    error.message =
        stalledMidStream
            ? tr("%1 stopped sending the answer for %2 seconds. Try again.").arg(server).arg(seconds)
            : tr("%1 did not answer within %2 seconds. Try again in a moment.").arg(server).arg(seconds);
    return error;
}

AssistantError OpenAiErrorClassifier::malformed(const QString& detail, const QString& server)
{
    AssistantError error;
    error.kind = Kind::MalformedResponse;
    error.detail = shortened(detail);
    error.message =
        tr("%1 sent something that is not a chat answer. Check that the base URL in Settings points "
           "at an OpenAI-compatible API (it usually ends in /v1).")
            .arg(server);
    return error;
}

AssistantError OpenAiErrorClassifier::missingApiKey()
{
    AssistantError error;
    error.kind = Kind::MissingApiKey;
    error.message = tr("No OpenAI API key is set. Add one in Settings, or set a base URL for a local "
                       "server that needs no key.");
    return error;
}

AssistantError OpenAiErrorClassifier::cutMidStream(const QString& server)
{
    return fromNetwork(QNetworkReply::RemoteHostClosedError, QStringLiteral("stream ended early"), server,
                       true);
}

} // namespace Dewey
