#include "log/LogCategories.h"
#include "settings/Settings.h"

#include <QDir>
#include <QHostAddress>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>

// Settings of Dewey the assistant: the OpenAI-compatible server, models and temperature.
namespace Dewey {

namespace {

// Only http(s) with a host; a trailing slash is dropped so paths can be appended.
QString normalizedBaseUrl(const QString& text)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return {};
    return trimmed;
}

} // namespace

QString Settings::openAiBaseUrl() const
{
    const QString text = storedText(SettingsKey::OpenAiBaseUrl);
    if (text.isEmpty())
        return defaultOpenAiBaseUrl();
    const QString normalized = normalizedBaseUrl(text);
    if (!normalized.isEmpty())
        return normalized;
    warnUnusable(SettingsKey::OpenAiBaseUrl, defaultOpenAiBaseUrl());
    return defaultOpenAiBaseUrl();
}

bool Settings::setOpenAiBaseUrl(const QString& url, QString* error)
{
    const QString normalized = url.trimmed().isEmpty() ? defaultOpenAiBaseUrl() : normalizedBaseUrl(url);
    if (normalized.isEmpty()) {
        if (error)
            *error = tr("\"%1\" is not a server address. Use a URL such as %2 or http://localhost:11434/v1.")
                         .arg(url, defaultOpenAiBaseUrl());
        return false;
    }
    store(SettingsKey::OpenAiBaseUrl, normalized, normalized != openAiBaseUrl());
    return true;
}

QString Settings::assistantModel() const
{
    const QString text = storedText(SettingsKey::AssistantModel);
    return text.isEmpty() ? defaultAssistantModel() : text;
}

bool Settings::setAssistantModel(const QString& model, QString* error)
{
    const QString trimmed = model.trimmed();
    if (trimmed.contains(QLatin1Char('\n'))) {
        if (error)
            *error = tr("A model name is one line, such as %1.").arg(defaultAssistantModel());
        return false;
    }
    const QString effective = trimmed.isEmpty() ? defaultAssistantModel() : trimmed;
    store(SettingsKey::AssistantModel, effective, effective != assistantModel());
    return true;
}

QString Settings::embeddingModel() const
{
    const QString text = storedText(SettingsKey::EmbeddingModel);
    return text.isEmpty() ? defaultEmbeddingModel() : text;
}

bool Settings::setEmbeddingModel(const QString& model, QString* error)
{
    const QString trimmed = model.trimmed();
    if (trimmed.contains(QLatin1Char('\n'))) {
        if (error)
            *error = tr("A model name is one line, such as %1.").arg(defaultEmbeddingModel());
        return false;
    }
    const QString effective = trimmed.isEmpty() ? defaultEmbeddingModel() : trimmed;
    store(SettingsKey::EmbeddingModel, effective, effective != embeddingModel());
    return true;
}

int Settings::embeddingDimensions() const
{
    return storedBoundedInt(SettingsKey::EmbeddingDimensions, DefaultEmbeddingDimensions,
                            MinEmbeddingDimensions, MaxEmbeddingDimensions);
}

bool Settings::setEmbeddingDimensions(int dimensions, QString* error)
{
    return setBoundedInt(SettingsKey::EmbeddingDimensions, dimensions, embeddingDimensions(),
                         MinEmbeddingDimensions, MaxEmbeddingDimensions, error);
}

double Settings::assistantTemperature() const
{
    if (!m_settings.contains(SettingsKey::AssistantTemperature))
        return DefaultAssistantTemperature;
    bool ok = false;
    const double value = storedText(SettingsKey::AssistantTemperature).toDouble(&ok);
    if (ok && value < 0)
        return -1;
    if (ok && value <= 2)
        return value;
    warnUnusable(SettingsKey::AssistantTemperature, QString::number(DefaultAssistantTemperature));
    return DefaultAssistantTemperature;
}

bool Settings::setAssistantTemperature(double temperature, QString* error)
{
    if (!(temperature <= 2)) {
        if (error)
            *error = tr("The temperature goes from 0 to 2.");
        return false;
    }
    const double effective = temperature < 0 ? -1 : temperature;
    store(SettingsKey::AssistantTemperature, QString::number(effective), effective != assistantTemperature());
    return true;
}

} // namespace Dewey
