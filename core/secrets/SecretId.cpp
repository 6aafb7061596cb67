#include "secrets/SecretId.h"

#include <QCoreApplication>

namespace Dewey {

QString secretStorageKey(SecretId id)
{
    switch (id) {
    case SecretId::OpenAiApiKey:
        return QStringLiteral("openai-api-key");
    case SecretId::StripeSecretKey:
        return QStringLiteral("stripe-secret-key");
    case SecretId::StripeWebhookSecret:
        return QStringLiteral("stripe-webhook-secret");
    case SecretId::StripeWebhookSecretPrevious:
        return QStringLiteral("stripe-webhook-secret-previous");
    }
    return {};
}

QString secretDisplayName(SecretId id)
{
    switch (id) {
    case SecretId::OpenAiApiKey:
        return QCoreApplication::translate("Dewey::SecretId", "OpenAI API key");
    case SecretId::StripeSecretKey:
        return QCoreApplication::translate("Dewey::SecretId", "Stripe secret key");
    case SecretId::StripeWebhookSecret:
        return QCoreApplication::translate("Dewey::SecretId", "Stripe webhook signing secret");
    case SecretId::StripeWebhookSecretPrevious:
        return QCoreApplication::translate("Dewey::SecretId", "Previous Stripe webhook signing secret");
    }
    return {};
}

QString secretEnvironmentVariable(SecretId id)
{
    switch (id) {
    case SecretId::OpenAiApiKey:
        return QStringLiteral("DEWEY_OPENAI_API_KEY");
    case SecretId::StripeSecretKey:
        return QStringLiteral("DEWEY_STRIPE_API_KEY");
    case SecretId::StripeWebhookSecret:
        return QStringLiteral("DEWEY_STRIPE_WEBHOOK_SECRET");
    case SecretId::StripeWebhookSecretPrevious:
        return QStringLiteral("DEWEY_STRIPE_WEBHOOK_SECRET_PREVIOUS");
    }
    return {};
}

} // namespace Dewey
