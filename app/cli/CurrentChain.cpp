#include "cli/CurrentChain.h"

#include "cli/CurrentEndpoints.h"
#include "cli/WaitFor.h"
#include "crypto/Addresses.h"
#include "devnet/DevnetRegistry.h"
#include "settings/AppPaths.h"

#include <QCoreApplication>

namespace modreg::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::CurrentChain)
};
} // namespace

std::unique_ptr<evm::EvmRegistry> Chain::registry(const Keystore& keystore, int confirmations,
                                                  quint64 eventPageBlocks) const
{
    evm::EvmRegistry::Options options;
    options.contract = contract;
    options.confirmations = std::max(1, confirmations);
    options.eventPageBlocks = eventPageBlocks;
    if (devnet)
        options.expectedChainId = 31337;
    return std::make_unique<evm::EvmRegistry>(*client, keystore, options);
}

Result<Chain> currentChain(bool needContract)
{
    Result<Endpoints> endpoints = currentEndpoints();
    if (!endpoints)
        return Result<Chain>::failure(endpoints.error());
    Chain chain{
        endpoints.value(), usingDevnet(), std::make_unique<evm::JsonRpcClient>(endpoints->chainRpc), {}};
    chain.client->setTimeout(std::chrono::seconds(15));
    if (!needContract)
        return chain;
    Result<QByteArray> contract = ethereum::decode(endpoints->registryAddress);
    if (!contract)
        return Result<Chain>::failure(endpoints->registryAddress.isEmpty()
                                          ? Text::tr("No registry contract is configured; set its address in "
                                                     "the app's Settings.")
                                          : contract.error());
    chain.contract = contract.value();
    return chain;
}

Status fundOnDevnet(const Chain& chain, const KeyInfo& account)
{
    if (!chain.devnet || account.type != KeyType::Secp256k1)
        return success();
    DevnetRegistry devnet(chain.endpoints.chainRpc, AppPaths::devnetDir());
    return waitFor<Status>([&](auto done) { devnet.fund({ethereum::addressOf(account.publicKey)}, done); });
}

} // namespace modreg::cli
