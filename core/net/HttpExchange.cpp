#include "net/HttpExchange.h"

#include <QIODevice>
#include <QSslSocket>
#include <QTcpSocket>

namespace modreg::net {

namespace {
// How much of an upload may wait in the socket's write buffer: enough to keep it busy.
constexpr qint64 kWriteAheadBytes = 256 * 1024;
} // namespace

HttpExchange::HttpExchange(Request request, Limits limits, Callbacks callbacks, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_limits(limits)
    , m_callbacks(std::move(callbacks))
{
    HttpResponseParser::Handlers handlers;
    handlers.onHead = m_callbacks.onHead;
    handlers.onBody = [this](const QByteArray& bytes) {
        if (m_bodyAtWindowStart < 0 && m_limits.minBytes > 0) {
            m_bodyAtWindowStart = 0;
            m_speed.start(m_limits.window);
        }
        return m_callbacks.onBody ? m_callbacks.onBody(bytes) : success();
    };
    m_parser = std::make_unique<HttpResponseParser>(m_limits.maxBodyBytes, std::move(handlers),
                                                    m_request.method == "HEAD");
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] { fail(Failure::Idle); });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(Failure::Deadline); });
    connect(&m_speed, &QTimer::timeout, this, [this] {
        const qint64 inWindow = m_parser->bodyBytes() - m_bodyAtWindowStart;
        m_bodyAtWindowStart = m_parser->bodyBytes();
        if (inWindow < m_limits.minBytes)
            fail(Failure::TooSlow, QString::number(inWindow));
    });
}

HttpExchange::~HttpExchange()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpExchange::start()
{
    const bool secure = m_request.url.scheme() == QLatin1String("https");
    if (!secure && m_request.url.scheme() != QLatin1String("http")) {
        fail(Failure::Connection, tr("only http and https URLs are supported")); // reported later, queued
        return;
    }
    m_bodyTotal = m_request.bodyDevice ? m_request.bodySize : m_request.body.size();
    QTcpSocket* socket = secure ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    // The heart of it: the socket stops reading from the network when this much is waiting for us.
    socket->setReadBufferSize(kSocketBufferBytes);
    connect(socket, &QTcpSocket::readyRead, this, &HttpExchange::readMore);
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 written) {
        touched();
        m_sent += written;
        writeMore();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        readMore(); // whatever came with the close
        if (m_ended)
            return;
        m_parser->closed(); // complete, for a body that ends when the connection does
        if (m_parser->state() == HttpResponseParser::State::Complete)
            return settle();
        fail(Failure::Closed);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // `disconnected` decides whether the response was complete
        Outcome o;
        o.socketError = error;
        end(o, Failure::Connection, m_socket->errorString());
    });
    const quint16 port = static_cast<quint16>(m_request.url.port(secure ? 443 : 80));
    if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
        connect(tls, &QSslSocket::encrypted, this, &HttpExchange::connected);
        connect(tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            fail(Failure::Connection, errors.isEmpty() ? QString() : errors.first().errorString());
        });
        tls->connectToHostEncrypted(m_request.url.host(), port);
    } else {
        connect(socket, &QTcpSocket::connected, this, &HttpExchange::connected);
        socket->connectToHost(m_request.url.host(), port);
    }
    touched();
    if (m_limits.deadline.count() > 0)
        m_deadline.start(m_limits.deadline);
}

void HttpExchange::stop(const QString& why)
{
    fail(Failure::Stopped, why);
}

void HttpExchange::connected()
{
    touched();
    QByteArray target = m_request.url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_request.url.hasQuery())
        target += '?' + m_request.url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head = m_request.method + ' ' + target + " HTTP/1.1\r\nHost: " +
                      m_request.url.host(QUrl::FullyEncoded).toLatin1();
    if (m_request.url.port() > 0)
        head += ':' + QByteArray::number(m_request.url.port());
    head += "\r\nConnection: close\r\n";
    for (const auto& [name, value] : m_request.headers)
        head += name + ": " + value + "\r\n";
    if (m_request.method != "GET" || m_bodyTotal > 0)
        head += "Content-Length: " + QByteArray::number(m_bodyTotal) + "\r\n";
    head += "\r\n";
    m_socket->write(head);
    m_headSize = head.size(); // bytesWritten counts it; the progress reported is the body's
    if (!m_request.bodyDevice) {
        m_socket->write(m_request.body);
        m_request.body.clear();
    }
    writeMore();
}

// Keeps the socket's write buffer topped up from the body device, never more than kWriteAheadBytes.
void HttpExchange::writeMore()
{
    if (m_ended)
        return;
    if (m_callbacks.onUpload && m_bodyTotal > 0)
        m_callbacks.onUpload(std::clamp<qint64>(m_sent - m_headSize, 0, m_bodyTotal), m_bodyTotal);
    QIODevice* device = m_request.bodyDevice.get();
    if (!device)
        return;
    while (m_socket->bytesToWrite() < kWriteAheadBytes && !device->atEnd()) {
        const QByteArray chunk = device->read(64 * 1024);
        if (chunk.isEmpty())
            break;
        m_socket->write(chunk);
    }
}

void HttpExchange::touched()
{
    if (!m_ended)
        m_idle.start(m_limits.idle);
}

void HttpExchange::readMore()
{
    if (m_ended || !m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    touched();
    m_received += bytes.size();
    m_parser->feed(bytes);
    settle();
}

void HttpExchange::settle()
{
    using State = HttpResponseParser::State;
    switch (m_parser->state()) {
    case State::Reading:
        return;
    case State::Complete:
        return fail(Failure::None);
    case State::Malformed:
        return fail(Failure::Malformed);
    case State::TooLarge:
        return fail(Failure::TooLarge);
    case State::Refused:
        return fail(Failure::Stopped, m_parser->refusal());
    }
}

void HttpExchange::fail(Failure failure, QString detail)
{
    end(Outcome{}, failure, std::move(detail));
}

void HttpExchange::end(Outcome outcome, Failure failure, QString detail)
{
    if (m_ended)
        return;
    outcome.failure = failure;
    outcome.detail = std::move(detail);
    outcome.status = m_parser->headSeen() ? m_parser->status() : 0;
    outcome.bodyBytes = m_parser->bodyBytes();
    outcome.announced = m_parser->announcedBytes();
    outcome.received = m_received;
    m_ended = true;
    m_idle.stop();
    m_deadline.stop();
    m_speed.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    // Never from inside start() or a callback's own call: the caller may delete us in onEnd.
    QMetaObject::invokeMethod(
        this,
        [this, outcome = std::move(outcome)] {
            if (auto onEnd = std::exchange(m_callbacks.onEnd, nullptr))
                onEnd(outcome);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace modreg::net
