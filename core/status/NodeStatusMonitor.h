#pragma once

#include "settings/Endpoints.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace modreg {

class IpfsRpcClient;
namespace evm {
class JsonRpcClient;
}

struct IpfsStatus
{
    bool reachable = false;
    QString peerId;
    qint64 repoSizeBytes = -1; // -1: unknown
    QString error;             // why it is not reachable
};

struct ChainStatus
{
    bool reachable = false;
    quint64 chainId = 0;
    quint64 blockNumber = 0;
    QString error;
};

// Asks the IPFS node and the chain node, every few seconds, whether they answer, and reports
// what they say. Drives the status bar and `modreg devnet status`.
class NodeStatusMonitor : public QObject
{
    Q_OBJECT
public:
    explicit NodeStatusMonitor(QObject* parent = nullptr);
    ~NodeStatusMonitor() override;

    // Starts watching these endpoints at once; an empty Endpoints{} stops watching.
    void watch(const Endpoints& endpoints);
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    void refresh();

    const IpfsStatus& ipfs() const { return m_ipfs; }
    const ChainStatus& chain() const { return m_chain; }

signals:
    void ipfsStatusChanged(const modreg::IpfsStatus& status);
    void chainStatusChanged(const modreg::ChainStatus& status);

private:
    void refreshIpfs();
    void refreshChain();

    QTimer m_timer;
    std::unique_ptr<IpfsRpcClient> m_ipfsClient;
    std::unique_ptr<evm::JsonRpcClient> m_chainClient;
    IpfsStatus m_ipfs;
    ChainStatus m_chain;
    bool m_ipfsBusy = false;
    bool m_chainBusy = false;
};

} // namespace modreg
