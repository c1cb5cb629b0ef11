#include "chain/evm/JsonRpcClient.h"

#include "net/HttpPost.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace modreg::evm {

JsonRpcClient::JsonRpcClient(QUrl endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
{}

void JsonRpcClient::call(const QString& method, const QJsonArray& params,
                         std::function<void(Result<QJsonValue>)> done)
{
    request(method, params, [this, method, done = std::move(done)](Result<Response> response) {
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
    const quint64 id = m_nextId++;
    const QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("id"), static_cast<qint64>(id)},
                              {QStringLiteral("method"), method},
                              {QStringLiteral("params"), params}};
    net::HttpPost post;
    post.url = m_endpoint;
    post.body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    post.timeout = m_timeout;
    post.acceptErrorBodies = true; // JSON-RPC refusals may come with HTTP 4xx/5xx (geth, anvil)
    net::post(m_network, post, this, [method, id, done = std::move(done)](Result<QByteArray> reply) {
        if (!reply)
            return done(Result<Response>::failure(reply.error()));
        QJsonParseError parseError{};
        const QJsonObject obj = QJsonDocument::fromJson(reply.value(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError ||
            obj.value(QLatin1String("id")).toInteger() != static_cast<qint64>(id))
            return done(Result<Response>::failure(
                tr("The chain node's answer to %1 is not a JSON-RPC response.").arg(method)));
        Response response;
        if (obj.contains(QLatin1String("error"))) {
            const QJsonObject e = obj.value(QLatin1String("error")).toObject();
            const QString data = e.value(QLatin1String("data")).toString();
            response.error =
                RpcError{e.value(QLatin1String("code")).toInt(), e.value(QLatin1String("message")).toString(),
                         data.startsWith(QLatin1String("0x")) ? QByteArray::fromHex(data.mid(2).toLatin1())
                                                              : QByteArray()};
        } else {
            response.result = obj.value(QLatin1String("result"));
        }
        done(std::move(response));
    });
}

Result<quint64> JsonRpcClient::parseQuantity(const QJsonValue& value)
{
    const QString text = value.toString();
    bool ok = false;
    const quint64 number = text.startsWith(QLatin1String("0x")) && text.size() > 2 && text.size() <= 18
                               ? text.mid(2).toULongLong(&ok, 16)
                               : 0;
    if (!ok)
        return Result<quint64>::failure(tr("\"%1\" is not a hexadecimal quantity.").arg(text));
    return number;
}

} // namespace modreg::evm
