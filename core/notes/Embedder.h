#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace Dewey {

using EmbeddingVector = std::vector<float>;

// The answer to one Embedder::embed() call. finished() is emitted exactly once, always after embed()
// has returned (never from inside it), so callers can connect first.
class EmbeddingReply : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        NoApiKey,     // nothing to authenticate with: keyword search only, nothing to retry
        Unauthorized, // the key was refused
        RateLimited,
        Network, // offline, DNS, refused connection: worth retrying later
        Timeout,
        BadResponse, // the server answered something that is not a usable embedding list
        Aborted,
    };
    Q_ENUM(Error)

    explicit EmbeddingReply(QObject* parent = nullptr);

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    // For the streamer: what went wrong and what to do about it.
    QString errorString() const { return m_errorString; }
    // One unit-length vector per input text, in input order (empty on error).
    const std::vector<EmbeddingVector>& vectors() const { return m_vectors; }

    // Stops the request; finished() follows with Error::Aborted unless it already finished.
    virtual void abort();

    // For embedders: deliver the outcome (the first call wins, later ones are ignored).
    void succeed(std::vector<EmbeddingVector> vectors);
    void fail(Error error, const QString& message);

signals:
    void finished();

private:
    bool m_finished = false;
    Error m_error = Error::None;
    QString m_errorString;
    std::vector<EmbeddingVector> m_vectors;
};

// Turns texts into vectors for semantic search. Implementations: OpenAiEmbedder (the real one) and
// HashingEmbedder (deterministic, offline, for tests and benchmarks).
class Embedder : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Vectors of different models or sizes are never compared: the pair names the vector space.
    virtual QString model() const = 0;
    virtual int dimensions() const = 0;
    // Empty when embed() can work now; otherwise why not, for the streamer ("no OpenAI API key").
    virtual QString unavailableReason() const = 0;
    // The caller owns the reply and deletes it after finished().
    virtual EmbeddingReply* embed(const QStringList& texts) = 0;

signals:
    // model() or dimensions() changed: every stored vector must be computed again.
    void spaceChanged();
    // unavailableReason() may have changed (for example an API key was added).
    void availabilityChanged();
};

} // namespace Dewey
