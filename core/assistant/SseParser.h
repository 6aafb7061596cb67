#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace Dewey {

// One Server-Sent Event as defined by the HTML living standard (text/event-stream).
struct SseEvent
{
    QString type;    // the "event:" field; empty means the default ("message")
    QByteArray data; // the "data:" lines joined with '\n'
    QString id;      // the last "id:" seen in the stream (carried over between events)
    std::optional<int> retryMs;

    friend bool operator==(const SseEvent&, const SseEvent&) = default;
};

// An incremental, pure text/event-stream parser. Network chunks may split the stream anywhere —
// inside a field name, between CR and LF, inside a multi-byte character — so bytes are buffered
// until a line is complete, and an event is only handed out once its blank line has arrived.
class SseParser
{
public:
    enum class Status
    {
        Ok,
        LineTooLong, // a single line grew past maxLineBytes: the peer is not speaking SSE
    };

    struct Result
    {
        QList<SseEvent> events;
        Status status = Status::Ok;

        bool ok() const { return status == Status::Ok; }
    };

    // A chat chunk is a few hundred bytes; a tool call's arguments may reach a few KB. Anything near
    // this bound is not a chat stream, and buffering it forever would let a broken server eat memory.
    static constexpr qsizetype kDefaultMaxLineBytes = 4 * 1024 * 1024;

    explicit SseParser(qsizetype maxLineBytes = kDefaultMaxLineBytes);

    // Parses the next bytes of the stream. Once a call failed, later calls fail too until reset().
    Result feed(QByteArrayView bytes);
    // The stream ended. The spec drops an event whose blank line never came; several OpenAI-compatible
    // servers end with "data: [DONE]" and no blank line, so a pending event with data is dispatched.
    Result finish();
    void reset();

    // Bytes held back waiting for the end of their line.
    qsizetype pendingBytes() const { return m_line.size(); }

private:
    void processLine(QByteArrayView line, QList<SseEvent>& events);
    void dispatch(QList<SseEvent>& events);

    qsizetype m_maxLineBytes;
    QByteArray m_line;
    bool m_skipNextLf = false; // the previous chunk ended in CR, so a leading LF belongs to it
    bool m_atStreamStart = true;
    Status m_status = Status::Ok;

    // The event being assembled.
    QString m_type;
    QByteArray m_data;
    bool m_hasData = false;
    QString m_lastId;
    std::optional<int> m_retryMs;
};

} // namespace Dewey
