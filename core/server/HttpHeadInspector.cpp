#include "server/HttpHeadInspector.h"

namespace Dewey {

namespace {

using Status = HttpHeadInspector::Status;

// RFC 9110 token characters.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isVisibleTarget(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        if (list.sliced(start, end - start).trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

HttpHeadInspector::Result fail(Status status, const char* reason)
{
    HttpHeadInspector::Result result;
    result.status = status;
    result.reason = reason;
    return result;
}

HttpHeadInspector::Result inspectRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
        return fail(Status::Malformed, "malformed request line");
    if (!isToken(line.first(firstSpace)))
        return fail(Status::Malformed, "malformed method");
    if (!isVisibleTarget(line.sliced(firstSpace + 1, lastSpace - firstSpace - 1)))
        return fail(Status::Malformed, "malformed request target");
    const QByteArrayView version = line.sliced(lastSpace + 1);
    if (version == "HTTP/1.1" || version == "HTTP/1.0")
        return {};
    if (version.startsWith("HTTP/") && version.size() == 8)
        return fail(Status::VersionNotSupported, "unsupported HTTP version");
    return fail(Status::Malformed, "malformed HTTP version");
}

} // namespace

HttpHeadInspector::Result HttpHeadInspector::inspect(QByteArrayView received, qint64 maxHeadBytes,
                                                     qint64 maxBodyBytes)
{
    const QByteArrayView window = received.first(qMin<qint64>(received.size(), maxHeadBytes));
    // Garbage is refused as soon as its first line is complete, not after 16 KiB of it.
    const qsizetype firstLineEnd = window.indexOf("\r\n");
    if (firstLineEnd < 0) {
        if (window.contains('\n'))
            return fail(Status::Malformed, "bare line feed");
        return received.size() >= maxHeadBytes ? fail(Status::HeadTooLarge, "request line too long")
                                               : Result{};
    }
    Result result = inspectRequestLine(window.first(firstLineEnd));
    if (result.status != Status::NeedMore)
        return result;

    const qsizetype headEnd = window.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (received.size() >= maxHeadBytes)
            return fail(Status::HeadTooLarge, "request head too large");
        return result; // NeedMore
    }

    bool haveLength = false;
    qsizetype lineStart = firstLineEnd + 2;
    while (lineStart < headEnd + 2) {
        const qsizetype lineEnd = window.indexOf("\r\n", lineStart);
        const QByteArrayView line = window.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 2;
        if (line.contains('\n') || line.contains('\r') || line.contains('\0'))
            return fail(Status::Malformed, "control character in a header");
        const qsizetype colon = line.indexOf(':');
        // No folded lines, no space before the colon: both are classic request-smuggling tools.
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(Status::Malformed, "malformed header line");
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();

        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (haveLength)
                return fail(Status::Malformed, "more than one Content-Length");
            if (value.isEmpty() || value.size() > 15)
                return fail(value.size() > 15 ? Status::BodyTooLarge : Status::Malformed,
                            "bad Content-Length");
            for (char c : value) {
                if (c < '0' || c > '9')
                    return fail(Status::Malformed, "bad Content-Length");
            }
            haveLength = true;
            result.bodyLength = value.toLongLong();
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return fail(Status::LengthRequired, "Transfer-Encoding is not accepted; send Content-Length");
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            result.upgrade = result.upgrade || hasToken(value, "upgrade");
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            result.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (result.bodyLength > maxBodyBytes)
        return fail(Status::BodyTooLarge, "body too large");
    result.status = Status::Complete;
    result.headLength = headEnd + 4;
    return result;
}

} // namespace Dewey
