#include "notes/Embedder.h"

#include <QTimer>

namespace Dewey {

EmbeddingReply::EmbeddingReply(QObject* parent)
    : QObject(parent)
{}

void EmbeddingReply::abort()
{
    fail(Error::Aborted, tr("The request was cancelled."));
}

void EmbeddingReply::succeed(std::vector<EmbeddingVector> vectors)
{
    if (m_finished)
        return;
    m_finished = true;
    m_vectors = std::move(vectors);
    // Queued, so that a reply completed inside embed() still reaches slots connected after it.
    QTimer::singleShot(0, this, &EmbeddingReply::finished);
}

void EmbeddingReply::fail(Error error, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = message;
    QTimer::singleShot(0, this, &EmbeddingReply::finished);
}

} // namespace Dewey
