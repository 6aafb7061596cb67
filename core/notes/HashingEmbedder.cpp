#include "notes/HashingEmbedder.h"

#include "notes/NoteSearchQuery.h"
#include "notes/NoteTextNormalizer.h"

#include <cmath>

namespace Dewey {

namespace {

// FNV-1a: fixed across Qt versions and runs, unlike qHash with its per-process seed.
quint64 fnv1a(const QByteArray& bytes, quint64 salt)
{
    quint64 hash = 14695981039346656037ULL ^ salt;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

void addFeature(EmbeddingVector& vector, const QString& feature, float weight)
{
    const quint64 hash = fnv1a(feature.toUtf8(), 0x9e3779b97f4a7c15ULL);
    const auto bucket = static_cast<std::size_t>(hash % vector.size());
    // A sign bit from another part of the hash keeps colliding features from only ever adding up.
    vector[bucket] += ((hash >> 63) != 0U) ? -weight : weight;
}

} // namespace

HashingEmbedder::HashingEmbedder(int dimensions, QObject* parent)
    : Embedder(parent)
    , m_dimensions(std::max(dimensions, 8))
{}

void HashingEmbedder::setDimensions(int dimensions)
{
    dimensions = std::max(dimensions, 8);
    if (dimensions == m_dimensions)
        return;
    m_dimensions = dimensions;
    emit spaceChanged();
}

EmbeddingVector HashingEmbedder::vector(const QString& text) const
{
    EmbeddingVector vector(static_cast<std::size_t>(m_dimensions), 0.0f);
    for (const QString& token : NoteTextNormalizer::tokens(text)) {
        if (NoteSearchQuery::isStopWord(token))
            continue;
        addFeature(vector, QStringLiteral("w:") + token, 1.0f);
        const QString padded = QLatin1Char('^') + token + QLatin1Char('$');
        for (qsizetype i = 0; i + 3 <= padded.size(); ++i)
            addFeature(vector, QStringLiteral("g:") + padded.mid(i, 3), 0.35f);
    }
    double sum = 0;
    for (const float x : vector)
        sum += double(x) * double(x);
    if (sum > 0) {
        const auto scale = static_cast<float>(1.0 / std::sqrt(sum));
        for (float& x : vector)
            x *= scale;
    } else {
        vector[0] = 1.0f; // an empty text still gets a unit vector
    }
    return vector;
}

EmbeddingReply* HashingEmbedder::embed(const QStringList& texts)
{
    auto* reply = new EmbeddingReply();
    std::vector<EmbeddingVector> vectors;
    vectors.reserve(static_cast<std::size_t>(texts.size()));
    for (const QString& text : texts)
        vectors.push_back(vector(text));
    reply->succeed(std::move(vectors));
    return reply;
}

} // namespace Dewey
