#include "notes/NotesModule.h"

#include "common/Clock.h"
#include "log/LogCategories.h"
#include "notes/EmbeddingIndex.h"
#include "notes/EmbeddingIndexer.h"
#include "notes/EmbeddingStore.h"
#include "notes/NoteRetriever.h"
#include "notes/NotesRepository.h"
#include "notes/OpenAiEmbedder.h"

namespace Dewey {

NotesModule::NotesModule(Database& database, const IClock& clock, QNetworkAccessManager& network,
                         std::function<QString()> apiKey, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_repository(std::make_unique<NotesRepository>(database, clock))
    , m_embedder(std::make_unique<OpenAiEmbedder>(network, std::move(apiKey)))
    , m_store(std::make_unique<EmbeddingStore>(database))
    , m_index(std::make_unique<EmbeddingIndex>())
    , m_indexer(std::make_unique<EmbeddingIndexer>(*m_repository, *m_store, *m_index, *m_embedder))
    , m_retriever(std::make_unique<NoteRetriever>(*m_repository, *m_index, *m_embedder, m_indexer.get()))
{}

// Members are destroyed in reverse order: the retriever and indexer go before what they watch.
NotesModule::~NotesModule() = default;

bool NotesModule::prepare(QString* error)
{
    if (!m_repository->prepare(error))
        return false;
    // Deleted notes stay restorable for a while, then go for good.
    QString purgeError;
    if (m_repository->purgeDeleted(m_clock.now().addDays(-kKeepDeletedDays), &purgeError) < 0)
        qCWarning(lcNotes) << "Cannot purge old deleted notes:" << purgeError;
    return true;
}

void NotesModule::startIndexing()
{
    m_indexer->start();
}

void NotesModule::loadVectors()
{
    QString error;
    if (!m_store->loadInto(*m_index, m_embedder->model(), m_embedder->dimensions(), &error))
        qCWarning(lcNotes) << "Cannot load note vectors:" << error;
}

void NotesModule::setEmbeddingConfig(const EmbeddingConfig& config)
{
    if (config.baseUrl.isValid())
        m_embedder->setBaseUrl(config.baseUrl);
    if (!config.model.isEmpty())
        m_embedder->setModel(config.model);
    if (config.dimensions > 0)
        m_embedder->setDimensions(config.dimensions);
}

void NotesModule::apiKeyChanged()
{
    m_embedder->notifyApiKeyChanged();
}

} // namespace Dewey
