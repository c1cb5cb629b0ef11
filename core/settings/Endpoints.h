#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace modreg {

// The outside world Modreg talks to: one IPFS node's RPC API, HTTP gateways to read from (tried
// in order), one chain RPC endpoint and the registry contract on that chain.
struct Endpoints
{
    Q_DECLARE_TR_FUNCTIONS(Endpoints)

public:
    QUrl ipfsApi;
    QList<QUrl> gateways;
    QUrl chainRpc;
    QString registryAddress; // 0x-prefixed, 20 bytes; empty until a contract is deployed
    quint64 registryFromBlock = 0; // the block it was deployed in: where a sync starts reading events
    // The chain the node must be on (0: whatever it says). The devnet's endpoints carry its own, so a
    // node left over from another devnet is never taken for it.
    quint64 chainId = 0;

    // An http:// or https:// URL with a host: what an IPFS API and a gateway must be.
    static bool isHttpUrl(const QUrl& url);

    // One sentence per field that is wrong; empty when all are usable.
    QStringList problems() const;

    bool operator==(const Endpoints&) const = default;
};

} // namespace modreg
