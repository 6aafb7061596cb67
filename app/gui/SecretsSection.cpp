#include "SecretsSection.h"

#include "KeyringBanner.h"
#include "SecretField.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Dewey {

SecretsSection::SecretsSection(SecretStore& secrets, Settings& settings, Dialogs& dialogs, QWidget* parent)
    : QGroupBox(tr("Secrets"), parent)
    , m_banner(new KeyringBanner(secrets, settings, dialogs, this))
{
    auto* intro =
        new QLabel(tr("Dewey keeps these keys on this computer and sends them only to the service they "
                      "belong to. The Stripe keys come from the Developers section of your Stripe "
                      "dashboard."),
                   this);
    intro->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    // The previous webhook secret only matters while rotating it; the Stripe connection flow (a later
    // issue) manages it.
    for (SecretId id : {SecretId::OpenAiApiKey, SecretId::StripeSecretKey, SecretId::StripeWebhookSecret}) {
        auto* field = new SecretField(secrets, dialogs, id, this);
        m_fields.append(field);
        layout->addWidget(field);
    }
}

SecretField* SecretsSection::field(SecretId id) const
{
    for (SecretField* field : m_fields) {
        if (field->secretId() == id)
            return field;
    }
    return nullptr;
}

} // namespace Dewey
