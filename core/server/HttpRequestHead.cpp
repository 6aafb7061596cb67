#include "server/HttpRequestHead.h"

#include <algorithm>

namespace Dewey {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool containsToken(const QByteArray& list, QByteArrayView token)
{
    for (const QByteArray& part : list.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpRequestHead::ParseResult HttpRequestHead::parse(QByteArrayView data, qsizetype maxBytes)
{
    ParseResult result;
    const qsizetype end = data.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0) {
        result.status = data.size() > maxBytes ? Status::Invalid : Status::Incomplete;
        return result;
    }
    result.size = end + 4;
    if (result.size > maxBytes) {
        result.status = Status::Invalid;
        return result;
    }
    result.status = Status::Invalid;
    // Every line ends with CRLF; a bare LF is not something a browser or OBS sends.
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < end + 2;) {
        const qsizetype lineEnd = data.indexOf(QByteArrayView("\r\n"), start);
        const QByteArrayView line = data.sliced(start, lineEnd - start);
        if (line.contains('\n') || line.contains('\r'))
            return result;
        lines << line;
        start = lineEnd + 2;
    }
    const QList<QByteArray> requestLine = lines.first().toByteArray().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/') ||
        !requestLine.at(2).startsWith("HTTP/1."))
        return result;
    HttpRequestHead& head = result.head;
    head.method = requestLine.at(0);
    head.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return result;
        head.headers.append(
            {line.first(colon).toByteArray().toLower(), line.sliced(colon + 1).toByteArray().trimmed()});
    }
    result.status = Status::Ok;
    return result;
}

QByteArray HttpRequestHead::header(QByteArrayView lowercaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowercaseName)
            return value;
    }
    return {};
}

bool HttpRequestHead::hasHeader(QByteArrayView lowercaseName) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [lowercaseName](const auto& header) { return header.first == lowercaseName; });
}

int HttpRequestHead::headerCount(QByteArrayView lowercaseName) const
{
    return static_cast<int>(
        std::count_if(headers.cbegin(), headers.cend(),
                      [lowercaseName](const auto& header) { return header.first == lowercaseName; }));
}

QByteArray HttpRequestHead::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray HttpRequestHead::query() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

bool HttpRequestHead::isWebSocketUpgrade() const
{
    return method == "GET" && containsToken(header("upgrade"), "websocket") &&
           containsToken(header("connection"), "upgrade");
}

} // namespace Dewey
