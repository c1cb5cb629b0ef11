// What an IPFS node's RPC API answers (the user's own node, or anyone's): every reader of a reply,
// fed the same bytes.
#include "FuzzSupport.h"
#include "ipfs/IpfsRpcReplies.h"

using namespace modreg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray reply = fuzz::bytes(data, size);
    (void)ipfsrpc::readVersion(reply);
    (void)ipfsrpc::readId(reply);
    if (const auto stats = ipfsrpc::readRepoStat(reply))
        fuzz::expect(stats->repoSizeBytes >= 0 && stats->objectCount >= 0, "sizes are never negative");
    if (const auto added = ipfsrpc::readAdd(reply))
        fuzz::expect(!added->isEmpty(), "an add names at least its root");
    (void)ipfsrpc::readBlockPut(reply);
    if (const auto blockSize = ipfsrpc::readBlockStat(reply))
        fuzz::expect(blockSize.value() >= 0, "a block's size is never negative");
    (void)ipfsrpc::readPins(reply);
    return 0;
}
