#pragma once

#include "Result.h"
#include "devnet/DevnetTools.h"
#include "status/NodeStatusMonitor.h"
#include "settings/Endpoints.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>

class QProcess;

namespace modreg {

class DevnetNode;
class DevnetRegistry;

// The embedded local network: an anvil chain node and a js-ipfs node on free 127.0.0.1 ports,
// with their state under `dir` so what a user publishes is still there after a restart.
//
// start() first reads devnet.json: a devnet whose owner is still running (another Modreg, or
// `modreg devnet up`) is used as it is, never duplicated; the processes of one whose owner
// crashed are stopped before new ones start. Processes we start are stopped by stop() or our
// destructor, and by the kernel if we die.
class Devnet : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Stopped,
        Starting,
        Running,
        Attached,
        Failed
    };
    Q_ENUM(State)

    struct Options
    {
        QString dir;      // holds devnet.json, anvil-state.json, ipfs/, logs/
        QString toolsDir; // a folder whose node_modules has anvil and js-ipfs (see DevnetTools)
        std::chrono::milliseconds startTimeout{60000};
        quint64 chainId = 31337;
        // 0: a block for every transaction at once (anvil's automine). N: a block every N seconds,
        // as on a real chain, so a transaction waits in the node's pool first.
        int blockTimeSeconds = 0;
    };

    explicit Devnet(Options options, QObject* parent = nullptr);
    ~Devnet() override;

    // Asynchronous: watch stateChanged(). Calling it while starting or running does nothing.
    void start();
    // Synchronous and bounded (about 10 s per node at worst). Leaves a devnet we merely attached
    // to running for its owner.
    void stop();

    State state() const { return m_state; }
    bool isUsable() const { return m_state == State::Running || m_state == State::Attached; }
    Endpoints endpoints() const { return m_endpoints; }
    QString errorString() const { return m_error; }
    const Options& options() const { return m_options; }
    QList<qint64> ownedPids() const;

    // Gives each Ethereum address (20 bytes) 100 ETH from anvil's dev account, unless it holds 50.
    void fundAccounts(const QList<QByteArray>& addresses, std::function<void(Status)> done);

    // `modreg devnet down`: stops the devnet recorded in `dir`, whoever runs it. Says what it did.
    static Result<QString> stopRecorded(const QString& dir);

signals:
    void stateChanged(modreg::Devnet::State state);
    // A step a person may want to see ("Starting the IPFS node…"), or a warning.
    void progress(const QString& message);

private:
    void setState(State state);
    void fail(const QString& message);
    bool attachToRunning();
    void cleanUpAfterCrash();
    void initializeIpfsRepo();
    void launch();
    Status prepareAnvilState();
    void watchUntilReady();
    void onReadinessProbe();
    void becomeReady();
    void finishReady();
    DevnetRegistry& registryOnChain(); // deploys and funds on our chain
    void stopOwnedNodes();
    QString logDir() const;

    Options m_options;
    DevnetTools m_tools;
    State m_state = State::Stopped;
    QString m_error;
    Endpoints m_endpoints;
    bool m_attached = false;
    quint64 m_generation = 0; // bumps on stop(), so stale callbacks of an earlier start do nothing

    qint64 m_launchedAnvilPid = 0; // identifies our record in devnet.json
    std::unique_ptr<DevnetRegistry> m_registry;
    std::unique_ptr<DevnetNode> m_anvil;
    std::unique_ptr<DevnetNode> m_ipfs;
    QPointer<QProcess> m_initProcess;
    NodeStatusMonitor m_readiness; // asks both nodes until they answer, then stops
    QTimer m_deadline;
    QString m_lastProbeError;
};

} // namespace modreg
