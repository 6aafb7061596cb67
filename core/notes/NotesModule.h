#pragma once

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Dewey {

class Database;
class EmbeddingIndex;
class EmbeddingIndexer;
class EmbeddingStore;
class IClock;
class NoteRetriever;
class NotesRepository;
class OpenAiEmbedder;

// Everything behind Dewey's notes, built in the right order: the repository, the OpenAI embedder,
// the stored vectors and their in-memory index, the background indexer and the hybrid retriever.
// The composition root owns one; the Dewey area, the assistant and dewey-cli use its parts.
class NotesModule : public QObject
{
    Q_OBJECT

public:
    // How long a deleted note can still be restored.
    static constexpr int kKeepDeletedDays = 30;

    struct EmbeddingConfig
    {
        QUrl baseUrl;
        QString model;
        int dimensions = 0;
    };

    NotesModule(Database& database, const IClock& clock, QNetworkAccessManager& network,
                std::function<QString()> apiKey, QObject* parent = nullptr);
    ~NotesModule() override;

    // Brings the search index up to date (see NotesRepository::prepare) and removes notes deleted
    // more than kKeepDeletedDays ago.
    bool prepare(QString* error);
    // Loads the stored vectors and starts computing the missing ones in the background.
    void startIndexing();
    // Loads the stored vectors only (dewey-cli: no background work in a short-lived process).
    void loadVectors();

    void setEmbeddingConfig(const EmbeddingConfig& config);
    // The API key may have changed: retry what was waiting for one.
    void apiKeyChanged();

    NotesRepository& repository() { return *m_repository; }
    NoteRetriever& retriever() { return *m_retriever; }
    EmbeddingIndexer& indexer() { return *m_indexer; }
    OpenAiEmbedder& embedder() { return *m_embedder; }
    const EmbeddingIndex& index() const { return *m_index; }

private:
    const IClock& m_clock;
    std::unique_ptr<NotesRepository> m_repository;
    std::unique_ptr<OpenAiEmbedder> m_embedder;
    std::unique_ptr<EmbeddingStore> m_store;
    std::unique_ptr<EmbeddingIndex> m_index;
    std::unique_ptr<EmbeddingIndexer> m_indexer;
    std::unique_ptr<NoteRetriever> m_retriever;
};

} // namespace Dewey
