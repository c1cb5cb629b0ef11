#include "chain/evm/EvmLog.h"

#include "chain/evm/JsonRpcClient.h"

#include <QJsonArray>

namespace modreg::evm {

QByteArray hexDataOf(const QJsonValue& v)
{
    const QString s = v.toString();
    return s.startsWith(QLatin1String("0x")) ? QByteArray::fromHex(s.mid(2).toLatin1()) : QByteArray();
}

quint64 hexQuantityOf(const QJsonValue& v)
{
    const Result<quint64> q = JsonRpcClient::parseQuantity(v);
    return q ? q.value() : 0;
}

bool hexQuantityAtLeast(const QString& a, const QString& b)
{
    const auto digits = [](const QString& hex) {
        QString d = hex.mid(2).toLower();
        while (d.startsWith(QLatin1Char('0')))
            d.remove(0, 1);
        return d;
    };
    const QString x = digits(a), y = digits(b);
    return x.size() != y.size() ? x.size() > y.size() : x >= y;
}

EvmLog EvmLog::fromJson(const QJsonObject& o)
{
    EvmLog log;
    log.address = hexDataOf(o.value(QLatin1String("address")));
    for (const QJsonValue& t : o.value(QLatin1String("topics")).toArray())
        log.topics << hexDataOf(t);
    log.data = hexDataOf(o.value(QLatin1String("data")));
    log.blockNumber = hexQuantityOf(o.value(QLatin1String("blockNumber")));
    log.blockHash = hexDataOf(o.value(QLatin1String("blockHash")));
    log.logIndex = hexQuantityOf(o.value(QLatin1String("logIndex")));
    log.transactionHash = hexDataOf(o.value(QLatin1String("transactionHash")));
    log.removed = o.value(QLatin1String("removed")).toBool();
    return log;
}

EvmBlockHeader EvmBlockHeader::fromJson(const QJsonObject& o)
{
    return {hexQuantityOf(o.value(QLatin1String("number"))), hexDataOf(o.value(QLatin1String("hash"))),
            hexDataOf(o.value(QLatin1String("parentHash")))};
}

} // namespace modreg::evm
