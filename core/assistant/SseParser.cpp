#include "assistant/SseParser.h"

namespace Dewey {

namespace {

constexpr char kCr = '\r';
constexpr char kLf = '\n';

bool allDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

SseParser::SseParser(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

void SseParser::reset()
{
    *this = SseParser(m_maxLineBytes);
}

SseParser::Result SseParser::feed(QByteArrayView bytes)
{
    Result result;
    if (m_status != Status::Ok) {
        result.status = m_status;
        return result;
    }

    qsizetype position = 0;
    if (m_skipNextLf && !bytes.isEmpty()) {
        m_skipNextLf = false;
        if (bytes.front() == kLf)
            position = 1;
    }

    while (position < bytes.size()) {
        qsizetype end = position;
        while (end < bytes.size() && bytes[end] != kCr && bytes[end] != kLf)
            ++end;

        const QByteArrayView piece = bytes.sliced(position, end - position);
        if (m_line.size() + piece.size() > m_maxLineBytes) {
            m_status = Status::LineTooLong;
            m_line.clear();
            result.status = m_status;
            return result;
        }
        if (end == bytes.size()) {
            // No line ending yet: keep the start of the line for the next chunk.
            m_line.append(piece);
            break;
        }

        if (m_line.isEmpty()) {
            processLine(piece, result.events);
        } else {
            m_line.append(piece);
            processLine(m_line, result.events);
            m_line.clear();
        }

        // CRLF, CR and LF all end a line; CRLF counts once even when split between two chunks.
        position = end + 1;
        if (bytes[end] == kCr) {
            if (position < bytes.size()) {
                if (bytes[position] == kLf)
                    ++position;
            } else {
                m_skipNextLf = true;
            }
        }
    }
    return result;
}

SseParser::Result SseParser::finish()
{
    Result result;
    result.status = m_status;
    if (m_status != Status::Ok)
        return result;
    if (!m_line.isEmpty()) {
        processLine(m_line, result.events);
        m_line.clear();
    }
    dispatch(result.events);
    m_skipNextLf = false;
    return result;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent>& events)
{
    if (m_atStreamStart) {
        m_atStreamStart = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(events);
        return;
    }
    if (line.front() == ':')
        return; // a comment, such as the keep-alive ": OPENROUTER PROCESSING"

    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }

    if (field == "data") {
        if (m_hasData)
            m_data.append(kLf);
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_type = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = allDigits(value) ? value.toInt(&ok) : 0;
        if (ok)
            m_retryMs = ms;
    }
    // Other field names are ignored, as the standard asks.
}

void SseParser::dispatch(QList<SseEvent>& events)
{
    if (m_hasData)
        events.append(SseEvent{m_type, m_data, m_lastId, m_retryMs});
    m_type.clear();
    m_data.clear();
    m_hasData = false;
}

} // namespace Dewey
