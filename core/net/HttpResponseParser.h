#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <functional>

namespace modreg::net {

// The start of an HTTP response: what a caller decides on before the body comes.
struct HttpResponseHead
{
    int status = 0;
    QByteArray contentType;
    qint64 contentLength = -1; // -1: not announced (chunked, or until the server closes)
    QByteArray location;       // a redirect's target, as sent
};

// Reads an HTTP/1.1 response (RFC 9112) as its bytes arrive, in pieces of any size: the status
// line, the headers, then the body by Content-Length, in chunks, or until the connection closes.
// A server may be hostile, so everything is bounded: the head at kMaxHeadBytes, a chunk-size line
// at kMaxLineBytes, the body at the caller's limit (an announced length over it fails at once). No
// network here: HttpExchange feeds it from a socket, FuzzHttpResponse from the fuzzer.
class HttpResponseParser
{
public:
    static constexpr qint64 kMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype kMaxLineBytes = 8 * 1024;
    static constexpr int kMaxHeaders = 200;

    enum class State
    {
        Reading,
        Complete,
        Malformed, // not HTTP/1.x as RFC 9112 writes it
        TooLarge,  // the head, or the body (announced or sent)
        Refused    // a handler said stop: refusal() holds its sentence
    };
    struct Handlers
    {
        std::function<Status(const HttpResponseHead&)> onHead;
        std::function<Status(const QByteArray&)> onBody; // decoded body bytes
    };

    // `headRequest`: the response to HEAD has no body whatever it announces.
    HttpResponseParser(qint64 maxBodyBytes, Handlers handlers, bool headRequest = false);

    void feed(const QByteArray& bytes);
    // The connection closed: a body that runs until the close is complete, anything else is cut short.
    void closed();

    State state() const { return m_state; }
    const QString& refusal() const { return m_refusal; }
    int status() const { return m_head.status; }
    qint64 bodyBytes() const { return m_bodyBytes; }       // received and handed on
    qint64 announcedBytes() const { return m_head.contentLength; }
    bool headSeen() const { return m_headSeen; }

private:
    enum class Reading
    {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers
    };
    void run();
    void line(const QByteArray& text);
    void takeHead();
    void body(QByteArray bytes);
    void stop(State state, QString refusal = {});

    qint64 m_maxBodyBytes;
    Handlers m_handlers;
    bool m_headRequest;
    State m_state = State::Reading;
    Reading m_reading = Reading::StatusLine;
    QByteArray m_in;
    qint64 m_headBytes = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    HttpResponseHead m_head;
    bool m_headSeen = false;
    bool m_chunked = false;
    qint64 m_bodyLeft = -1; // of the Content-Length or the chunk; -1: until the close
    qint64 m_bodyBytes = 0;
    QString m_refusal;
};

} // namespace modreg::net
