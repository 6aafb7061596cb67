#include "AssistantSection.h"

#include "assistant/Assistant.h"
#include "assistant/ConnectionTest.h"
#include "assistant/OpenAiEndpoint.h"
#include "dewey/ChatErrorBanner.h"
#include "secrets/SecretStore.h"
#include "settings/Settings.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dewey {

AssistantSection::AssistantSection(Settings& settings, SecretStore& secrets, Assistant& assistant,
                                   QWidget* parent)
    : QGroupBox(tr("Dewey"), parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_assistant(assistant)
    , m_model(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlError(new QLabel(this))
    , m_override(new QLabel(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_keyState(new QLabel(this))
    , m_apiKey(new QPushButton(tr("Change API key…"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("assistantSection"));

    auto* intro = new QLabel(tr("Dewey answers with OpenAI, or with any server that speaks the OpenAI API: "
                                "Ollama (http://localhost:11434/v1), LM Studio (http://localhost:1234/v1), "
                                "llama.cpp."),
                             this);
    intro->setWordWrap(true);

    m_model->setObjectName(QStringLiteral("assistantModel"));
    m_model->setPlaceholderText(Settings::defaultAssistantModel());
    m_model->setAccessibleName(tr("Model"));
    m_model->setToolTip(tr("Empty: %1").arg(Settings::defaultAssistantModel()));
    m_baseUrl->setObjectName(QStringLiteral("assistantBaseUrl"));
    m_baseUrl->setPlaceholderText(Settings::defaultOpenAiBaseUrl());
    m_baseUrl->setAccessibleName(tr("Server base URL"));
    m_baseUrl->setToolTip(tr("With the version path, as the OpenAI SDKs write it; empty: %1")
                              .arg(Settings::defaultOpenAiBaseUrl()));
    m_baseUrlError->setObjectName(QStringLiteral("assistantBaseUrlError"));
    m_baseUrlError->setWordWrap(true);
    m_baseUrlError->setTextFormat(Qt::PlainText);
    m_baseUrlError->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_baseUrlError->setAccessibleName(tr("Base URL problem"));
    m_baseUrlError->hide();
    m_override->setWordWrap(true);
    m_override->setTextFormat(Qt::PlainText);
    m_temperature->setObjectName(QStringLiteral("assistantTemperature"));
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setAccessibleName(tr("Temperature"));
    m_temperature->setToolTip(tr("Lower keeps answers close to your notes; higher words them more freely."));
    m_keyState->setWordWrap(true);
    m_keyState->setTextFormat(Qt::PlainText);
    m_apiKey->setAccessibleName(tr("Change the OpenAI API key in Settings, Secrets"));
    m_save->setAccessibleName(tr("Save the Dewey settings"));
    m_test->setObjectName(QStringLiteral("assistantTest"));
    m_test->setAccessibleName(tr("Test the connection to the server"));
    m_result->setObjectName(QStringLiteral("assistantTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setAccessibleName(tr("Connection test result"));

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyState, 1);
    keyRow->addWidget(m_apiKey);
    auto* urlColumn = new QVBoxLayout;
    urlColumn->addWidget(m_baseUrl);
    urlColumn->addWidget(m_baseUrlError);
    urlColumn->addWidget(m_override);
    auto* form = new QFormLayout;
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Base URL:"), urlColumn);
    form->addRow(tr("Temperature:"), m_temperature);
    form->addRow(tr("API key:"), keyRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_test);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);

    connect(m_baseUrl, &QLineEdit::editingFinished, this, &AssistantSection::validateBaseUrl);
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] {
        if (!m_baseUrlError->isHidden())
            validateBaseUrl();
    });
    connect(m_save, &QPushButton::clicked, this, &AssistantSection::save);
    connect(m_test, &QPushButton::clicked, this, &AssistantSection::testConnection);
    connect(m_apiKey, &QPushButton::clicked, this, &AssistantSection::apiKeyRequested);
    connect(&m_secrets, &SecretStore::loaded, this, &AssistantSection::updateKeyState);
    connect(&m_secrets, &SecretStore::valueChanged, this, [this](SecretId id) {
        if (id == SecretId::OpenAiApiKey)
            updateKeyState();
    });
    load();
    updateKeyState();
}

AssistantSection::~AssistantSection()
{
    // Closing the window takes the focus from the URL field, whose editingFinished must not reach a
    // section that is half gone.
    disconnect(m_baseUrl, nullptr, this, nullptr);
}

void AssistantSection::load()
{
    const QString model = m_settings.assistantModel();
    m_model->setText(model == Settings::defaultAssistantModel() ? QString() : model);
    const QString url = m_settings.openAiBaseUrl();
    m_baseUrl->setText(url == Settings::defaultOpenAiBaseUrl() ? QString() : url);
    m_temperature->setValue(m_settings.assistantTemperature());
    const QString variable = m_assistant.baseUrlOverride();
    m_override->setText(variable.isEmpty()
                            ? QString()
                            : tr("%1 is set, so Dewey uses that server instead of this one.").arg(variable));
    m_override->setVisible(!variable.isEmpty());
}

void AssistantSection::updateKeyState()
{
    m_keyState->setText(m_secrets.hasValue(SecretId::OpenAiApiKey)
                            ? tr("Set (kept with the other keys in Secrets).")
                            : tr("Not set. OpenAI needs one; most local servers do not."));
}

bool AssistantSection::validateBaseUrl()
{
    QString error;
    QUrl url;
    const QString text = m_baseUrl->text().trimmed();
    const bool ok = text.isEmpty() || OpenAiEndpoint::parseBaseUrl(text, &url, &error);
    m_baseUrlError->setText(ok ? QString() : error);
    m_baseUrlError->setVisible(!ok);
    return ok;
}

bool AssistantSection::save()
{
    if (!validateBaseUrl()) {
        m_baseUrl->setFocus(Qt::OtherFocusReason);
        return false;
    }
    QString error;
    const bool saved = m_settings.setOpenAiBaseUrl(m_baseUrl->text().trimmed(), &error) &&
                       m_settings.setAssistantModel(m_model->text().trimmed(), &error) &&
                       m_settings.setAssistantTemperature(m_temperature->value(), &error);
    m_result->setText(saved ? tr("Saved.") : error);
    return saved;
}

bool AssistantSection::testConnection()
{
    if (m_running || !save())
        return false;
    m_result->setText(tr("Asking the server…"));
    m_test->setEnabled(false);
    const QString model = m_assistant.config().model;
    const QString baseUrl = m_assistant.endpoint().baseUrl.toString();
    m_running = m_assistant.testConnection(this); // already asking
    connect(m_running, &ConnectionTest::finished, this,
            [this, model, baseUrl](const ConnectionTestResult& result) {
                const QString text = describe(result, model, baseUrl);
                m_result->setText(text);
                m_test->setEnabled(true);
                if (m_running)
                    m_running->deleteLater();
                m_running = nullptr;
                emit testFinished(result.ok() && result.modelListed, text);
            });
    return true;
}

QString AssistantSection::describe(const ConnectionTestResult& result, const QString& model,
                                   const QString& baseUrl)
{
    switch (result.error.kind) {
    case AssistantError::Kind::None:
        if (result.modelListed || result.models.isEmpty())
            return tr("OK: %1 answered and offers the model %2.").arg(result.server, model);
        return tr("%1 answered, but it has no model named %2. It offers: %3.")
            .arg(result.server, model, result.models.mid(0, 8).join(QStringLiteral(", ")));
    case AssistantError::Kind::BadApiKey:
        return tr("%1 refused the API key. Check the key in Settings → Secrets.").arg(result.server);
    case AssistantError::Kind::MissingApiKey:
        return tr("%1 needs an API key. Enter it in Settings → Secrets.").arg(result.server);
    case AssistantError::Kind::Network:
        return tr("No server is reachable at %1. Is it running, and is the address right?").arg(baseUrl);
    case AssistantError::Kind::ModelNotFound:
        return tr("%1 has no model named %2.").arg(result.server, model);
    default:
        return ChatErrorBanner::messageFor(result.error);
    }
}

QString AssistantSection::baseUrlError() const
{
    return m_baseUrlError->isHidden() ? QString() : m_baseUrlError->text();
}

QString AssistantSection::testResultText() const
{
    return m_result->text();
}

} // namespace Dewey
