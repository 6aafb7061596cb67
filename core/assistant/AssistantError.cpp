#include "assistant/AssistantError.h"

namespace Dewey {

QString assistantErrorKindName(AssistantError::Kind kind)
{
    switch (kind) {
    case AssistantError::Kind::None:
        return QStringLiteral("none");
    case AssistantError::Kind::MissingApiKey:
        return QStringLiteral("missing_api_key");
    case AssistantError::Kind::BadApiKey:
        return QStringLiteral("bad_api_key");
    case AssistantError::Kind::PermissionDenied:
        return QStringLiteral("permission_denied");
    case AssistantError::Kind::ModelNotFound:
        return QStringLiteral("model_not_found");
    case AssistantError::Kind::BadRequest:
        return QStringLiteral("bad_request");
    case AssistantError::Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case AssistantError::Kind::QuotaExceeded:
        return QStringLiteral("quota_exceeded");
    case AssistantError::Kind::ServerError:
        return QStringLiteral("server_error");
    case AssistantError::Kind::Network:
        return QStringLiteral("network");
    case AssistantError::Kind::Timeout:
        return QStringLiteral("timeout");
    case AssistantError::Kind::MalformedResponse:
        return QStringLiteral("malformed_response");
    case AssistantError::Kind::Storage:
        return QStringLiteral("storage");
    case AssistantError::Kind::Busy:
        return QStringLiteral("busy");
    }
    return QStringLiteral("unknown");
}

} // namespace Dewey
