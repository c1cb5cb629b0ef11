// How long the window's thread stops during a sync: the Syncer on the main thread (as the app ran it
// until stop 16, and as the CLI runs it) against BackgroundSync (the app now), in the same run, on
// the same devnet registry. N modules (default 1,000) are published on the devnet with signed
// documents in IPFS; each side then syncs a copy of the same starting replica (empty, or the file
// given, e.g. one kept by `BenchSearch 300000 FILE`, without its events, so each write lands in a
// large replica) while
// a 5 ms timer on the main thread measures how late each tick comes, and the main thread does what
// the views do on each change (reads the counts). Prints the gaps (p50, p99, max, ticks over
// 50 ms) and the sync's duration, and their ratios.
// Usage: BenchSyncStall [N [REPLICA_TO_START_FROM]]. Figures, not a pass/fail test.
#include "BenchDevnet.h"
#include "TestKeys.h"
#include "WaitForCallback.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "ipfs/IpfsRpcClient.h"
#include "registry/BackgroundSync.h"
#include "metadata/MetadataSignature.h"
#include "store/ModuleStore.h"
#include "store/SqliteDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace modreg;

namespace {

struct Stalls
{
    double seconds = 0; // until every module was verified
    double p50 = 0, p99 = 0, max = 0;
    int over50 = 0;
};

// Runs the event loop until `done()` holds, ticking every 5 ms and recording how late each tick is.
Stalls measure(const std::function<bool()>& done)
{
    std::vector<double> late;
    QElapsedTimer clock, sinceTick;
    clock.start();
    sinceTick.start();
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        late.push_back(std::max(0.0, static_cast<double>(sinceTick.nsecsElapsed()) / 1e6 - 5.0));
        sinceTick.restart();
        if (done() || clock.elapsed() > 600000)
            loop.quit();
    });
    tick.start();
    loop.exec();
    Stalls s;
    s.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    std::sort(late.begin(), late.end());
    if (!late.empty()) {
        s.p50 = late[late.size() / 2];
        s.p99 = late[std::min(late.size() - 1, late.size() * 99 / 100)];
        s.max = late.back();
        s.over50 = static_cast<int>(std::count_if(late.begin(), late.end(), [](double d) { return d > 50; }));
    }
    return s;
}

void print(const char* who, const Stalls& s)
{
    std::printf("%-34s %8.1f s %9.1f %9.1f %9.1f %8d\n", who, s.seconds, s.p50, s.p99, s.max, s.over50);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const QString startFrom = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QTemporaryDir dir;
    const std::unique_ptr<Devnet> devnet = startBenchDevnet(dir.filePath(QStringLiteral("devnet")));
    if (!devnet)
        return 1;
    const Endpoints e = devnet->endpoints();
    const std::unique_ptr<Keystore> unlocked = newUnlockedKeystore(dir.path());
    Keystore& keystore = *unlocked;
    const QString account = addRandomKey(keystore, KeyType::Secp256k1, QStringLiteral("account"));
    const auto funded = waitForCallback<Status>([&](auto done) {
        devnet->fundAccounts({ethereum::addressOf(keystore.key(account)->publicKey)}, done);
    });
    if (!funded || !*funded) {
        std::fprintf(stderr, "funding: %s\n", funded ? qPrintable(funded->error()) : "no answer");
        return 1;
    }
    IpfsRpcClient ipfs(e.ipfsApi);
    evm::JsonRpcClient chain(e.chainRpc);
    evm::EvmRegistry::Options registryOptions;
    registryOptions.contract = ethereum::decode(e.registryAddress).value();
    evm::EvmRegistry registry(chain, keystore, registryOptions);

    // ---- N modules, each with its own key and a signed document in IPFS ----
    std::printf("publishing %d modules on the devnet...\n", n);
    std::fflush(stdout);
    IpfsAddOptions add;
    add.cidVersion = 1;
    int failures = 0;
    for (int i = 0; i < n; ++i) {
        const QString keyId = addRandomKey(keystore, KeyType::Ed25519, QStringLiteral("m%1").arg(i));
        ModuleMetadata m;
        m.name = QStringLiteral("stall-module-%1").arg(i);
        m.version = QStringLiteral("1.0.0");
        m.author = QStringLiteral("Bench Author");
        m.description = QStringLiteral("A module for measuring how long the window waits during a sync.");
        m.cid = QStringLiteral("bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q");
        m.entrypoint = QStringLiteral("main.py");
        m.tags = {QStringLiteral("bench")};
        m.created = QStringLiteral("2026-11-22T00:00:00Z");
        m.key = ModuleKey::of(ModuleKey::Type::Ed25519, keystore.key(keyId)->publicKey);
        const ModuleMetadata signedDoc = MetadataSignature::sign(m, keystore, keyId).value();
        const auto added = waitForCallback<Result<IpfsAdded>>([&](auto done) {
            ipfs.addBytes(QStringLiteral("metadata.json"), signedDoc.documentBytes(), add, done);
        });
        if (!added || !*added) {
            ++failures;
            continue;
        }
        const auto registered = waitForCallback<Result<RegistryReceipt>>([&](auto done) {
            registry.registerModule(m.key->bytes, added->value().root.toString(), account, done);
        });
        failures += registered && *registered ? 0 : 1;
    }
    if (failures > 0)
        std::fprintf(stderr, "%d of %d modules failed to publish\n", failures, n);

    // ---- the same sync twice, from copies of the same starting replica ----
    const auto freshReplica = [&](const char* name) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        if (!startFrom.isEmpty()) {
            QFile::copy(startFrom, path);
            // Its modules, documents and search index stay; its events go, as they name other
            // blocks of another registry (a replica is one registry's: history is keyed by block).
            (void)SqliteDatabase::open(path).value()->exec("DELETE FROM history; DELETE FROM checkpoint;");
        }
        return path;
    };
    VerifiedFetcher::Options sources;
    sources.rpcApi = e.ipfsApi;
    Syncer::Options syncOptions;
    syncOptions.fromBlock = e.registryFromBlock;
    const qint64 start = startFrom.isEmpty() ? 0 : ModuleStore::open(startFrom).value()->counts().verified;
    const qint64 target = start + (n - failures);
    std::printf(
        "\nsyncing %d modules into a replica of %lld (main thread ticks every 5 ms; lateness in ms):\n",
        n - failures, static_cast<long long>(start));
    std::printf("%-34s %10s %9s %9s %9s %8s\n", "", "sync", "p50", "p99", "max", ">50 ms");

    // Each side twice, alternating, so neither has the other's warm caches to itself.
    const auto onMainThread = [&] {
        auto store = ModuleStore::open(freshReplica("main-thread.sqlite")).value();
        Syncer syncer(*store, registry, sources, syncOptions);
        QObject::connect(&syncer, &Syncer::replicaChanged, [&] { (void)store->counts(); }); // as Browse does
        QObject::connect(&syncer, &Syncer::progressed, [](const Syncer::Progress& p) {
            std::fprintf(stderr, "\r  block %llu of %llu, %lld modules, %lld to fetch %s   ",
                         static_cast<unsigned long long>(p.syncedBlock),
                         static_cast<unsigned long long>(p.headBlock), static_cast<long long>(p.modules),
                         static_cast<long long>(p.pendingFetches), qPrintable(p.problem));
        });
        syncer.start();
        return measure([&] { return store->counts().verified >= target; });
    };
    const auto inBackground = [&] {
        const QString path = freshReplica("background.sqlite");
        auto reader = ModuleStore::open(path).value(); // the views' connection
        BackgroundSync::Setup setup;
        setup.replicaPath = path;
        setup.chainRpc = e.chainRpc;
        setup.registry = registryOptions;
        setup.sources = sources;
        setup.options = syncOptions;
        BackgroundSync sync(setup, keystore);
        QObject::connect(&sync, &BackgroundSync::replicaChanged, [&] { (void)reader->counts(); });
        return measure([&] { return reader->counts().verified >= target; });
    };
    std::vector<Stalls> main, aside;
    for (int round = 0; round < 2; ++round) {
        main.push_back(onMainThread());
        print("Syncer on the main thread", main.back());
        QFile::remove(dir.filePath(QStringLiteral("main-thread.sqlite")));
        aside.push_back(inBackground());
        print("BackgroundSync (the app)", aside.back());
        QFile::remove(dir.filePath(QStringLiteral("background.sqlite")));
    }
    const auto worst = [](const std::vector<Stalls>& v, double Stalls::*f) {
        double w = 0;
        for (const Stalls& s : v)
            w = std::max(w, s.*f);
        return w;
    };
    std::printf(
        "\nmain thread / BackgroundSync, worst of each: max stall %.1fx, p99 %.1fx; sync time %.2fx\n",
        worst(main, &Stalls::max) / std::max(worst(aside, &Stalls::max), 0.01),
        worst(main, &Stalls::p99) / std::max(worst(aside, &Stalls::p99), 0.01),
        worst(main, &Stalls::seconds) / worst(aside, &Stalls::seconds));
    devnet->stop();
    return 0;
}
