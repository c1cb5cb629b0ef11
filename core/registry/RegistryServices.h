#pragma once

#include "settings/Endpoints.h"

#include <QObject>
#include <memory>

namespace modreg {

class ActiveEndpoints;
class IpfsRpcClient;
class Keystore;
class Publisher;
class Registry;
namespace evm {
class JsonRpcClient;
}

// The registry's service objects for the endpoints in use: the IPFS client, the chain client, the
// Registry and the Publisher. Views get them from here (the GUI never builds its own), and they are
// rebuilt when Settings switch nodes; `changed()` says so, and until endpoints are usable (the devnet
// starting) they are null.
class RegistryServices : public QObject
{
    Q_OBJECT
public:
    explicit RegistryServices(Keystore& keystore, QObject* parent = nullptr);
    ~RegistryServices() override;

    // Follows `endpoints` from now on.
    void follow(ActiveEndpoints& endpoints);
    void setEndpoints(const Endpoints& endpoints);

    bool isReady() const { return m_publisher != nullptr; }
    Publisher* publisher() const { return m_publisher.get(); }
    Registry* registry() const;
    IpfsRpcClient* ipfs() const { return m_ipfs.get(); }
    Keystore& keystore() const { return m_keystore; }
    Endpoints endpoints() const { return m_endpoints; }

signals:
    void changed();

private:
    Keystore& m_keystore;
    Endpoints m_endpoints;
    std::unique_ptr<IpfsRpcClient> m_ipfs;
    std::unique_ptr<evm::JsonRpcClient> m_chain;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<Publisher> m_publisher;
};

} // namespace modreg
