#include "chain/evm/JsonRpcMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace modreg::evm {

namespace {

// JSON-RPC ids are ours (small positive integers); anything else cannot answer one of our calls.
std::optional<qint64> idOf(const QJsonObject& answer)
{
    const QJsonValue id = answer.value(QLatin1String("id"));
    if (!id.isDouble())
        return std::nullopt;
    const double d = id.toDouble();
    if (!(d >= 1 && d <= 9007199254740992.0) || std::floor(d) != d)
        return std::nullopt;
    return static_cast<qint64>(d);
}

RpcResponse responseOf(const QJsonObject& answer)
{
    RpcResponse response;
    if (answer.contains(QLatin1String("error"))) {
        const QJsonObject e = answer.value(QLatin1String("error")).toObject();
        const QString data = e.value(QLatin1String("data")).toString();
        const QString message = e.value(QLatin1String("message")).toString();
        response.error = RpcError{e.value(QLatin1String("code")).toInt(),
                                  // A refusal's text reaches the user's screen: a sentence, not a page.
                                  message.size() > 500 ? message.left(500) + QChar(0x2026) : message,
                                  data.startsWith(QLatin1String("0x")) ? QByteArray::fromHex(data.mid(2).toLatin1())
                                                                       : QByteArray()};
    } else {
        response.result = answer.value(QLatin1String("result"));
    }
    return response;
}

void readOne(const QJsonObject& object, JsonRpcMessage& out)
{
    if (object.value(QLatin1String("method")).toString() == QLatin1String("eth_subscription")) {
        const QJsonObject params = object.value(QLatin1String("params")).toObject();
        const QJsonValue subscription = params.value(QLatin1String("subscription"));
        if (subscription.isString())
            out.notifications.append({subscription.toString(), params.value(QLatin1String("result"))});
        return;
    }
    if (const std::optional<qint64> id = idOf(object))
        out.answers.append({*id, responseOf(object)});
}

} // namespace

JsonRpcMessage JsonRpcMessage::read(const QByteArray& text)
{
    JsonRpcMessage out;
    if (text.size() > kMaxBytes)
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (doc.isObject())
        readOne(doc.object(), out);
    for (const QJsonValue& item : doc.array())
        if (item.isObject())
            readOne(item.toObject(), out);
    return out;
}

} // namespace modreg::evm
