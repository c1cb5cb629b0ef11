#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

namespace modreg::evm {

// JSON-RPC 2.0 over HTTP to an Ethereum node. The chain issue adds WebSocket transport,
// batches and subscriptions behind the same call().
class JsonRpcClient : public QObject
{
    Q_OBJECT
public:
    explicit JsonRpcClient(QUrl endpoint, QObject* parent = nullptr);

    QUrl endpoint() const { return m_endpoint; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // What a node said when it refused a call; `data` carries a contract's revert data.
    struct RpcError
    {
        int code = 0;
        QString message;
        QByteArray data;
    };
    // The node's answer: a result, or its refusal. A transport failure is the Result's failure.
    struct Response
    {
        QJsonValue result;
        std::optional<RpcError> error;
    };

    // `done` gets the "result" member, or the node's error message as a sentence.
    void call(const QString& method, const QJsonArray& params, std::function<void(Result<QJsonValue>)> done);
    // Like call(), but a refusal comes back whole, so revert data can be decoded.
    void request(const QString& method, const QJsonArray& params, std::function<void(Result<Response>)> done);

    // "0x7a69" → 31337. Fails on anything that is not a 0x-prefixed hex quantity.
    static Result<quint64> parseQuantity(const QJsonValue& value);

private:
    QUrl m_endpoint;
    std::chrono::milliseconds m_timeout{5000};
    quint64 m_nextId = 1;
    QNetworkAccessManager m_network;
};

} // namespace modreg::evm
