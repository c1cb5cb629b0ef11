#pragma once

#include "Result.h"
#include "ipfs/IpfsRpcClient.h"

#include <QByteArray>
#include <QList>
#include <QPair>

// What an IPFS node's RPC API answers, read without trusting it (the node may be anyone's): each
// reader takes the reply body and gives the value or a sentence. IpfsRpcClient sends the requests;
// FuzzIpfsRpcReplies fuzzes these readers.
namespace modreg::ipfsrpc {

Result<QString> readVersion(const QByteArray& reply);
Result<IpfsNodeInfo> readId(const QByteArray& reply);
Result<IpfsRepoStats> readRepoStat(const QByteArray& reply);
// `add`'s newline-delimited JSON: every entry by name, in the node's order.
Result<QList<QPair<QString, Cid>>> readAdd(const QByteArray& reply);
Result<Cid> readBlockPut(const QByteArray& reply);
Result<qint64> readBlockStat(const QByteArray& reply);
// pin/ls: Kubo's {"Keys": {...}} or js-ipfs's stream of {"Cid": ...} objects.
Result<QList<Cid>> readPins(const QByteArray& reply);

} // namespace modreg::ipfsrpc
