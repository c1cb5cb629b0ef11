#include "registry/RegistryServices.h"

#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "devnet/DevnetRegistry.h"
#include "ipfs/IpfsRpcClient.h"
#include "net/ActiveEndpoints.h"
#include "registry/BackgroundSync.h"
#include "registry/Publisher.h"
#include "settings/AppPaths.h"
#include "store/ModuleStore.h"

#include <QThread>

namespace modreg {

namespace {
// For the app's chain clients: the publisher's and the sync's.
constexpr std::chrono::seconds kChainTimeout{15};
// The file an upgrade thread works on.
constexpr char kUpgradedPath[] = "upgradedPath";
} // namespace

RegistryServices::RegistryServices(Keystore& keystore, QObject* parent)
    : QObject(parent)
    , m_keystore(keystore)
{}

RegistryServices::~RegistryServices()
{
    // An upgrade of a replica runs to its end: stopped halfway, its transaction would be rolled back
    // and done again at the next start.
    for (QThread* upgrade : findChildren<QThread*>(Qt::FindDirectChildrenOnly))
        upgrade->wait();
    // The publisher and the syncer use the others: they go first.
    m_syncer.reset();
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
    // The devnet's replica, before the devnet is up (or when it cannot start): offline reading.
    if (endpoints.usesDevnet())
        if (const auto devnet = DevnetRegistry::recorded(AppPaths::devnetDir()))
            openReplica(evm::EvmRegistry::locationOf(devnet->address));
    setEndpoints(endpoints.endpoints());
}

void RegistryServices::setEndpoints(const Endpoints& endpoints)
{
    const bool usable = endpoints.ipfsApi.isValid() && endpoints.chainRpc.isValid();
    if (endpoints == m_endpoints && (m_publisher || !usable))
        return;
    m_endpoints = endpoints;
    m_syncer.reset();
    m_publisher.reset();
    m_registry.reset();
    m_chain.reset();
    m_ipfs.reset();
    const Result<QByteArray> contract = ethereum::decode(endpoints.registryAddress);
    if (usable && contract) {
        m_ipfs = std::make_unique<IpfsRpcClient>(endpoints.ipfsApi);
        m_ipfs->setTimeout(std::chrono::minutes(10)); // a large folder streams for a while
        m_chain = std::make_unique<evm::JsonRpcClient>(endpoints.chainRpc);
        m_chain->setTimeout(kChainTimeout);
        evm::EvmRegistry::Options options;
        options.contract = contract.value();
        m_registry = std::make_unique<evm::EvmRegistry>(*m_chain, m_keystore, options);
        m_publisher =
            std::make_unique<Publisher>(m_keystore, *m_ipfs, *m_registry, PublishJournal::defaultDirectory());
    }
    if (contract)
        openReplica(evm::EvmRegistry::locationOf(contract.value()));
    startSync();
    emit changed();
}

void RegistryServices::startSync()
{
    if (!m_registry || !m_replica || m_syncer)
        return;
    const Result<QByteArray> contract = ethereum::decode(m_endpoints.registryAddress);
    if (!contract)
        return;
    // On a thread of its own, writing through its own connection to the file m_replica reads.
    BackgroundSync::Setup setup;
    setup.replicaPath = ModuleStore::pathFor(m_replicaLocation);
    setup.chainRpc = m_endpoints.chainRpc;
    setup.chainTimeout = kChainTimeout;
    setup.registry.contract = contract.value();
    setup.sources.rpcApi = m_endpoints.ipfsApi;
    setup.sources.gateways = m_endpoints.gateways;
    setup.options.fromBlock = m_endpoints.registryFromBlock;
    m_syncer = std::make_unique<BackgroundSync>(std::move(setup), m_keystore);
    connect(m_syncer.get(), &BackgroundSync::replicaChanged, this, &RegistryServices::replicaChanged);
}

void RegistryServices::openReplica(const QString& location)
{
    if (location == m_replicaLocation && (m_replica || m_upgrade))
        return;
    m_syncer.reset();
    m_replica.reset();
    m_upgrade = nullptr; // another registry's upgrade, if one runs, ends on its own
    m_replicaLocation = location;
    const QString path = ModuleStore::pathFor(location);
    // Back to a registry whose upgrade still runs (Settings switched away and back): that upgrade is
    // the one to wait for. A second would wait for the first's write lock, and could give up.
    if (QThread* running = upgradeOf(path)) {
        m_upgrade = running;
        m_replicaProblem = upgradingText();
        emit replicaChanged();
        return;
    }
    if (ModuleStore::needsUpgrade(path))
        return upgradeReplica(path);
    takeReplica(ModuleStore::open(path));
    emit replicaChanged();
}

void RegistryServices::takeReplica(Result<std::unique_ptr<ModuleStore>> opened)
{
    m_replicaProblem = opened ? QString() : opened.error();
    if (opened)
        m_replica = std::move(opened).value();
}

QString RegistryServices::upgradingText()
{
    return tr("Modreg is upgrading your local replica to this version's format. This happens once, and can "
              "take a minute for a large registry.");
}

QThread* RegistryServices::upgradeOf(const QString& path) const
{
    for (QThread* upgrade : findChildren<QThread*>(Qt::FindDirectChildrenOnly))
        if (upgrade->property(kUpgradedPath).toString() == path && !upgrade->isFinished())
            return upgrade;
    return nullptr;
}

void RegistryServices::upgradeReplica(const QString& path)
{
    m_replicaProblem = upgradingText();
    // The upgrade's own connection, made, used and closed on its thread; the window's thread then
    // opens the file as usual, which finds it up to date and returns at once.
    auto failure = std::make_shared<QString>();
    m_upgrade = QThread::create([path, failure] {
        const Result<std::unique_ptr<ModuleStore>> upgraded = ModuleStore::open(path);
        if (!upgraded)
            *failure = upgraded.error();
    });
    m_upgrade->setObjectName(QStringLiteral("replica upgrade"));
    m_upgrade->setProperty(kUpgradedPath, path);
    m_upgrade->setParent(this);
    connect(m_upgrade, &QThread::finished, this, [this, thread = m_upgrade.data(), path, failure] {
        thread->deleteLater();
        if (thread != m_upgrade)
            return; // Settings chose another registry meanwhile
        m_upgrade = nullptr;
        takeReplica(failure->isEmpty() ? ModuleStore::open(path)
                                       : Result<std::unique_ptr<ModuleStore>>::failure(*failure));
        startSync();
        emit replicaChanged();
        emit changed();
    });
    m_upgrade->start();
    emit replicaChanged();
}

} // namespace modreg
