#include "services/Services.h"

#include "chain/evm/EvmAccounts.h"
#include "chain/evm/EvmLog.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "crypto/HexText.h"
#include "devnet/DevnetRegistry.h"
#include "devnet/DevnetState.h"
#include "ipfs/IpfsRpcClient.h"
#include "registry/BackgroundSync.h"
#include "services/BackgroundSearch.h"
#include "registry/Publisher.h"
#include "services/ActiveEndpoints.h"
#include "settings/AppPaths.h"
#include "settings/EndpointSettings.h"
#include "store/ModuleStore.h"

#include <QSettings>

#include <QThread>

namespace modreg {

namespace {
// The file an upgrade thread works on.
constexpr char kUpgradedPath[] = "upgradedPath";

// Only the EVM registry so far: a second backend is chosen here, by what the endpoints name.
Result<QByteArray> evmContractOf(const Endpoints& endpoints)
{
    return ethereum::decode(endpoints.registryAddress);
}
} // namespace

Services::Services(Keystore& keystore, QObject* parent)
    : Services(keystore, Options{}, parent)
{}

Services::Services(Keystore& keystore, Options options, QObject* parent)
    : QObject(parent)
    , m_keystore(keystore)
    , m_options(std::move(options))
{}

Services::~Services()
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

Result<Endpoints> Services::configuredEndpoints()
{
    const EndpointSettings settings = EndpointSettings::load(QSettings());
    if (!settings.useDevnet)
        return settings.external;
    const Result<DevnetState> state = DevnetState::read(AppPaths::devnetDir());
    if (!state || !state->isRunning())
        return Result<Endpoints>::failure(tr(
            "The local devnet is not running. Start it with \"modreg devnet up --detach\" (or open the "
            "Modreg app), or choose your own nodes in the app's Settings."));
    return state->endpoints;
}

Result<QString> Services::configuredReplicaLocation()
{
    const EndpointSettings settings = EndpointSettings::load(QSettings());
    Endpoints endpoints = settings.external;
    if (settings.useDevnet) {
        const std::optional<DevnetRegistry::Deployment> devnet = DevnetRegistry::recorded(AppPaths::devnetDir());
        endpoints.registryAddress = devnet ? hexText(devnet->address) : QString();
    }
    const QString location = replicaLocationOf(endpoints);
    if (location.isEmpty())
        return Result<QString>::failure(
            tr("No registry is set up yet. Start the devnet (modreg devnet up --detach) or set a "
               "registry contract in the app's Settings, then run \"modreg sync\"."));
    return location;
}

QString Services::replicaLocationOf(const Endpoints& endpoints)
{
    const Result<QByteArray> contract = evmContractOf(endpoints);
    return contract ? evm::EvmRegistry::locationOf(contract.value()) : QString();
}

const AccountScheme& Services::accountsOf(const Endpoints&)
{
    return evm::EvmAccounts::instance();
}

const ReplicaReader* Services::replica() const
{
    return m_replica.get();
}

Registry* Services::registry() const
{
    return m_registry.get();
}

void Services::follow(ActiveEndpoints& endpoints)
{
    connect(&endpoints, &ActiveEndpoints::endpointsChanged, this, &Services::setEndpoints);
    // The devnet's replica, before the devnet is up (or when it cannot start): offline reading.
    if (endpoints.usesDevnet())
        if (const auto devnet = DevnetRegistry::recorded(AppPaths::devnetDir()))
            openReplica(evm::EvmRegistry::locationOf(devnet->address));
    setEndpoints(endpoints.endpoints());
}

void Services::setEndpoints(const Endpoints& endpoints)
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
    const Result<QByteArray> contract = evmContractOf(endpoints);
    m_problem = !usable ? tr("The IPFS node and the chain node are not set up yet.")
                : !contract
                    ? (endpoints.registryAddress.isEmpty()
                           ? tr("No registry contract is configured; set its address in the app's Settings.")
                           : contract.error())
                    : QString();
    if (usable) {
        m_ipfs = std::make_unique<IpfsRpcClient>(endpoints.ipfsApi);
        m_ipfs->setTimeout(m_options.ipfsTimeout);
        m_chain = std::make_unique<evm::JsonRpcClient>(endpoints.chainRpc);
        m_chain->setTimeout(m_options.chainTimeout);
    }
    if (m_problem.isEmpty()) {
        evm::EvmRegistry::Options options;
        options.contract = contract.value();
        options.expectedChainId = endpoints.chainId;
        options.confirmations = std::max(1, m_options.confirmations);
        options.eventPageBlocks = std::max<quint64>(1, m_options.eventPageBlocks);
        m_registry = std::make_unique<evm::EvmRegistry>(*m_chain, m_keystore, options);
        m_publisher = std::make_unique<Publisher>(m_keystore, *m_ipfs, *m_registry, m_options.journalDirectory);
    }
    if (contract && m_options.replicaAndSync)
        openReplica(evm::EvmRegistry::locationOf(contract.value()));
    startSync();
    emit changed();
}

void Services::describeChain(std::function<void(Result<ChainInfo>)> done)
{
    if (!m_chain)
        return done(Result<ChainInfo>::failure(m_problem));
    const QString address = m_endpoints.registryAddress;
    QPointer<Services> self(this);
    m_chain->batch({{QStringLiteral("eth_chainId"), {}},
                    {QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false}},
                    {QStringLiteral("eth_getCode"), {address.isEmpty() ? QStringLiteral("0x") : address, QStringLiteral("latest")}}},
                   [self, address, done = std::move(done)](Result<QList<evm::JsonRpcClient::Response>> answers) {
                       if (!self)
                           return;
                       if (!answers)
                           return done(Result<ChainInfo>::failure(answers.error()));
                       const QList<evm::JsonRpcClient::Response>& a = answers.value();
                       const evm::EvmBlockHeader head = evm::EvmBlockHeader::fromJson(a[1].result.toObject());
                       ChainInfo info;
                       info.chainId = evm::hexQuantityOf(a[0].result);
                       info.head = BlockRef{head.number, head.hash};
                       info.transport = self->m_chain->isWebSocketOpen() ? QStringLiteral("websocket") : QStringLiteral("http");
                       const Result<QByteArray> contract = evmContractOf(self->m_endpoints);
                       info.registryText = contract ? self->accounts().text(contract.value()) : address;
                       info.registryFound = contract && !a[2].error && !evm::hexDataOf(a[2].result).isEmpty();
                       if (!info.registryFound || !self->m_registry)
                           return done(info);
                       self->m_registry->moduleCount([info, done](Result<quint64> count) mutable {
                           if (count)
                               info.moduleCount = count.value();
                           done(info);
                       });
                   });
}

VerifiedFetcher::Options Services::fetchSources() const
{
    VerifiedFetcher::Options sources;
    sources.rpcApi = m_endpoints.ipfsApi;
    sources.gateways = m_endpoints.gateways;
    return sources;
}

std::unique_ptr<Syncer> Services::syncerFor(ModuleStore& replica, Syncer::Options options) const
{
    if (!m_registry)
        return nullptr;
    options.fromBlock = m_endpoints.registryFromBlock;
    return std::make_unique<Syncer>(replica, *m_registry, fetchSources(), options);
}

void Services::startSync()
{
    if (!m_registry || !m_replica || m_syncer)
        return;
    const Result<QByteArray> contract = evmContractOf(m_endpoints);
    if (!contract)
        return;
    // On a thread of its own, writing through its own connection to the file m_replica reads.
    BackgroundSync::Setup setup;
    setup.replicaPath = ModuleStore::pathFor(m_replicaLocation);
    setup.chainRpc = m_endpoints.chainRpc;
    setup.chainTimeout = m_options.chainTimeout;
    setup.registry.contract = contract.value();
    setup.registry.expectedChainId = m_endpoints.chainId;
    setup.registry.eventPageBlocks = std::max<quint64>(1, m_options.eventPageBlocks);
    setup.sources = fetchSources();
    setup.options.fromBlock = m_endpoints.registryFromBlock;
    m_syncer = std::make_unique<BackgroundSync>(std::move(setup), m_keystore);
    connect(m_syncer.get(), &BackgroundSync::replicaChanged, this, &Services::replicaChanged);
}

void Services::openReplica(const QString& location)
{
    if (location == m_replicaLocation && (m_replica || m_upgrade))
        return;
    m_syncer.reset();
    m_searcher.reset();
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

void Services::takeReplica(Result<std::unique_ptr<ModuleStore>> opened)
{
    m_replicaProblem = opened ? QString() : opened.error();
    if (!opened)
        return;
    m_replica = std::move(opened).value();
    m_searcher = std::make_unique<BackgroundSearch>(ModuleStore::pathFor(m_replicaLocation));
}

QString Services::upgradingText()
{
    return tr("Modreg is upgrading your local replica to this version's format. This happens once, and can "
              "take a minute for a large registry.");
}

QThread* Services::upgradeOf(const QString& path) const
{
    for (QThread* upgrade : findChildren<QThread*>(Qt::FindDirectChildrenOnly))
        if (upgrade->property(kUpgradedPath).toString() == path && !upgrade->isFinished())
            return upgrade;
    return nullptr;
}

void Services::upgradeReplica(const QString& path)
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
