#pragma once

#include "Result.h"
#include "settings/Endpoints.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <memory>

namespace modreg {

class ActiveEndpoints;
class BackgroundSync;
class IpfsRpcClient;
class Keystore;
class ModuleStore;
class Publisher;
class Registry;
namespace evm {
class JsonRpcClient;
}

// The registry's service objects for the endpoints in use: the IPFS client, the chain client, the
// Registry, the Publisher, and the local replica with its sync (BackgroundSync: on a thread of its
// own, so the window never waits for its writes). Views get them from here (the GUI never builds
// its own), and they are rebuilt when Settings switch nodes; `changed()` says so, and until
// endpoints are usable (the devnet starting) they are null — except the replica, which opens from
// the registry's address alone, so Browse and Search work with the network unplugged.
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
    ModuleStore* replica() const { return m_replica.get(); }
    BackgroundSync* syncer() const { return m_syncer.get(); }
    // Why there is no replica, when there is none.
    QString replicaProblem() const { return m_replicaProblem; }
    // A replica written by an older Modreg is being upgraded on a thread of its own; replica() is
    // null until it is done, then replicaChanged() and changed() say so.
    bool isUpgradingReplica() const { return m_upgrade != nullptr; }
    Keystore& keystore() const { return m_keystore; }
    Endpoints endpoints() const { return m_endpoints; }

signals:
    void changed();
    // The replica's contents changed (the syncer wrote): views read it again.
    void replicaChanged();

private:
    Keystore& m_keystore;
    Endpoints m_endpoints;
    std::unique_ptr<IpfsRpcClient> m_ipfs;
    std::unique_ptr<evm::JsonRpcClient> m_chain;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<Publisher> m_publisher;
    std::unique_ptr<ModuleStore> m_replica;
    std::unique_ptr<BackgroundSync> m_syncer;
    QString m_replicaLocation;
    QString m_replicaProblem;
    QPointer<QThread> m_upgrade;

    void openReplica(const QString& location);
    void upgradeReplica(const QString& path);
    QThread* upgradeOf(const QString& path) const; // the upgrade of that file, while it runs
    static QString upgradingText();
    void takeReplica(Result<std::unique_ptr<ModuleStore>> opened); // or why there is none
    void startSync(); // once there are both a registry and a replica
};

} // namespace modreg
