#pragma once

#include "ipfs/BlockSource.h"
#include "ipfs/IpfsRpcClient.h"

namespace modreg {

// Blocks from an IPFS node's RPC API (`block/get`), one request each. js-ipfs's gateway ignores
// `?format=raw`, so for the devnet this is the way to fetch verifiable blocks.
class RpcBlockSource : public BlockSource
{
public:
    explicit RpcBlockSource(IpfsRpcClient& client)
        : m_client(client)
    {}
    void get(const Cid& cid, std::function<void(Result<QByteArray>)> done) override
    {
        m_client.blockGet(cid, std::move(done));
    }

private:
    IpfsRpcClient& m_client;
};

} // namespace modreg
