#pragma once

#include "Result.h"
#include "chain/evm/JsonRpcMessage.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

class QTimer;
class QWebSocket;

namespace modreg::evm {

// JSON-RPC 2.0 to an Ethereum node, over a WebSocket when the node serves one (anvil and geth
// do, on the HTTP port) and over HTTP otherwise. Every call ends within its timeout, whatever the
// node does (a total deadline, not only an idle one), and no answer larger than
// JsonRpcMessage::kMaxBytes is read. Callers don't choose: a call goes over the open
// socket, waits while it opens, or goes over HTTP while it is down. A dropped socket is reopened
// with backoff; calls it carried are sent again over HTTP (every call Modreg makes is a read or a
// signed transaction, which a node accepts once), subscriptions end with webSocketClosed().
class JsonRpcClient : public QObject
{
    Q_OBJECT
public:
    // http(s):// or ws(s)://; the other transport is the same host, port and path.
    explicit JsonRpcClient(QUrl endpoint, QObject* parent = nullptr);
    ~JsonRpcClient() override;

    QUrl endpoint() const { return m_httpUrl; }
    QUrl webSocketUrl() const { return m_socketUrl; }
    // How long one call may wait for its answer (and a socket for its handshake).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Off: HTTP only, never a socket (a node known to have none; subscriptions then fail).
    void setWebSocketEnabled(bool enabled);
    bool isWebSocketOpen() const { return m_socketState == SocketState::Open; }
    // Open the socket now, and reopen it with backoff whenever it drops, instead of waiting for
    // the next call. Subscribers want this.
    void keepWebSocketOpen(bool keep);

    // What a node said when it refused a call, and its answer (a transport failure is the Result's
    // failure): see JsonRpcMessage.h.
    using RpcError = evm::RpcError;
    using Response = RpcResponse;
    struct Call
    {
        QString method;
        QJsonArray params;
    };

    // `done` gets the "result" member, or the node's error message as a sentence.
    void call(const QString& method, const QJsonArray& params, std::function<void(Result<QJsonValue>)> done);
    // Like call(), but a refusal comes back whole, so revert data can be decoded.
    void request(const QString& method, const QJsonArray& params, std::function<void(Result<Response>)> done);
    // Several calls in one message; the answers in the order of `calls`. A transport failure (or
    // a node that leaves one unanswered) fails the whole batch.
    void batch(const QList<Call>& calls, std::function<void(Result<QList<Response>>)> done);

    // eth_subscribe over the WebSocket (opened if needed); `done` gets the subscription id.
    // `onNotification` gets each "result" the node pushes until unsubscribe() or until the
    // socket closes (webSocketClosed); after webSocketOpened, subscribe again.
    void subscribe(const QJsonArray& params, std::function<void(const QJsonValue&)> onNotification,
                   std::function<void(Result<QString>)> done);
    void unsubscribe(const QString& subscriptionId);

    // "0x7a69" → 31337. Fails on anything that is not a 0x-prefixed hex quantity.
    static Result<quint64> parseQuantity(const QJsonValue& value);

signals:
    void webSocketOpened();
    void webSocketClosed(const QString& why);

private:
    enum class SocketState
    {
        Closed,
        Connecting,
        Open
    };
    struct Pending
    {
        QString method;
        QJsonObject message;
        std::function<void(Result<Response>)> done;
        bool onSocket = false;
        QDeadlineTimer deadline;
    };

    QJsonObject message(const QString& method, const QJsonArray& params); // with the next id
    void enqueue(QList<std::pair<QJsonObject, std::function<void(Result<Response>)>>> requests);
    void sendOverHttp(const QList<qint64>& ids);
    void sendOverSocket(const QList<qint64>& ids);
    void openSocket();
    void socketGone(const QString& why);
    void scheduleReconnect();
    void receive(const QByteArray& text);
    void finish(qint64 id, Result<Response> result);
    void expireOverdue();
    QString timeoutText(const QString& method) const;

    QUrl m_httpUrl;
    QUrl m_socketUrl;
    std::chrono::milliseconds m_timeout{5000};
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QList<qint64> m_waitingForSocket; // ids queued while the socket opens

    QPointer<QWebSocket> m_socket;
    SocketState m_socketState = SocketState::Closed;
    bool m_socketEnabled = true;
    bool m_keepOpen = false;
    std::chrono::milliseconds m_backoff{250};
    QDeadlineTimer m_retryAt{0};
    QDeadlineTimer m_handshakeDeadline;
    bool m_reconnectScheduled = false;
    QHash<QString, std::function<void(const QJsonValue&)>> m_subscriptions;
    QTimer* m_expiry = nullptr;
};

} // namespace modreg::evm
