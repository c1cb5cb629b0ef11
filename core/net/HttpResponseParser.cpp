#include "net/HttpResponseParser.h"

namespace modreg::net {

namespace {
bool isToken(const QByteArray& name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name)
        if (c <= ' ' || c >= 127 || c == ':')
            return false;
    return true;
}
} // namespace

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes, Handlers handlers, bool headRequest)
    : m_maxBodyBytes(maxBodyBytes)
    , m_handlers(std::move(handlers))
    , m_headRequest(headRequest)
{}

void HttpResponseParser::feed(const QByteArray& bytes)
{
    if (m_state != State::Reading)
        return;
    m_in += bytes;
    run();
}

void HttpResponseParser::closed()
{
    if (m_state != State::Reading)
        return;
    if (m_reading == Reading::Body && m_bodyLeft < 0)
        return stop(State::Complete); // the body was everything until the close
    stop(State::Malformed);           // cut short: the caller says so in its own words
}

void HttpResponseParser::stop(State state, QString refusal)
{
    if (m_state != State::Reading)
        return;
    m_state = state;
    m_refusal = std::move(refusal);
    m_in.clear();
}

void HttpResponseParser::run()
{
    qsizetype pos = 0; // consumed from m_in; removed once at the end
    while (m_state == State::Reading) {
        if (m_reading == Reading::Body || m_reading == Reading::ChunkData) {
            const qsizetype available = m_in.size() - pos;
            if (available == 0)
                break;
            const qint64 take = m_bodyLeft < 0 ? available : std::min<qint64>(m_bodyLeft, available);
            QByteArray bytes = m_in.mid(pos, take);
            pos += take;
            if (m_bodyLeft >= 0)
                m_bodyLeft -= take;
            body(std::move(bytes));
            if (m_state == State::Reading && m_bodyLeft == 0) {
                if (m_reading == Reading::ChunkData)
                    m_reading = Reading::ChunkEnd;
                else
                    stop(State::Complete);
            }
            continue;
        }
        const qsizetype eol = m_in.indexOf("\r\n", pos);
        const bool inHead = m_reading == Reading::StatusLine || m_reading == Reading::Headers ||
                            m_reading == Reading::Trailers;
        if (eol < 0) {
            if (m_in.size() - pos > (inHead ? kMaxHeadBytes : kMaxLineBytes))
                stop(inHead ? State::TooLarge : State::Malformed);
            break;
        }
        if (inHead && (m_headBytes += eol + 2 - pos) > kMaxHeadBytes) {
            stop(State::TooLarge);
            break;
        }
        const QByteArray text = m_in.mid(pos, eol - pos);
        pos = eol + 2;
        line(text);
    }
    m_in.remove(0, std::min(pos, m_in.size()));
}

void HttpResponseParser::line(const QByteArray& text)
{
    switch (m_reading) {
    case Reading::StatusLine: {
        // HTTP/1.1 200 OK
        const QList<QByteArray> parts = text.split(' ');
        bool ok = false;
        const int status = parts.value(1).toInt(&ok);
        if (!text.startsWith("HTTP/1.") || !ok || status < 100 || status > 999)
            return stop(State::Malformed);
        m_head = HttpResponseHead{};
        m_head.status = status;
        m_headers.clear();
        m_reading = Reading::Headers;
        return;
    }
    case Reading::Headers: {
        if (!text.isEmpty()) {
            const qsizetype colon = text.indexOf(':');
            const QByteArray name = colon > 0 ? text.left(colon).toLower() : QByteArray();
            if (!isToken(name) || m_headers.size() >= kMaxHeaders)
                return stop(State::Malformed);
            m_headers.append({name, text.mid(colon + 1).trimmed()});
            return;
        }
        if (m_head.status < 200) { // 100 Continue and the like: the real head follows
            m_reading = Reading::StatusLine;
            return;
        }
        return takeHead();
    }
    case Reading::ChunkSize: {
        const QByteArray size = text.split(';').first().trimmed();
        bool ok = !size.isEmpty() && size.size() <= 15;
        for (const char c : size)
            ok = ok && std::isxdigit(static_cast<unsigned char>(c));
        const qint64 n = ok ? size.toLongLong(&ok, 16) : 0;
        if (!ok || n < 0)
            return stop(State::Malformed);
        m_bodyLeft = n;
        m_reading = n == 0 ? Reading::Trailers : Reading::ChunkData;
        return;
    }
    case Reading::ChunkEnd:
        if (!text.isEmpty())
            return stop(State::Malformed);
        m_reading = Reading::ChunkSize;
        return;
    case Reading::Trailers:
        if (text.isEmpty()) // the end of the trailers, and of the response
            stop(State::Complete);
        return;
    case Reading::Body:
    case Reading::ChunkData:
        return; // not lines
    }
}

void HttpResponseParser::takeHead()
{
    bool chunked = false;
    for (const auto& [name, value] : m_headers) {
        if (name == "content-type")
            m_head.contentType = value;
        else if (name == "location")
            m_head.location = value;
        else if (name == "transfer-encoding")
            chunked = value.toLower().contains("chunked");
        else if (name == "content-length") {
            bool ok = !value.isEmpty() && value.size() <= 18;
            for (const char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 length = ok ? value.toLongLong(&ok) : -1;
            // Two different lengths: a classic of response smuggling.
            if (!ok || (m_head.contentLength >= 0 && m_head.contentLength != length))
                return stop(State::Malformed);
            m_head.contentLength = length;
        }
    }
    m_headSeen = true;
    m_chunked = chunked;
    const bool noBody = m_headRequest || m_head.status == 204 || m_head.status == 304;
    if (chunked)
        m_head.contentLength = -1; // RFC 9112 6.3: chunked wins over a length
    if (!noBody && m_maxBodyBytes >= 0 && m_head.contentLength > m_maxBodyBytes)
        return stop(State::TooLarge);
    if (m_handlers.onHead)
        if (Status s = m_handlers.onHead(m_head); !s)
            return stop(State::Refused, s.error());
    if (noBody || (!chunked && m_head.contentLength == 0))
        return stop(State::Complete);
    m_reading = chunked ? Reading::ChunkSize : Reading::Body;
    m_bodyLeft = chunked ? 0 : m_head.contentLength;
}

void HttpResponseParser::body(QByteArray bytes)
{
    if (bytes.isEmpty())
        return;
    m_bodyBytes += bytes.size();
    if (m_maxBodyBytes >= 0 && m_bodyBytes > m_maxBodyBytes)
        return stop(State::TooLarge);
    if (m_handlers.onBody)
        if (Status s = m_handlers.onBody(bytes); !s)
            stop(State::Refused, s.error());
}

} // namespace modreg::net
