#include "registry/RegistryServices.h"

#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "ipfs/IpfsRpcClient.h"
#include "net/ActiveEndpoints.h"
#include "registry/Publisher.h"

namespace modreg {

RegistryServices::RegistryServices(Keystore& keystore, QObject* parent)
    : QObject(parent)
    , m_keystore(keystore)
{}

RegistryServices::~RegistryServices()
{
    // The publisher uses the others: it goes first.
    m_publisher.reset();
    m_registry.reset();
}

Registry* RegistryServices::registry() const
{
    return m_registry.get();
}

void RegistryServices::follow(ActiveEndpoints& endpoints)
{
    connect(&endpoints, &ActiveEndpoints::endpointsChanged, this, &RegistryServices::setEndpoints);
    setEndpoints(endpoints.endpoints());
}

void RegistryServices::setEndpoints(const Endpoints& endpoints)
{
    const bool usable = endpoints.ipfsApi.isValid() && endpoints.chainRpc.isValid();
    if (endpoints == m_endpoints && (m_publisher || !usable))
        return;
    m_endpoints = endpoints;
    m_publisher.reset();
    m_registry.reset();
    m_chain.reset();
    m_ipfs.reset();
    const Result<QByteArray> contract = ethereum::decode(endpoints.registryAddress);
    if (usable && contract) {
        m_ipfs = std::make_unique<IpfsRpcClient>(endpoints.ipfsApi);
        m_ipfs->setTimeout(std::chrono::minutes(10)); // a large folder streams for a while
        m_chain = std::make_unique<evm::JsonRpcClient>(endpoints.chainRpc);
        m_chain->setTimeout(std::chrono::seconds(15));
        evm::EvmRegistry::Options options;
        options.contract = contract.value();
        m_registry = std::make_unique<evm::EvmRegistry>(*m_chain, m_keystore, options);
        m_publisher =
            std::make_unique<Publisher>(m_keystore, *m_ipfs, *m_registry, PublishJournal::defaultDirectory());
    }
    emit changed();
}

} // namespace modreg
