#pragma once

#include <QString>

#include <array>

namespace Dewey {

// The secrets Dewey keeps. The previous webhook signing secret lets deliveries signed with the old
// secret still verify while the streamer rotates it in the Stripe dashboard.
enum class SecretId
{
    OpenAiApiKey,
    StripeSecretKey,
    StripeWebhookSecret,
    StripeWebhookSecretPrevious,
};

inline constexpr std::array<SecretId, 4> kAllSecretIds{
    SecretId::OpenAiApiKey,
    SecretId::StripeSecretKey,
    SecretId::StripeWebhookSecret,
    SecretId::StripeWebhookSecretPrevious,
};

// Stable name under which the secret is stored (keychain entry, secrets file field). Never change
// these: streamers would lose their stored keys.
QString secretStorageKey(SecretId id);

// Name shown to the streamer, translated.
QString secretDisplayName(SecretId id);

// Environment variable that overrides the stored value (headless use and tests).
QString secretEnvironmentVariable(SecretId id);

} // namespace Dewey
