#pragma once

#include "notes/Embedder.h"

#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dewey {

// Embeddings from the OpenAI API or any server that speaks its protocol (LM Studio, Ollama,
// llama.cpp server): POST {baseUrl}/embeddings with the model, the texts and the wanted dimensions.
// The API key is read when each request starts, so a key added in Settings is used at once.
class OpenAiEmbedder final : public Embedder
{
    Q_OBJECT

public:
    static constexpr int kDefaultDimensions = 512;
    static constexpr int kDefaultTimeoutMs = 30000;
    static QString defaultModel() { return QStringLiteral("text-embedding-3-small"); }
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.openai.com/v1")); }

    OpenAiEmbedder(QNetworkAccessManager& network, std::function<QString()> apiKey,
                   QObject* parent = nullptr);

    QString model() const override { return m_model; }
    int dimensions() const override { return m_dimensions; }
    QString unavailableReason() const override;
    EmbeddingReply* embed(const QStringList& texts) override;

    QUrl baseUrl() const { return m_baseUrl; }
    // In the OpenAI SDKs' convention: "https://api.openai.com/v1", "http://127.0.0.1:1234/v1".
    void setBaseUrl(const QUrl& baseUrl);
    void setModel(const QString& model);
    void setDimensions(int dimensions);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Call when the key may have changed (the key itself is read per request).
    void notifyApiKeyChanged() { emit availabilityChanged(); }

    QUrl endpoint() const;

private:
    void finishRequest(QNetworkReply* network, EmbeddingReply* reply, int expectedCount);

    QNetworkAccessManager& m_network;
    std::function<QString()> m_apiKey;
    QUrl m_baseUrl = defaultBaseUrl();
    QString m_model = defaultModel();
    int m_dimensions = kDefaultDimensions;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace Dewey
