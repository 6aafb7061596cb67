#pragma once

#include "notes/Embedder.h"

namespace Dewey {

// A deterministic, offline stand-in for a real embedding model: each text becomes a bag of hashed
// word and character-trigram features folded into a unit vector. Texts that share words or word
// pieces ("glasses"/"glass", "4B"/"4b") land close together; it knows no synonyms. Used by tests,
// the retrieval quality check and the benchmarks, so that they never need the network.
class HashingEmbedder final : public Embedder
{
    Q_OBJECT

public:
    explicit HashingEmbedder(int dimensions = 512, QObject* parent = nullptr);

    QString model() const override { return QStringLiteral("dewey-hashing-v1"); }
    int dimensions() const override { return m_dimensions; }
    QString unavailableReason() const override { return {}; }
    EmbeddingReply* embed(const QStringList& texts) override;

    // The same vector embed() would give, computed synchronously.
    EmbeddingVector vector(const QString& text) const;

    void setDimensions(int dimensions);

private:
    int m_dimensions;
};

} // namespace Dewey
