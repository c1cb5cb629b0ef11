#pragma once

#include "Result.h"
#include "chain/evm/EvmRegistry.h"
#include "chain/evm/JsonRpcClient.h"
#include "keys/KeyEntry.h"
#include "settings/Endpoints.h"

#include <memory>

namespace modreg {
class Keystore;
}

namespace modreg::cli {

// The chain and the registry as the app would use them: the running devnet or the own nodes.
struct Chain
{
    Endpoints endpoints;
    bool devnet = false;
    std::unique_ptr<evm::JsonRpcClient> client;
    QByteArray contract; // empty unless asked for

    // The registry contract on this chain, signing with keys of `keystore`.
    std::unique_ptr<evm::EvmRegistry> registry(const Keystore& keystore, int confirmations = 1,
                                               quint64 eventPageBlocks = 2000) const;
};

// `needContract`: fail unless a registry contract address is configured.
Result<Chain> currentChain(bool needContract);

// On the devnet, tops up a secp256k1 account so it can pay (the devnet pays for its users);
// elsewhere, and for other keys, nothing.
Status fundOnDevnet(const Chain& chain, const KeyInfo& account);

} // namespace modreg::cli
