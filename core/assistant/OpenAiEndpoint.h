#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Dewey {

// Where the assistant sends its requests and with which key. The base URL follows the convention of
// the official OpenAI SDKs: it includes the version path ("https://api.openai.com/v1",
// "http://localhost:11434/v1" for Ollama, "http://localhost:1234/v1" for LM Studio), and paths such
// as "/chat/completions" are appended to it.
struct OpenAiEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiEndpoint)

public:
    QUrl baseUrl;
    QString apiKey; // empty: no Authorization header (local servers rarely want one)

    static QString defaultBaseUrlText() { return QStringLiteral("https://api.openai.com/v1"); }
    static QUrl defaultBaseUrl() { return QUrl(defaultBaseUrlText()); }

    // Accepts what a person pastes ("http://localhost:1234/v1/", surrounding spaces) and returns the
    // normalised URL without a trailing slash; false with a reason for anything that is not an
    // http(s) URL with a host.
    static bool parseBaseUrl(const QString& text, QUrl* url, QString* error);

    // baseUrl + "/" + path.
    QUrl url(const QString& path) const;

    // api.openai.com always needs a key; other servers may or may not.
    bool requiresApiKey() const;
};

} // namespace Dewey
