#pragma once

#include "Result.h"
#include "chain/Registry.h"
#include "registry/PublishJournal.h"
#include "registry/Syncer.h"
#include "settings/Endpoints.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <chrono>
#include <memory>

namespace modreg {

class AccountScheme;
class ActiveEndpoints;
class BackgroundSearch;
class BackgroundSync;
class IpfsRpcClient;
class Keystore;
class ModuleStore;
class ReplicaReader;
class Publisher;
class Registry;
namespace evm {
class JsonRpcClient;
}

// The one place that builds Modreg's service objects, for both faces (docs/architecture.md): for
// the endpoints in use, the IPFS client, the chain client and its Registry, the Publisher with its
// journal, and the local replica with its sync. The app follows ActiveEndpoints and gets them
// rebuilt when Settings switch nodes (`changed()`); the CLI sets the endpoints Settings choose
// (configuredEndpoints()) once. Until the endpoints are usable (the devnet starting) the clients
// are null, except the replica, which opens from the registry's address alone, so Browse and
// Search work with the network unplugged.
//
// Which chain backend serves a registry is decided here and nowhere else: views and commands see
// Registry, AccountScheme and replica locations, never the EVM.
class Services : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds chainTimeout{15000};
        std::chrono::milliseconds ipfsTimeout{std::chrono::minutes(10)}; // a large folder streams for a while
        QString journalDirectory = PublishJournal::defaultDirectory();
        int confirmations = 1;
        quint64 eventPageBlocks = 2000; // eth_getLogs range (nodes that limit it want fewer)
        // The app keeps a replica open and syncs it on a thread of its own (BackgroundSync); the
        // CLI opens one when a command needs it and syncs in the foreground (syncerFor()).
        bool replicaAndSync = true;
    };

    explicit Services(Keystore& keystore, QObject* parent = nullptr);
    Services(Keystore& keystore, Options options, QObject* parent = nullptr);
    ~Services() override;

    // What Settings choose, for a process that does not run the devnet itself: the running devnet's
    // endpoints or the user's own nodes; a sentence saying how to start the devnet if it is chosen
    // and not running.
    static Result<Endpoints> configuredEndpoints();
    // Where the replica of the registry Settings choose lives ("evm:0x…"), without the network
    // (the devnet's registry is recorded in its folder).
    static Result<QString> configuredReplicaLocation();
    // The replica location of the registry `endpoints` name; empty when they name none.
    static QString replicaLocationOf(const Endpoints& endpoints);
    // The accounts of the chain `endpoints` are on (and the app's, while it has no endpoints).
    static const AccountScheme& accountsOf(const Endpoints& endpoints);

    // Follows `endpoints` from now on.
    void follow(ActiveEndpoints& endpoints);
    void setEndpoints(const Endpoints& endpoints);
    Endpoints endpoints() const { return m_endpoints; }

    bool isReady() const { return m_publisher != nullptr; }
    Publisher* publisher() const { return m_publisher.get(); }
    Registry* registry() const;
    IpfsRpcClient* ipfs() const { return m_ipfs.get(); }
    const AccountScheme& accounts() const { return accountsOf(m_endpoints); }
    Keystore& keystore() const { return m_keystore; }
    // Why the clients are missing, when they are ("No registry contract is configured…").
    QString problem() const { return m_problem; }

    // The app's replica (Options::replicaAndSync), for views: read-only. Its search runs on a thread
    // of its own (searcher()); the syncer writes through a connection of its own (syncer()).
    const ReplicaReader* replica() const;
    BackgroundSearch* searcher() const { return m_searcher.get(); }
    BackgroundSync* syncer() const { return m_syncer.get(); }
    QString replicaProblem() const { return m_replicaProblem; } // why there is none, when there is none
    // A replica written by an older Modreg is being upgraded on a thread of its own; replica() is
    // null until it is done, then replicaChanged() and changed() say so.
    bool isUpgradingReplica() const { return m_upgrade != nullptr; }

    // The chain the endpoints are on and the registry there (the CLI's `chain info`); works without a
    // registry configured.
    void describeChain(std::function<void(Result<ChainInfo>)> done);

    // A Syncer on this thread, for the registry in use (the CLI's `sync`); null without a registry.
    std::unique_ptr<Syncer> syncerFor(ModuleStore& replica, Syncer::Options options = {}) const;
    VerifiedFetcher::Options fetchSources() const; // the IPFS node, then the gateways

signals:
    void changed();
    // The replica's contents changed (the syncer wrote): views read it again.
    void replicaChanged();

private:
    void openReplica(const QString& location);
    void upgradeReplica(const QString& path);
    QThread* upgradeOf(const QString& path) const; // the upgrade of that file, while it runs
    static QString upgradingText();
    void takeReplica(Result<std::unique_ptr<ModuleStore>> opened); // or why there is none
    void startSync(); // once there are both a registry and a replica

    Keystore& m_keystore;
    Options m_options;
    Endpoints m_endpoints;
    QString m_problem;
    std::unique_ptr<IpfsRpcClient> m_ipfs;
    std::unique_ptr<evm::JsonRpcClient> m_chain;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<Publisher> m_publisher;
    std::unique_ptr<ModuleStore> m_replica;
    std::unique_ptr<BackgroundSearch> m_searcher;
    std::unique_ptr<BackgroundSync> m_syncer;
    QString m_replicaLocation;
    QString m_replicaProblem;
    QPointer<QThread> m_upgrade;
};

} // namespace modreg
