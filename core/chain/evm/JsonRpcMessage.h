#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace modreg::evm {

// What a node said when it refused a call; `data` carries a contract's revert data.
struct RpcError
{
    int code = 0;
    QString message;
    QByteArray data;
};

// The node's answer to one call: a result, or its refusal.
struct RpcResponse
{
    QJsonValue result;
    std::optional<RpcError> error;
};

// One message from a JSON-RPC node (an HTTP body or a WebSocket message), read without trusting it:
// what is not a well-formed answer or subscription notification is left out, never guessed at.
// The HTTP and WebSocket transports both read through here (and FuzzJsonRpcMessage fuzzes it).
struct JsonRpcMessage
{
    struct Answer
    {
        qint64 id = 0;
        RpcResponse response;
    };
    struct Notification
    {
        QString subscription;
        QJsonValue result;
    };

    // A message larger than this is refused unread by both transports: an eth_getLogs page of
    // 2,000 blocks of registry events is a few MiB (and EvmEventStream asks for fewer blocks when a
    // page is refused); a node that sends more is not answering a call.
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

    QList<Answer> answers;             // a batch answers several calls in one message
    QList<Notification> notifications; // eth_subscription pushes

    static JsonRpcMessage read(const QByteArray& text);
};

} // namespace modreg::evm
