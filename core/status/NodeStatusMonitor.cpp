#include "status/NodeStatusMonitor.h"

#include "chain/evm/JsonRpcClient.h"
#include "ipfs/IpfsRpcClient.h"

namespace modreg {

NodeStatusMonitor::NodeStatusMonitor(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &NodeStatusMonitor::refresh);
}

NodeStatusMonitor::~NodeStatusMonitor() = default;

void NodeStatusMonitor::watch(const Endpoints& endpoints)
{
    // Retire the old clients after this event, not now: watch() is often called from inside one of
    // their reply callbacks (the devnet stops watching once both nodes answer). Their late replies
    // are ignored below, since they are no longer the current clients.
    if (m_ipfsClient)
        m_ipfsClient.release()->deleteLater();
    if (m_chainClient)
        m_chainClient.release()->deleteLater();
    m_ipfsBusy = m_chainBusy = false;
    m_ipfs = {};
    m_chain = {};
    if (endpoints.ipfsApi.isEmpty() && endpoints.chainRpc.isEmpty()) {
        m_timer.stop();
        emit ipfsStatusChanged(m_ipfs);
        emit chainStatusChanged(m_chain);
        return;
    }
    // New clients: replies still in flight for the old endpoints die with the old clients.
    if (!endpoints.ipfsApi.isEmpty())
        m_ipfsClient = std::make_unique<IpfsRpcClient>(endpoints.ipfsApi);
    if (!endpoints.chainRpc.isEmpty())
        m_chainClient = std::make_unique<evm::JsonRpcClient>(endpoints.chainRpc);
    m_timer.start();
    refresh();
}

void NodeStatusMonitor::refresh()
{
    if (m_ipfsClient && !m_ipfsBusy)
        refreshIpfs();
    if (m_chainClient && !m_chainBusy)
        refreshChain();
}

void NodeStatusMonitor::refreshIpfs()
{
    m_ipfsBusy = true;
    IpfsRpcClient* client = m_ipfsClient.get();
    client->id([this, client](Result<IpfsNodeInfo> info) {
        if (client != m_ipfsClient.get())
            return;
        if (!info) {
            m_ipfsBusy = false;
            m_ipfs = IpfsStatus{false, {}, -1, info.error()};
            emit ipfsStatusChanged(m_ipfs);
            return;
        }
        client->repoStat([this, client, peerId = info->peerId](Result<IpfsRepoStats> stats) {
            if (client != m_ipfsClient.get())
                return;
            m_ipfsBusy = false;
            m_ipfs = IpfsStatus{true, peerId, stats ? stats->repoSizeBytes : -1, {}};
            emit ipfsStatusChanged(m_ipfs);
        });
    });
}

void NodeStatusMonitor::refreshChain()
{
    m_chainBusy = true;
    evm::JsonRpcClient* client = m_chainClient.get();
    client->call(QStringLiteral("eth_chainId"), {}, [this, client](Result<QJsonValue> id) {
        if (client != m_chainClient.get())
            return;
        const Result<quint64> chainId =
            id ? evm::JsonRpcClient::parseQuantity(id.value()) : Result<quint64>::failure(id.error());
        if (!chainId) {
            m_chainBusy = false;
            m_chain = ChainStatus{false, 0, 0, chainId.error()};
            emit chainStatusChanged(m_chain);
            return;
        }
        client->call(
            QStringLiteral("eth_blockNumber"), {}, [this, client, chainId](Result<QJsonValue> block) {
                if (client != m_chainClient.get())
                    return;
                m_chainBusy = false;
                const Result<quint64> height = block ? evm::JsonRpcClient::parseQuantity(block.value())
                                                     : Result<quint64>::failure(block.error());
                m_chain = height ? ChainStatus{true, chainId.value(), height.value(), {}}
                                 : ChainStatus{false, 0, 0, height.error()};
                emit chainStatusChanged(m_chain);
            });
    });
}

} // namespace modreg
