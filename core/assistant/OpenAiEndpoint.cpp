#include "assistant/OpenAiEndpoint.h"

namespace Dewey {

bool OpenAiEndpoint::parseBaseUrl(const QString& text, QUrl* url, QString* error)
{
    QString trimmed = text.trimmed();
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        parsed.host().isEmpty()) {
        if (error) {
            *error = tr("\"%1\" is not a server address. Use a URL such as %2 or http://localhost:11434/v1.")
                         .arg(text, defaultBaseUrlText());
        }
        return false;
    }
    if (!parsed.query().isEmpty() || !parsed.fragment().isEmpty()) {
        if (error)
            *error = tr("The base URL must not contain \"?\" or \"#\": \"%1\".").arg(text);
        return false;
    }
    *url = parsed;
    return true;
}

QUrl OpenAiEndpoint::url(const QString& path) const
{
    QUrl result = baseUrl;
    QString basePath = result.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    result.setPath(basePath + QLatin1Char('/') + path);
    return result;
}

bool OpenAiEndpoint::requiresApiKey() const
{
    return baseUrl.host().compare(QLatin1String("api.openai.com"), Qt::CaseInsensitive) == 0;
}

} // namespace Dewey
