#pragma once

#include "Result.h"
#include "net/HttpResponseParser.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class QIODevice;
class QTcpSocket;

namespace modreg::net {

// One HTTP/1.1 request and its response, on a connection of its own that is closed afterwards,
// written for servers that may be hostile (gateways, nodes anyone runs). Every byte read has a
// limit: the socket buffers at most kSocketBufferBytes ahead of us, so a sender that does not stop
// is held back by TCP itself instead of filling memory (Qt's QNetworkAccessManager reads ahead into
// memory as fast as the server sends: 770 MiB in a second from a local server, TestHostilePeers);
// the status line and headers, and the body whatever the status, have limits too. Every wait has a
// deadline: an idle timeout, a total one, and optionally a lowest speed.
//
// HttpPost and HttpGet are the two ways Modreg uses it; they word the failures for their callers.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kSocketBufferBytes = 64 * 1024;

    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers; // besides Host, Content-Length, Connection
        QByteArray body;
        // A body streamed from a device instead (an upload of files), of exactly `bodySize` bytes.
        std::unique_ptr<QIODevice> bodyDevice;
        qint64 bodySize = 0;
    };
    struct Limits
    {
        qint64 maxBodyBytes = -1;              // -1: none
        std::chrono::milliseconds idle{15000}; // nothing sent or received for this long
        std::chrono::milliseconds deadline{0}; // the whole exchange; 0: none
        qint64 minBytes = 0;                   // once the body flows, at least this many...
        std::chrono::milliseconds window{10000}; // ...in every such window; 0 bytes: no check
    };
    // Why an exchange ended without a complete response.
    enum class Failure
    {
        None,
        Connection,   // refused, unknown host, TLS refused: `detail` says which
        Idle,         // nothing moved for Limits::idle
        Deadline,     // Limits::deadline passed
        TooLarge,     // the body passed Limits::maxBodyBytes, or the head its limit
        TooSlow,      // fewer than Limits::minBytes in a window
        Closed,       // the server hung up before the response was complete
        Malformed,    // not HTTP/1.x as RFC 9112 writes it
        Stopped       // a callback refused: `detail` holds its sentence
    };
    struct Outcome
    {
        Failure failure = Failure::None;
        QString detail;           // Connection: the socket's words; Stopped: the callback's sentence
        QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
        int status = 0;           // 0 until the head arrived
        qint64 bodyBytes = 0;     // body bytes received
        qint64 announced = -1;    // the Content-Length the server gave, if it gave one
        qint64 received = 0;      // bytes of any kind received
    };
    struct Callbacks
    {
        std::function<Status(const HttpResponseHead&)> onHead; // failing stops the exchange
        std::function<Status(const QByteArray&)> onBody;       // decoded body bytes; failing stops it
        std::function<void(qint64 sent, qint64 total)> onUpload;
        std::function<void(const Outcome&)> onEnd; // exactly once, never from inside start()
    };

    // Made with `new`: it deletes itself once onEnd has run (or with its parent, before that).
    HttpExchange(Request request, Limits limits, Callbacks callbacks, QObject* parent = nullptr);
    ~HttpExchange() override;

    void start();
    // Stops at once; onEnd gets Failure::Stopped with `why`.
    void stop(const QString& why);

private:
    void connected();
    void writeMore();
    void readMore();
    void settle(); // after the parser moved on: the end, if it came
    void fail(Failure failure, QString detail = {}); // Failure::None: complete
    void end(Outcome outcome, Failure failure, QString detail);
    void touched(); // something moved: the idle timer starts again

    Request m_request;
    Limits m_limits;
    Callbacks m_callbacks;
    std::unique_ptr<HttpResponseParser> m_parser;
    QTcpSocket* m_socket = nullptr;
    qint64 m_sent = 0;      // written to the socket, the request's head included
    qint64 m_headSize = 0;  // the request's head
    qint64 m_bodyTotal = 0; // the request's body
    qint64 m_received = 0;
    QTimer m_idle;
    QTimer m_deadline;
    QTimer m_speed;
    qint64 m_bodyAtWindowStart = -1;
    bool m_ended = false;
};

} // namespace modreg::net
