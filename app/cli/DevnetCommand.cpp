#include "cli/Commands.h"

#include "BuildInfo.h"
#include "cli/Console.h"
#include "devnet/Devnet.h"
#include "devnet/DevnetState.h"
#include "devnet/ProcessControl.h"
#include "status/NodeStatusMonitor.h"
#include "settings/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QTimer>

namespace modreg::cli {

namespace {

// The translation context for this file's free functions.
class DevnetText
{
    Q_DECLARE_TR_FUNCTIONS(modreg::cli::DevnetCommand)
};

QJsonObject endpointsJson(const Endpoints& e)
{
    QJsonArray gateways;
    for (const QUrl& g : e.gateways)
        gateways << g.toString();
    return {{QStringLiteral("chainRpc"), e.chainRpc.toString()},
            {QStringLiteral("ipfsApi"), e.ipfsApi.toString()},
            {QStringLiteral("gateways"), gateways}};
}

void printEndpoints(const Endpoints& e, bool json, qint64 ownerPid)
{
    if (json) {
        QJsonObject o = endpointsJson(e);
        o[QStringLiteral("ownerPid")] = ownerPid;
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return;
    }
    out(DevnetText::tr("Chain RPC:   %1").arg(e.chainRpc.toString()));
    out(DevnetText::tr("IPFS API:    %1").arg(e.ipfsApi.toString()));
    if (!e.gateways.isEmpty())
        out(DevnetText::tr("IPFS gateway: %1").arg(e.gateways.first().toString()));
}

Devnet::Options devnetOptions(int blockTimeSeconds)
{
    Devnet::Options options{AppPaths::devnetDir(), QString::fromUtf8(build::devnetToolsDir)};
    options.blockTimeSeconds = blockTimeSeconds;
    return options;
}

// Runs the devnet in this process until SIGINT/SIGTERM.
int up(bool json, int blockTimeSeconds)
{
    Devnet devnet(devnetOptions(blockTimeSeconds));
    int exitCode = 0;
    QObject::connect(&devnet, &Devnet::progress, [json](const QString& message) {
        if (!json)
            err(message);
    });
    QObject::connect(&devnet, &Devnet::stateChanged, [&](Devnet::State state) {
        if (state == Devnet::State::Failed) {
            err(devnet.errorString());
            exitCode = 1;
            QCoreApplication::quit();
        } else if (state == Devnet::State::Attached) {
            if (!json)
                out(DevnetText::tr("A devnet is already running; not starting a second one."));
            printEndpoints(devnet.endpoints(), json,
                           DevnetState::read(devnet.options().dir).value().ownerPid);
            QCoreApplication::quit();
        } else if (state == Devnet::State::Running) {
            printEndpoints(devnet.endpoints(), json, QCoreApplication::applicationPid());
            if (!json)
                err(DevnetText::tr("Press Ctrl+C to stop the devnet."));
        }
    });
    QTimer::singleShot(0, &devnet, &Devnet::start);
    QCoreApplication::exec();
    devnet.stop();
    return exitCode;
}

// Starts `modreg devnet up` in the background and waits until it reports the devnet ready.
int upDetached(bool json, int blockTimeSeconds)
{
    const QString dir = AppPaths::devnetDir();
    if (Result<DevnetState> existing = DevnetState::read(dir); existing && existing->isRunning()) {
        if (!json)
            out(DevnetText::tr("A devnet is already running (pid %1).").arg(existing->ownerPid));
        printEndpoints(existing->endpoints, json, existing->ownerPid);
        return 0;
    }
    QDir().mkpath(dir + QStringLiteral("/logs"));
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QStringLiteral("devnet"), QStringLiteral("up")});
    if (blockTimeSeconds > 0)
        child.setArguments(child.arguments() << QStringLiteral("--block-time") << QString::number(blockTimeSeconds));
    child.setStandardOutputFile(dir + QStringLiteral("/logs/devnet-up.log"));
    child.setStandardErrorFile(dir + QStringLiteral("/logs/devnet-up.log"), QIODevice::Append);
    child.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!child.startDetached(&pid)) {
        err(DevnetText::tr("Could not start %1 in the background.").arg(child.program()));
        return 1;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 120000) {
        Result<DevnetState> state = DevnetState::read(dir);
        if (state && state->ready && state->ownerPid == pid) {
            if (!json)
                out(DevnetText::tr(
                        "The devnet runs in the background (pid %1). Stop it with: modreg devnet down")
                        .arg(pid));
            printEndpoints(state->endpoints, json, pid);
            return 0;
        }
        if (!process::isAlive(pid) && waited.elapsed() > 500) {
            QFile log(dir + QStringLiteral("/logs/devnet-up.log"));
            const QString said =
                log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()).trimmed() : QString();
            err(DevnetText::tr("The devnet did not start:\n%1").arg(said));
            return 1;
        }
        QThread::msleep(200);
    }
    err(DevnetText::tr("The devnet did not become ready within 120 s. See %1.")
            .arg(dir + QStringLiteral("/logs")));
    return 1;
}

int down()
{
    Result<QString> stopped = Devnet::stopRecorded(AppPaths::devnetDir());
    if (!stopped) {
        err(stopped.error());
        return 1;
    }
    out(stopped.value());
    return 0;
}

int status(bool json)
{
    Result<DevnetState> state = DevnetState::read(AppPaths::devnetDir());
    if (!state || !state->ownerAlive()) {
        if (json)
            out(QStringLiteral("{\"running\":false}"));
        else
            out(DevnetText::tr("No devnet is running."));
        return 3;
    }
    NodeStatusMonitor monitor;
    bool ipfsDone = false;
    bool chainDone = false;
    QEventLoop loop;
    QObject::connect(&monitor, &NodeStatusMonitor::ipfsStatusChanged, &loop, [&] {
        ipfsDone = true;
        if (chainDone)
            loop.quit();
    });
    QObject::connect(&monitor, &NodeStatusMonitor::chainStatusChanged, &loop, [&] {
        chainDone = true;
        if (ipfsDone)
            loop.quit();
    });
    monitor.watch(state->endpoints);
    loop.exec();
    const IpfsStatus& ipfs = monitor.ipfs();
    const ChainStatus& chain = monitor.chain();
    if (json) {
        QJsonObject o = endpointsJson(state->endpoints);
        o[QStringLiteral("running")] = true;
        o[QStringLiteral("ready")] = state->ready;
        o[QStringLiteral("ownerPid")] = state->ownerPid;
        o[QStringLiteral("ipfs")] = QJsonObject{{QStringLiteral("answers"), ipfs.reachable},
                                                {QStringLiteral("peerId"), ipfs.peerId},
                                                {QStringLiteral("repoSize"), ipfs.repoSizeBytes},
                                                {QStringLiteral("error"), ipfs.error}};
        o[QStringLiteral("chain")] =
            QJsonObject{{QStringLiteral("answers"), chain.reachable},
                        {QStringLiteral("chainId"), static_cast<qint64>(chain.chainId)},
                        {QStringLiteral("blockNumber"), static_cast<qint64>(chain.blockNumber)},
                        {QStringLiteral("error"), chain.error}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        out(DevnetText::tr("Devnet run by pid %1, data in %2")
                .arg(state->ownerPid)
                .arg(AppPaths::devnetDir()));
        printEndpoints(state->endpoints, false, state->ownerPid);
        out(ipfs.reachable ? DevnetText::tr("IPFS node:   answers, peer %1, repository %2 bytes")
                                 .arg(ipfs.peerId)
                                 .arg(ipfs.repoSizeBytes)
                           : DevnetText::tr("IPFS node:   not answering: %1").arg(ipfs.error));
        out(chain.reachable ? DevnetText::tr("Chain node:  answers, chain id %1, block %2")
                                  .arg(chain.chainId)
                                  .arg(chain.blockNumber)
                            : DevnetText::tr("Chain node:  not answering: %1").arg(chain.error));
    }
    return ipfs.reachable && chain.reachable ? 0 : 1;
}

} // namespace

QList<Command> devnetCommands()
{
    static const QCommandLineOption detach{QStringLiteral("detach"),
                                           DevnetText::tr("Run in the background and return once ready.")};
    static const QCommandLineOption blockTime{
        QStringLiteral("block-time"),
        DevnetText::tr("Make a block every SECONDS, as a real chain does, instead of one for each "
                       "transaction at once."),
        QStringLiteral("seconds")};
    Command up;
    up.name = QStringLiteral("devnet up");
    up.summary = DevnetText::tr("Start the local devnet: a chain node (anvil) and an IPFS node (js-ipfs).");
    up.description = DevnetText::tr("Both listen on 127.0.0.1; their data is in %1. Without --detach it runs "
                                    "until interrupted (Ctrl+C).")
                         .arg(AppPaths::devnetDir());
    up.shared = Command::Json;
    up.options = {detach, blockTime};
    up.run = [](const Invocation& call) {
        bool ok = true;
        const int seconds = call.isSet(blockTime) ? call.value(blockTime).toInt(&ok) : 0;
        if (!ok || seconds < 0 || seconds > 3600)
            return err(DevnetText::tr("--block-time takes a number of seconds from 1 to 3600.")), 2;
        return call.isSet(detach) ? upDetached(call.json(), seconds) : cli::up(call.json(), seconds);
    };

    Command stop;
    stop.name = QStringLiteral("devnet down");
    stop.summary = DevnetText::tr("Stop the devnet this machine runs.");
    stop.run = [](const Invocation&) { return down(); };

    Command show;
    show.name = QStringLiteral("devnet status");
    show.summary = DevnetText::tr("Whether the devnet runs and its nodes answer (exit code 3: not running).");
    show.shared = Command::Json;
    show.run = [](const Invocation& call) { return status(call.json()); };
    return {up, stop, show};
}

} // namespace modreg::cli
