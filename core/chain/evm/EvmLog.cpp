#include "chain/evm/EvmLog.h"

#include "chain/evm/JsonRpcClient.h"

#include <QJsonArray>
#include <optional>

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
    // The digits without leading zeros; nullopt unless "0x" and hex digits (a node may send anything).
    const auto digits = [](const QString& hex) -> std::optional<QString> {
        if (!hex.startsWith(QLatin1String("0x")) || hex.size() < 3)
            return std::nullopt;
        QString d = hex.mid(2).toLower();
        for (const QChar c : d)
            if ((c < QLatin1Char('0') || c > QLatin1Char('9')) && (c < QLatin1Char('a') || c > QLatin1Char('f')))
                return std::nullopt;
        qsizetype zeros = 0;
        while (zeros < d.size() && d[zeros] == QLatin1Char('0'))
            ++zeros;
        return d.mid(zeros);
    };
    const std::optional<QString> x = digits(a), y = digits(b);
    if (!x || !y)
        return false; // not a quantity is not at least anything
    return x->size() != y->size() ? x->size() > y->size() : *x >= *y;
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
