#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace modreg::evm {

// JSON-RPC's "0x…" data and quantities as bytes and numbers; anything malformed reads as empty/0
// (callers check what they need: a log without a block hash is useless to them).
QByteArray hexDataOf(const QJsonValue& v);
quint64 hexQuantityOf(const QJsonValue& v);
// Whether hex quantity `a` ≥ `b`, at any size (balances in wei outgrow 64 bits).
bool hexQuantityAtLeast(const QString& a, const QString& b);

// One log entry, as receipts, eth_getLogs and "logs" subscriptions write it.
struct EvmLog
{
    QByteArray address;
    QList<QByteArray> topics;
    QByteArray data;
    quint64 blockNumber = 0;
    QByteArray blockHash;
    quint64 logIndex = 0;
    QByteArray transactionHash;
    bool removed = false; // a subscription's word that a reorg took this log back

    static EvmLog fromJson(const QJsonObject& o);
};

// A block header as newHeads and eth_getBlockByNumber write it.
struct EvmBlockHeader
{
    quint64 number = 0;
    QByteArray hash;
    QByteArray parentHash;

    static EvmBlockHeader fromJson(const QJsonObject& o);
    bool isValid() const { return hash.size() == 32 && parentHash.size() == 32; }
};

} // namespace modreg::evm
