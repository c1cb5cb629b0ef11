#pragma once
// A small HTTP gateway for tests, honest or hostile on demand. Honest, it serves what the real
// devnet node holds: `?format=raw` from the node's `block/get`, `?format=car` from its `dag/export`
// (js-ipfs's own CAR writer). Hostile, it bends those real answers the way a lying or broken
// gateway would. It plays the one part no real component can: the peer we must not trust.
#include "ipfs/CarFormat.h"
#include "ipfs/Cid.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <functional>

class TestGateway
{
public:
    enum class Behaviour
    {
        Honest,
        NoCar,              // answers ?format=car with 406, serves raw blocks honestly
        WrongBytes,         // one byte flipped in what it sends
        WrongRawBytes,      // no CARs, and a byte flipped in each raw block
        Truncated,          // promises the whole body, sends half, hangs up
        WrongCarRoot,       // a valid CAR, of other content
        ExtraBlock,         // the right CAR plus a block that does not belong
        MissingBlock,       // the right CAR without its last block
        OversizedAnnounced, // Content-Length far beyond any limit
        OversizedStream,    // no length, and it never stops
        SlowDrip,           // the right bytes, one every 100 ms
        Redirect            // sends us to another host
    };

    explicit TestGateway(QUrl rpcApi)
        : m_rpc(std::move(rpcApi))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void setBehaviour(Behaviour b) { m_behaviour = b; }
    // Content for WrongCarRoot and ExtraBlock to use.
    void setOtherContent(const modreg::Cid& cid) { m_other = cid.toString(); }
    QStringList requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    void serve(QTcpSocket* socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (!buffer->contains("\r\n\r\n") || buffer->isEmpty())
                return;
            const QList<QByteArray> line = buffer->left(buffer->indexOf("\r\n")).split(' ');
            buffer->clear();
            const QUrl target(QString::fromLatin1(line.value(1)));
            m_requests << target.toString();
            answer(socket, target);
        });
    }

    void answer(QTcpSocket* socket, const QUrl& target)
    {
        const QString format = QUrlQuery(target).queryItemValue(QStringLiteral("format"));
        const QString cid = target.path().section(QLatin1Char('/'), 2, 2);
        if (m_behaviour == Behaviour::Redirect)
            return send(socket, "302 Found", {}, {},
                        "Location: http://127.0.0.2:" + QByteArray::number(m_server.serverPort()) +
                            target.toEncoded() + "\r\n");
        if (format == QLatin1String("car") &&
            (m_behaviour == Behaviour::NoCar || m_behaviour == Behaviour::WrongRawBytes))
            return send(socket, "406 Not Acceptable", "text/plain", "no CARs here");
        if (m_behaviour == Behaviour::OversizedAnnounced)
            return send(socket, "200 OK", contentType(format), {}, "Content-Length: 100000000000\r\n", false);
        if (m_behaviour == Behaviour::OversizedStream)
            return stream(socket, format);
        const bool car = format == QLatin1String("car");
        const QString source = car && m_behaviour == Behaviour::WrongCarRoot ? m_other : cid;
        fromNode(car ? QStringLiteral("dag/export") : QStringLiteral("block/get"), source,
                 [this, socket = QPointer<QTcpSocket>(socket), format, car](QByteArray body) {
                     if (!socket)
                         return;
                     if (car && m_behaviour == Behaviour::ExtraBlock)
                         body += modreg::car::encodeSection(
                             modreg::Cid::forBlock(modreg::Cid::Codec::Raw, "stray"), "stray");
                     if (car && m_behaviour == Behaviour::MissingBlock)
                         body = withoutLastBlock(body);
                     if (m_behaviour == Behaviour::WrongBytes || m_behaviour == Behaviour::WrongRawBytes)
                         body[body.size() - 1] = static_cast<char>(body[body.size() - 1] ^ 1);
                     if (m_behaviour == Behaviour::Truncated)
                         return send(socket, "200 OK", contentType(format), body.left(body.size() / 2),
                                     "Content-Length: " + QByteArray::number(body.size()) + "\r\n", true,
                                     true);
                     if (m_behaviour == Behaviour::SlowDrip)
                         return drip(socket, format, body);
                     send(socket, "200 OK", contentType(format), body);
                 });
    }

    static QByteArray contentType(const QString& format)
    {
        return format == QLatin1String("car") ? "application/vnd.ipld.car; version=1"
                                              : "application/vnd.ipld.raw";
    }

    static QByteArray withoutLastBlock(const QByteArray& car)
    {
        QList<modreg::Cid> roots;
        QList<QPair<modreg::Cid, QByteArray>> blocks;
        modreg::car::Reader reader(
            [&](const QList<modreg::Cid>& r) {
                roots = r;
                return modreg::success();
            },
            [&](const modreg::Cid& c, const QByteArray& b) {
                blocks.append({c, b});
                return modreg::success();
            });
        reader.feed(car);
        blocks.removeLast();
        QByteArray out = modreg::car::encodeHeader(roots);
        for (const auto& [c, b] : blocks)
            out += modreg::car::encodeSection(c, b);
        return out;
    }

    void send(QTcpSocket* socket, const QByteArray& status, const QByteArray& type, const QByteArray& body,
              const QByteArray& extraHeaders = {}, bool withLength = true, bool hangUp = false)
    {
        QByteArray head = "HTTP/1.1 " + status + "\r\nConnection: close\r\n" + extraHeaders;
        if (!type.isEmpty())
            head += "Content-Type: " + type + "\r\n";
        if (withLength && !extraHeaders.contains("Content-Length"))
            head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        socket->write(head + "\r\n" + body);
        if (hangUp || withLength)
            socket->disconnectFromHost();
    }

    void stream(QTcpSocket* socket, const QString& format)
    {
        send(socket, "200 OK", contentType(format), {}, {}, false);
        auto* timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket,
                         [socket] { socket->write(QByteArray(64 * 1024, 'x')); });
        timer->start(1);
    }

    void drip(QTcpSocket* socket, const QString& format, const QByteArray& body)
    {
        send(socket, "200 OK", contentType(format), {},
             "Content-Length: " + QByteArray::number(body.size()) + "\r\n", false);
        auto* timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, body, sent] {
            if (*sent < body.size())
                socket->write(body.mid((*sent)++, 1));
        });
        timer->start(100);
    }

    void fromNode(const QString& command, const QString& cid, std::function<void(QByteArray)> done)
    {
        QUrl url = m_rpc;
        url.setPath(QStringLiteral("/api/v0/") + command);
        url.setQuery(QStringLiteral("arg=%1&timeout=5s").arg(cid));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("modreg-test-gateway"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        QNetworkReply* reply = m_network.post(request, QByteArray());
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
            reply->deleteLater();
            done(reply->readAll());
        });
    }

    QUrl m_rpc;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    Behaviour m_behaviour = Behaviour::Honest;
    QString m_other;
    QStringList m_requests;
};
