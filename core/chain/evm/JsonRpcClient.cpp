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
    const quint64 id = m_nextId++;
    const QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("id"), static_cast<qint64>(id)},
                              {QStringLiteral("method"), method},
                              {QStringLiteral("params"), params}};
    net::HttpPost post;
    post.url = m_endpoint;
    post.body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    post.timeout = m_timeout;
    net::post(m_network, post, this, [method, id, done = std::move(done)](Result<QByteArray> reply) {
        if (!reply)
            return done(Result<QJsonValue>::failure(reply.error()));
        QJsonParseError parseError{};
        const QJsonObject obj = QJsonDocument::fromJson(reply.value(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError ||
            obj.value(QLatin1String("id")).toInteger() != static_cast<qint64>(id))
            return done(Result<QJsonValue>::failure(
                tr("The chain node's answer to %1 is not a JSON-RPC response.").arg(method)));
        if (obj.contains(QLatin1String("error"))) {
            const QString message =
                obj.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            return done(
                Result<QJsonValue>::failure(tr("The chain node refused %1: %2").arg(method, message)));
        }
        done(obj.value(QLatin1String("result")));
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
