#pragma once
// A TCP proxy in front of a real node that plays a broken network: it can drop every open
// connection, refuse new ones for a while, or cut a connection right after forwarding a request
// that contains a marker (the node got it; the client never hears back).
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

class TcpProxy : public QObject
{
public:
    explicit TcpProxy(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* in = m_server.nextPendingConnection())
                accept(in);
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int accepted() const { return m_accepted; }

    void dropAll()
    {
        for (const auto& [in, out] : std::as_const(m_pairs)) {
            if (in)
                in->abort();
            if (out)
                out->abort();
        }
        m_pairs.clear();
    }
    void setRefusing(bool refusing) { m_refusing = refusing; }
    // A node without WebSocket: a connection that asks to upgrade is cut.
    void setRefusingWebSockets(bool refusing) { m_refusingWebSockets = refusing; }
    // The next client message containing `marker` reaches the node; then both sides are cut.
    void cutAfterForwarding(const QByteArray& marker) { m_marker = marker; }
    bool cutHappened() const { return m_cut; }

private:
    void accept(QTcpSocket* in)
    {
        in->setParent(this);
        if (m_refusing) {
            in->abort();
            in->deleteLater();
            return;
        }
        ++m_accepted;
        auto* out = new QTcpSocket(this);
        m_pairs.append({QPointer<QTcpSocket>(in), QPointer<QTcpSocket>(out)});
        auto pending = std::make_shared<QByteArray>();
        const auto close = [in = QPointer<QTcpSocket>(in), out = QPointer<QTcpSocket>(out)] {
            for (QTcpSocket* s : {in.data(), out.data()})
                if (s) {
                    s->abort();
                    s->deleteLater();
                }
        };
        connect(in, &QTcpSocket::readyRead, this, [this, in, out, pending, close] {
            const QByteArray data = in->readAll();
            if (m_refusingWebSockets && data.contains("Upgrade: websocket")) {
                in->abort();
                return;
            }
            const bool cut = !m_marker.isEmpty() && data.contains(m_marker);
            if (out->state() == QAbstractSocket::ConnectedState)
                out->write(data);
            else
                pending->append(data);
            if (cut) {
                m_marker.clear();
                m_cut = true;
                out->flush();
                out->waitForBytesWritten(1000);
                in->abort(); // the client never hears the answer
                QTimer::singleShot(200, out, [out] { out->abort(); });
            }
        });
        connect(out, &QTcpSocket::connected, this,
                [out, pending] { out->write(std::exchange(*pending, {})); });
        connect(out, &QTcpSocket::readyRead, this, [in, out] {
            if (in->state() == QAbstractSocket::ConnectedState)
                in->write(out->readAll());
        });
        // One side hung up: what the other side still has to hear is delivered, then it is closed
        // gracefully (disconnectFromHost writes out its buffer first), as a real connection would.
        const auto finish = [close](QTcpSocket* from, QTcpSocket* to) {
            if (to && to->state() == QAbstractSocket::ConnectedState) {
                if (from && from->isOpen())
                    to->write(from->readAll());
                to->disconnectFromHost();
            } else {
                close();
            }
            if (from)
                from->deleteLater();
        };
        const QPointer<QTcpSocket> inP(in), outP(out);
        connect(in, &QTcpSocket::disconnected, this, [inP, outP, finish] { finish(inP, outP); });
        connect(out, &QTcpSocket::disconnected, this, [inP, outP, finish] { finish(outP, inP); });
        out->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    bool m_refusing = false;
    bool m_refusingWebSockets = false;
    int m_accepted = 0;
    QByteArray m_marker;
    bool m_cut = false;
    QList<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
};
