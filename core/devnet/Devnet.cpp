#include "devnet/Devnet.h"

#include "crypto/Addresses.h"
#include "devnet/DevnetNode.h"
#include "devnet/DevnetRegistry.h"
#include "devnet/DevnetState.h"
#include "devnet/IpfsRepo.h"
#include "devnet/LoopbackPorts.h"
#include "devnet/ProcessControl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

namespace modreg {

namespace {
constexpr std::chrono::milliseconds kStopGrace{10000};

QString anvilStatePath(const QString& dir)
{
    return dir + QStringLiteral("/anvil-state.json");
}

// Where anvil writes the states of older blocks that no longer fit in its memory. Left to itself
// it uses ~/.foundry/anvil/tmp/anvil-state-* and removes nothing there when stopped by a signal:
// measured, 6,000 empty blocks left 2.2 GB, and this machine's test runs had left 61 GB. The chain
// itself is kept by --state; these are only its history's states, so each start and stop clears them.
QString anvilCachePath(const QString& dir)
{
    return dir + QStringLiteral("/anvil-cache");
}

QString ipfsRepoPath(const QString& dir)
{
    return dir + QStringLiteral("/ipfs");
}

QString anvilBackupPath(const QString& dir)
{
    return dir + QStringLiteral("/anvil-state.backup.json");
}

bool isJsonFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError error{};
    QJsonDocument::fromJson(f.readAll(), &error);
    return error.error == QJsonParseError::NoError;
}

QUrl loopbackUrl(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// Command-line fragments that identify our own nodes, so a recycled pid is never killed.
QStringList anvilIdentity(const QString& dir)
{
    return {QStringLiteral("anvil"), anvilStatePath(dir)};
}
// js-ipfs sets process.title, so its command line reads just "ipfs"; the executable is node.
bool isDevnetIpfs(qint64 pid)
{
    return process::matches(pid, {QStringLiteral("ipfs")}) &&
           QFileInfo(process::executable(pid)).fileName().startsWith(QLatin1String("node"));
}
} // namespace

Devnet::Devnet(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_readiness.setInterval(std::chrono::milliseconds(250));
    connect(&m_readiness, &NodeStatusMonitor::ipfsStatusChanged, this, &Devnet::onReadinessProbe);
    connect(&m_readiness, &NodeStatusMonitor::chainStatusChanged, this, &Devnet::onReadinessProbe);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const QString details =
            m_lastProbeError.isEmpty() ? QString() : tr(" The last answer was: %1").arg(m_lastProbeError);
        fail(tr("The devnet did not answer within %1 s.%2 The nodes' logs are in %3.")
                 .arg(static_cast<double>(m_options.startTimeout.count()) / 1000.0)
                 .arg(details, logDir()));
    });
}

Devnet::~Devnet()
{
    stop();
}

QString Devnet::logDir() const
{
    return m_options.dir + QStringLiteral("/logs");
}

QList<qint64> Devnet::ownedPids() const
{
    QList<qint64> pids;
    for (const auto* node : {m_anvil.get(), m_ipfs.get()}) {
        if (node && node->isRunning())
            pids << node->pid();
    }
    return pids;
}

void Devnet::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Devnet::fail(const QString& message)
{
    m_deadline.stop();
    m_readiness.watch({});
    stopOwnedNodes();
    m_attached = false;
    m_error = message;
    emit progress(message);
    setState(State::Failed);
}

void Devnet::start()
{
    if (m_state == State::Starting || isUsable())
        return;
    m_error.clear();
    m_endpoints = {};
    m_registry.reset();
    QDir().mkpath(logDir());
    setState(State::Starting);

    Result<DevnetTools> tools = DevnetTools::locate(m_options.toolsDir);
    if (!tools)
        return fail(tools.error());
    m_tools = tools.value();

    if (attachToRunning())
        return;
    cleanUpAfterCrash();
    if (IpfsRepo(ipfsRepoPath(m_options.dir)).isInitialized())
        launch();
    else
        initializeIpfsRepo();
}

bool Devnet::attachToRunning()
{
    Result<DevnetState> recorded = DevnetState::read(m_options.dir);
    if (!recorded || !recorded->ownerAlive())
        return false;
    m_attached = true;
    m_endpoints = recorded->endpoints;
    emit progress(tr("Using the devnet that process %1 runs.").arg(recorded->ownerPid));
    watchUntilReady();
    return true;
}

void Devnet::cleanUpAfterCrash()
{
    Result<DevnetState> recorded = DevnetState::read(m_options.dir);
    if (recorded) {
        QStringList stopped;
        if (process::matches(recorded->anvilPid, anvilIdentity(m_options.dir)) &&
            process::stop(recorded->anvilPid, kStopGrace))
            stopped << QString::number(recorded->anvilPid);
        if (isDevnetIpfs(recorded->ipfsPid) && process::stop(recorded->ipfsPid, kStopGrace))
            stopped << QString::number(recorded->ipfsPid);
        if (!stopped.isEmpty())
            emit progress(tr("Stopped devnet processes left behind by a run that did not shut down cleanly "
                             "(pid %1).")
                              .arg(stopped.join(QStringLiteral(", "))));
        DevnetState::remove(m_options.dir);
    }
    // No daemon of ours runs on the repository now, so a lock in it is a crashed run's.
    IpfsRepo(ipfsRepoPath(m_options.dir)).removeStaleLock();
}

void Devnet::initializeIpfsRepo()
{
    emit progress(tr("Creating the devnet's IPFS repository…"));
    // Initialise into a scratch folder and rename it into place, so an interrupted first start
    // never leaves a half-made repository behind.
    const QString target = ipfsRepoPath(m_options.dir);
    const QString scratch = m_options.dir + QStringLiteral("/ipfs.init");
    QDir(scratch).removeRecursively();

    auto* init = new QProcess(this);
    m_initProcess = init;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IPFS_PATH"), scratch);
    env.insert(QStringLiteral("NO_UPDATE_NOTIFIER"), QStringLiteral("1"));
    init->setProcessEnvironment(env);
    init->setProcessChannelMode(QProcess::MergedChannels);
    const quint64 generation = m_generation;
    connect(init, &QProcess::finished, this,
            [this, init, generation, scratch, target](int code, QProcess::ExitStatus status) {
                init->deleteLater();
                if (generation != m_generation)
                    return;
                if (status != QProcess::NormalExit || code != 0) {
                    const QString output = QString::fromUtf8(init->readAll()).trimmed().right(800);
                    QDir(scratch).removeRecursively();
                    return fail(
                        tr("Could not create the devnet's IPFS repository (\"jsipfs init\" exited with "
                           "code %1): %2")
                            .arg(code)
                            .arg(output));
                }
                if (!QDir().rename(scratch, target))
                    return fail(tr("Could not move the new IPFS repository into %1.").arg(target));
                launch();
            });
    connect(init, &QProcess::errorOccurred, this, [this, init, generation](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && generation == m_generation)
            fail(tr("Could not run Node.js (%1): %2").arg(m_tools.node, init->errorString()));
    });
    init->start(m_tools.node, {m_tools.ipfsCli, QStringLiteral("init"), QStringLiteral("--profile"),
                               QStringLiteral("test")});
}

Status Devnet::prepareAnvilState()
{
    const QString state = anvilStatePath(m_options.dir);
    const QString backup = anvilBackupPath(m_options.dir);
    if (!QFile::exists(state) || isJsonFile(state))
        return success();
    // anvil was killed while writing its state. Keep the damaged file for inspection and go on
    // from the copy taken at the last successful start.
    const QString kept = state + QStringLiteral(".damaged-") +
                         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss"));
    QFile::rename(state, kept);
    if (isJsonFile(backup) && QFile::copy(backup, state)) {
        emit progress(tr("The chain state file was damaged; restored the copy from the last start. The "
                         "damaged file is kept as %1.")
                          .arg(kept));
        return success();
    }
    return Status::failure(tr("The chain state file was damaged and there is no usable backup. It was "
                              "moved to %1; starting again begins a new, empty chain.")
                               .arg(kept));
}

void Devnet::launch()
{
    Result<QList<quint16>> ports = pickFreeLoopbackPorts(4);
    if (!ports)
        return fail(ports.error());
    const quint16 chainPort = ports.value()[0];
    const IpfsRepo::Ports ipfsPorts{ports.value()[1], ports.value()[2], ports.value()[3]};
    const IpfsRepo repo(ipfsRepoPath(m_options.dir));
    if (Status configured = repo.configure(ipfsPorts); !configured)
        return fail(configured.error());
    if (Status prepared = prepareAnvilState(); !prepared)
        return fail(prepared.error());
    QDir(anvilCachePath(m_options.dir)).removeRecursively(); // a previous anvil's, killed or not

    m_endpoints.chainId = m_options.chainId;
    m_endpoints.chainRpc = loopbackUrl(chainPort);
    m_endpoints.ipfsApi = loopbackUrl(ipfsPorts.api);
    m_endpoints.gateways = {loopbackUrl(ipfsPorts.gateway)};

    DevnetNode::Spec anvil;
    anvil.displayName = tr("The chain node (anvil)");
    anvil.program = m_tools.anvil;
    anvil.arguments = {
        QStringLiteral("--host"),   QStringLiteral("127.0.0.1"),    QStringLiteral("--port"),
        QString::number(chainPort), QStringLiteral("--chain-id"),   QString::number(m_options.chainId),
        QStringLiteral("--state"),  anvilStatePath(m_options.dir),  QStringLiteral("--state-interval"),
        QStringLiteral("30"),       QStringLiteral("--cache-path"), anvilCachePath(m_options.dir)};
    if (m_options.blockTimeSeconds > 0)
        anvil.arguments << QStringLiteral("--block-time") << QString::number(m_options.blockTimeSeconds);
    anvil.logPath = logDir() + QStringLiteral("/anvil.log");

    DevnetNode::Spec ipfs;
    ipfs.displayName = tr("The IPFS node (js-ipfs)");
    ipfs.program = m_tools.node;
    ipfs.arguments = {m_tools.ipfsCli, QStringLiteral("daemon"), QStringLiteral("--offline"),
                      QStringLiteral("--enable-preload=false")};
    ipfs.environment.insert(QStringLiteral("IPFS_PATH"), repo.dir());
    ipfs.environment.insert(QStringLiteral("NO_UPDATE_NOTIFIER"), QStringLiteral("1"));
    ipfs.logPath = logDir() + QStringLiteral("/ipfs.log");

    m_anvil = std::make_unique<DevnetNode>(anvil);
    m_ipfs = std::make_unique<DevnetNode>(ipfs);
    // Queued: fail() destroys the node, which must not happen inside the node's own signal.
    for (DevnetNode* node : {m_anvil.get(), m_ipfs.get()})
        connect(node, &DevnetNode::exitedUnexpectedly, this, &Devnet::fail, Qt::QueuedConnection);

    emit progress(tr("Starting the chain node and the IPFS node…"));
    m_anvil->start();
    m_ipfs->start();

    // Record the processes at once: if we crash before they answer, the next start finds them.
    DevnetState record;
    record.ownerPid = QCoreApplication::applicationPid();
    record.ownerExecutable = QCoreApplication::applicationFilePath();
    record.anvilPid = m_launchedAnvilPid = m_anvil->pid();
    record.ipfsPid = m_ipfs->pid();
    record.endpoints = m_endpoints;
    record.startedAt = QDateTime::currentDateTimeUtc();
    if (Status written = record.write(m_options.dir); !written)
        return fail(written.error());

    watchUntilReady();
}

void Devnet::watchUntilReady()
{
    m_lastProbeError.clear();
    m_deadline.start(m_options.startTimeout);
    m_readiness.watch(m_endpoints);
}

void Devnet::onReadinessProbe()
{
    if (!m_deadline.isActive())
        return; // not waiting (any more)
    const IpfsStatus& ipfs = m_readiness.ipfs();
    const ChainStatus& chain = m_readiness.chain();
    for (const QString& error : {ipfs.error, chain.error}) {
        if (!error.isEmpty())
            m_lastProbeError = error;
    }
    if (chain.reachable && !m_attached && chain.chainId != m_options.chainId)
        return fail(tr("The chain node at %1 reports chain id %2, not the devnet's %3.")
                        .arg(m_endpoints.chainRpc.toString())
                        .arg(chain.chainId)
                        .arg(m_options.chainId));
    if (ipfs.reachable && chain.reachable)
        becomeReady();
}

void Devnet::becomeReady()
{
    m_deadline.stop();
    m_readiness.watch({});
    if (m_attached) // its owner deployed the registry and wrote the address into devnet.json
        return finishReady();
    emit progress(tr("Checking the registry contract on the devnet chain…"));
    const quint64 generation = m_generation;
    registryOnChain().ensure([this, generation](Result<DevnetRegistry::Deployment> deployment) {
        if (generation != m_generation)
            return;
        if (!deployment)
            return fail(deployment.error());
        m_endpoints.registryAddress = ethereum::checksummed(deployment->address);
        m_endpoints.registryFromBlock = deployment->block;
        if (deployment->deployedNow)
            emit progress(tr("Deployed the registry contract at %1.").arg(m_endpoints.registryAddress));
        finishReady();
    });
}

void Devnet::finishReady()
{
    if (!m_attached) {
        Result<DevnetState> record = DevnetState::read(m_options.dir);
        if (record) {
            DevnetState ready = record.value();
            ready.ready = true;
            ready.endpoints = m_endpoints;
            if (Status written = ready.write(m_options.dir); !written)
                emit progress(written.error());
        }
        // The state anvil just loaded is good: keep it as the copy to fall back on.
        if (QFile::exists(anvilStatePath(m_options.dir))) {
            QFile::remove(anvilBackupPath(m_options.dir));
            QFile::copy(anvilStatePath(m_options.dir), anvilBackupPath(m_options.dir));
        }
    }
    emit progress(tr("The devnet is ready: chain at %1, IPFS API at %2.")
                      .arg(m_endpoints.chainRpc.toString(), m_endpoints.ipfsApi.toString()));
    setState(m_attached ? State::Attached : State::Running);
}

void Devnet::fundAccounts(const QList<QByteArray>& addresses, std::function<void(Status)> done)
{
    if (!isUsable())
        return done(Status::failure(tr("The devnet is not running.")));
    registryOnChain().fund(addresses, std::move(done));
}

DevnetRegistry& Devnet::registryOnChain()
{
    if (!m_registry) // per start: the chain's address changes with it
        m_registry = std::make_unique<DevnetRegistry>(m_endpoints.chainRpc, m_options.dir);
    return *m_registry;
}

void Devnet::stopOwnedNodes()
{
    ++m_generation;
    if (m_initProcess) {
        m_initProcess->kill();
        m_initProcess->waitForFinished(3000);
    }
    // IPFS first: the chain node's state write on SIGTERM is the part that must not be cut short.
    if (m_ipfs)
        m_ipfs->stop(kStopGrace);
    if (m_anvil) {
        m_anvil->stop(kStopGrace);
        QDir(anvilCachePath(m_options.dir)).removeRecursively();
    }
    m_ipfs.reset();
    m_anvil.reset();
    // Remove the record only while it still describes our nodes: after a crash-cleanup by another
    // instance, devnet.json belongs to the devnet that replaced ours.
    Result<DevnetState> record = DevnetState::read(m_options.dir);
    if (m_launchedAnvilPid != 0 && record && record->ownerPid == QCoreApplication::applicationPid() &&
        record->anvilPid == m_launchedAnvilPid)
        DevnetState::remove(m_options.dir);
    m_launchedAnvilPid = 0;
}

void Devnet::stop()
{
    m_deadline.stop();
    m_readiness.watch({});
    stopOwnedNodes();
    m_attached = false;
    if (m_state != State::Failed)
        setState(State::Stopped);
}

Result<QString> Devnet::stopRecorded(const QString& dir)
{
    Result<DevnetState> recorded = DevnetState::read(dir);
    if (!recorded)
        return tr("No devnet is running from %1.").arg(dir);
    QStringList stopped;
    if (recorded->ownerAlive() && recorded->ownerPid != QCoreApplication::applicationPid()) {
        // The owner stops its nodes itself on SIGTERM (and the kernel sends them SIGTERM when it exits).
        if (!process::stop(recorded->ownerPid, std::chrono::seconds(25)))
            return Result<QString>::failure(
                tr("Process %1, which runs the devnet, did not stop.").arg(recorded->ownerPid));
        stopped << QString::number(recorded->ownerPid);
    }
    // Whatever is left is stopped only if it is still our anvil or our js-ipfs, not a recycled pid.
    if (process::matches(recorded->anvilPid, anvilIdentity(dir)) &&
        process::stop(recorded->anvilPid, kStopGrace))
        stopped << QString::number(recorded->anvilPid);
    if (isDevnetIpfs(recorded->ipfsPid) && process::stop(recorded->ipfsPid, kStopGrace))
        stopped << QString::number(recorded->ipfsPid);
    DevnetState::remove(dir);
    IpfsRepo(ipfsRepoPath(dir)).removeStaleLock();
    QDir(anvilCachePath(dir)).removeRecursively();
    return stopped.isEmpty() ? tr("The recorded devnet was no longer running.")
                             : tr("Stopped the devnet (pid %1).").arg(stopped.join(QStringLiteral(", ")));
}

} // namespace modreg
