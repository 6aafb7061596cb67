#pragma once

#include <QMetaType>
#include <QString>

namespace Dewey {

// Why an answer could not be produced. Errors travel on error signals with their kind, never as
// text inside the answer: the UI decides how to show them (a banner with a link to Settings, a
// Retry button), and `dewey-cli ask` prints them on stderr.
struct AssistantError
{
    enum class Kind
    {
        None,
        MissingApiKey,     // no key and the server needs one
        BadApiKey,         // 401: the key was refused
        PermissionDenied,  // 403: the key may not use this model or endpoint
        ModelNotFound,     // 404: the model name in Settings does not exist on this server
        BadRequest,        // 400/422: the server rejected the request itself
        RateLimited,       // 429: too many requests for now
        QuotaExceeded,     // 429 insufficient_quota: no credit left; retrying cannot help
        ServerError,       // 5xx, or an error object in the middle of the stream
        Network,           // could not connect, or the connection was lost
        Timeout,           // no answer, or the stream stalled
        MalformedResponse, // the server does not speak the Chat Completions protocol
        Storage,           // the conversation could not be saved
        Busy,              // another answer is still being written
    };

    Kind kind = Kind::None;
    QString message;        // for the streamer, translated: what happened and what to do
    QString detail;         // the server's own words, for the log and a "details" line
    bool retryable = false; // the same request may succeed later (the UI offers Retry)
    int httpStatus = 0;
    qint64 retryAfterMs = -1; // what the server asked for, when it did

    bool isError() const { return kind != Kind::None; }
};

// Stable names for JSON output and logs ("bad_api_key", "rate_limited", …).
QString assistantErrorKindName(AssistantError::Kind kind);

} // namespace Dewey

Q_DECLARE_METATYPE(Dewey::AssistantError)
