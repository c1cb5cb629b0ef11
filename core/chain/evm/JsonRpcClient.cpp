#include "chain/evm/JsonRpcClient.h"

#include "net/HttpPost.h"
#include "net/NetworkErrorText.h"

#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

namespace modreg::evm {

namespace {

constexpr std::chrono::milliseconds firstBackoff{250};
constexpr std::chrono::milliseconds longestBackoff{8000};

QUrl withScheme(QUrl url, bool socket)
{
    const bool secure = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("wss");
    url.setScheme(socket ? (secure ? QStringLiteral("wss") : QStringLiteral("ws"))
                         : (secure ? QStringLiteral("https") : QStringLiteral("http")));
    return url;
}

// One request as an object, several (a batch) as an array.
QByteArray serialized(const QJsonArray& messages)
{
    return messages.size() == 1 ? QJsonDocument(messages.first().toObject()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(messages).toJson(QJsonDocument::Compact);
}

} // namespace

JsonRpcClient::JsonRpcClient(QUrl endpoint, QObject* parent)
    : QObject(parent)
    , m_httpUrl(withScheme(endpoint, false))
    , m_socketUrl(withScheme(endpoint, true))
    , m_expiry(new QTimer(this))
{
    m_expiry->setInterval(100);
    connect(m_expiry, &QTimer::timeout, this, &JsonRpcClient::expireOverdue);
}

JsonRpcClient::~JsonRpcClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void JsonRpcClient::setWebSocketEnabled(bool enabled)
{
    m_socketEnabled = enabled;
    if (!enabled && m_socket)
        socketGone(tr("WebSocket turned off."));
}

void JsonRpcClient::keepWebSocketOpen(bool keep)
{
    m_keepOpen = keep;
    if (keep && m_socketEnabled && m_socketState == SocketState::Closed)
        openSocket();
}

void JsonRpcClient::call(const QString& method, const QJsonArray& params,
                         std::function<void(Result<QJsonValue>)> done)
{
    request(method, params, [method, done = std::move(done)](Result<Response> response) {
        if (!response)
            return done(Result<QJsonValue>::failure(response.error()));
        if (response->error)
            return done(Result<QJsonValue>::failure(
                tr("The chain node refused %1: %2").arg(method, response->error->message)));
        done(response->result);
    });
}

void JsonRpcClient::request(const QString& method, const QJsonArray& params,
                            std::function<void(Result<Response>)> done)
{
    enqueue({{message(method, params), std::move(done)}});
}

void JsonRpcClient::batch(const QList<Call>& calls, std::function<void(Result<QList<Response>>)> done)
{
    if (calls.isEmpty())
        return done(QList<Response>{});
    struct Collector
    {
        QList<std::optional<Response>> answers;
        qsizetype missing = 0;
        std::function<void(Result<QList<Response>>)> done;
    };
    auto collector = std::make_shared<Collector>();
    collector->answers.resize(calls.size());
    collector->missing = calls.size();
    collector->done = std::move(done);
    QList<std::pair<QJsonObject, std::function<void(Result<Response>)>>> requests;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        requests.append({message(calls[i].method, calls[i].params), [collector, i](Result<Response> answer) {
                             if (!collector->done)
                                 return; // the batch already failed
                             if (!answer)
                                 return std::exchange(collector->done, nullptr)(
                                     Result<QList<Response>>::failure(answer.error()));
                             collector->answers[i] = std::move(answer).value();
                             if (--collector->missing > 0)
                                 return;
                             QList<Response> all;
                             for (auto& a : collector->answers)
                                 all.append(std::move(*a));
                             std::exchange(collector->done, nullptr)(std::move(all));
                         }});
    }
    enqueue(std::move(requests));
}

QJsonObject JsonRpcClient::message(const QString& method, const QJsonArray& params)
{
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("id"), m_nextId++},
            {QStringLiteral("method"), method},
            {QStringLiteral("params"), params}};
}

void JsonRpcClient::subscribe(const QJsonArray& params, std::function<void(const QJsonValue&)> onNotification,
                              std::function<void(Result<QString>)> done)
{
    if (!m_socketEnabled)
        return done(Result<QString>::failure(
            tr("Subscriptions need a WebSocket connection to the chain node, and WebSocket is off.")));
    QPointer<JsonRpcClient> self(this);
    call(QStringLiteral("eth_subscribe"), params,
         [self, onNotification = std::move(onNotification), done = std::move(done)](Result<QJsonValue> id) {
             if (!self)
                 return;
             if (!id)
                 return done(Result<QString>::failure(id.error()));
             if (!id->isString() || id->toString().isEmpty())
                 return done(Result<QString>::failure(tr("The chain node's answer to eth_subscribe has no "
                                                         "subscription id.")));
             self->m_subscriptions.insert(id->toString(), onNotification);
             done(id->toString());
         });
}

void JsonRpcClient::unsubscribe(const QString& subscriptionId)
{
    if (!m_subscriptions.remove(subscriptionId) || m_socketState != SocketState::Open)
        return;
    call(QStringLiteral("eth_unsubscribe"), {subscriptionId}, [](Result<QJsonValue>) {});
}

// Every request passes here: it gets its entry in m_pending, then leaves over whichever
// transport is up. Requests enqueued together leave together (a batch is one message).
void JsonRpcClient::enqueue(QList<std::pair<QJsonObject, std::function<void(Result<Response>)>>> requests)
{
    QList<qint64> ids;
    for (auto& [message, done] : requests) {
        const qint64 id = message.value(QLatin1String("id")).toInteger();
        m_pending.insert(id, Pending{message.value(QLatin1String("method")).toString(), message,
                                     std::move(done), false, QDeadlineTimer(m_timeout)});
        ids.append(id);
    }
    const bool needsSocket =
        ids.size() == 1 && m_pending.value(ids.first()).method == QLatin1String("eth_subscribe");
    if (m_socketEnabled && m_socketState == SocketState::Closed && (m_retryAt.hasExpired() || needsSocket))
        openSocket();
    switch (m_socketState) {
    case SocketState::Open:
        return sendOverSocket(ids);
    case SocketState::Connecting:
        for (qint64 id : ids)
            m_pending[id].onSocket = true; // the handshake counts against the call's time
        m_waitingForSocket.append(ids);
        m_expiry->start();
        return;
    case SocketState::Closed:
        return sendOverHttp(ids);
    }
}

void JsonRpcClient::sendOverSocket(const QList<qint64>& ids)
{
    QJsonArray messages;
    for (qint64 id : ids) {
        auto it = m_pending.find(id);
        if (it == m_pending.end()) // answered (timed out) while it waited for the socket
            continue;
        it->onSocket = true;
        messages.append(it->message);
    }
    if (messages.isEmpty())
        return;
    m_socket->sendTextMessage(QString::fromUtf8(serialized(messages)));
    m_expiry->start();
}

void JsonRpcClient::sendOverHttp(const QList<qint64>& ids)
{
    QJsonArray messages;
    QList<qint64> sent;
    for (qint64 id : ids) {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue;
        if (it->method == QLatin1String("eth_subscribe")) {
            finish(id, Result<Response>::failure(
                           tr("Subscriptions need a WebSocket connection, and %1 has none open.")
                               .arg(net::displayUrl(m_socketUrl))));
            continue;
        }
        it->onSocket = false;
        messages.append(it->message);
        sent.append(id);
    }
    if (sent.isEmpty())
        return;
    net::HttpPost post;
    post.url = m_httpUrl;
    post.body = serialized(messages);
    post.timeout = m_timeout;
    post.deadline = m_timeout; // a node that drips its answer is not idle, but it is too late
    post.maxBytes = JsonRpcMessage::kMaxBytes;
    post.acceptErrorBodies = true; // JSON-RPC refusals may come with HTTP 4xx/5xx (geth, anvil)
    net::post(post, this, [this, sent](Result<QByteArray> reply) {
        if (!reply) {
            for (qint64 id : sent)
                finish(id, Result<Response>::failure(reply.error()));
            return;
        }
        for (JsonRpcMessage::Answer& answer : JsonRpcMessage::read(reply.value()).answers)
            if (sent.contains(answer.id)) // only what this request asked: never another call's answer
                finish(answer.id, std::move(answer.response));
        for (qint64 id : sent) // whatever the answer left out
            if (m_pending.contains(id))
                finish(id, Result<Response>::failure(
                               tr("The chain node's answer to %1 is not a JSON-RPC response.")
                                   .arg(m_pending.value(id).method)));
    });
}

void JsonRpcClient::openSocket()
{
    m_socketState = SocketState::Connecting;
    m_reconnectScheduled = false;
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    // JSON-RPC messages can be large (eth_getLogs pages), but not endless: past the limit Qt closes
    // the socket (and the calls it carried go over HTTP, where a limit holds too).
    // Half the HTTP limit: Qt holds a text message as UTF-16 while it comes, twice its bytes.
    socket->setMaxAllowedIncomingMessageSize(JsonRpcMessage::kMaxBytes / 2);
    socket->setMaxAllowedIncomingFrameSize(JsonRpcMessage::kMaxBytes / 2);
    socket->setReadBufferSize(256 * 1024); // as HttpExchange: no reading ahead into memory
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_socketState = SocketState::Open;
        m_backoff = firstBackoff;
        sendOverSocket(std::exchange(m_waitingForSocket, {}));
        emit webSocketOpened();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString& text) {
        if (socket == m_socket)
            receive(text.toUtf8());
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            socketGone(socket->closeReason().isEmpty() ? tr("the connection closed") : socket->closeReason());
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket == m_socket)
                    socketGone(socket->errorString());
            });
    m_handshakeDeadline = QDeadlineTimer(m_timeout);
    socket->open(m_socketUrl);
    m_expiry->start();
}

void JsonRpcClient::socketGone(const QString& why)
{
    const bool wasOpen = m_socketState == SocketState::Open;
    if (QWebSocket* old = m_socket) {
        m_socket = nullptr;
        old->disconnect(this);
        old->abort();
        old->deleteLater();
    }
    m_socketState = SocketState::Closed;
    m_retryAt = QDeadlineTimer(m_backoff);
    m_subscriptions.clear();
    // Whatever the socket carried or was about to carry goes over HTTP now.
    QList<qint64> unanswered = std::exchange(m_waitingForSocket, {});
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it->onSocket && !unanswered.contains(it.key()))
            unanswered.append(it.key());
    std::sort(unanswered.begin(), unanswered.end());
    if (!unanswered.isEmpty())
        sendOverHttp(unanswered);
    if (wasOpen)
        emit webSocketClosed(
            tr("The WebSocket connection to %1 was lost: %2").arg(net::displayUrl(m_socketUrl), why));
    scheduleReconnect();
    m_backoff = std::min(m_backoff * 2, longestBackoff);
}

void JsonRpcClient::scheduleReconnect()
{
    if (!m_keepOpen || !m_socketEnabled || m_reconnectScheduled)
        return;
    m_reconnectScheduled = true;
    QTimer::singleShot(m_backoff, this, [this] {
        m_reconnectScheduled = false;
        if (m_keepOpen && m_socketEnabled && m_socketState == SocketState::Closed)
            openSocket();
    });
}

void JsonRpcClient::receive(const QByteArray& text)
{
    JsonRpcMessage message = JsonRpcMessage::read(text);
    for (const JsonRpcMessage::Notification& n : message.notifications) {
        const auto handler = m_subscriptions.constFind(n.subscription);
        if (handler != m_subscriptions.cend())
            (*handler)(n.result);
    }
    for (JsonRpcMessage::Answer& answer : message.answers)
        finish(answer.id, std::move(answer.response));
}

void JsonRpcClient::finish(qint64 id, Result<Response> result)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    auto done = std::move(it->done);
    m_pending.erase(it);
    done(std::move(result));
}

// One timer for every call on the socket (HTTP calls have HttpPost's own), and for the handshake.
void JsonRpcClient::expireOverdue()
{
    if (m_socketState == SocketState::Connecting && m_handshakeDeadline.hasExpired())
        return socketGone(
            tr("no handshake within %1 s").arg(net::secondsText(m_timeout)));
    QList<qint64> overdue;
    bool anyOnSocket = false;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!it->onSocket)
            continue;
        anyOnSocket = true;
        if (it->deadline.hasExpired())
            overdue.append(it.key());
    }
    for (qint64 id : overdue) {
        m_waitingForSocket.removeAll(id);
        finish(id, Result<Response>::failure(timeoutText(m_pending.value(id).method)));
    }
    if (!anyOnSocket && m_socketState != SocketState::Connecting)
        m_expiry->stop();
}

QString JsonRpcClient::timeoutText(const QString& method) const
{
    return tr("The chain node at %1 did not answer %2 within %3 s.")
        .arg(net::displayUrl(m_httpUrl), method, net::secondsText(m_timeout));
}

Result<quint64> JsonRpcClient::parseQuantity(const QJsonValue& value)
{
    const QString text = value.toString();
    bool ok = false;
    const quint64 number = text.startsWith(QLatin1String("0x")) && text.size() > 2 && text.size() <= 18
                               ? text.mid(2).toULongLong(&ok, 16)
                               : 0;
    if (!ok)
        return Result<quint64>::failure(tr("\"%1\" is not a hexadecimal quantity.").arg(text.left(40)));
    return number;
}

} // namespace modreg::evm
