// Registering modules on the devnet's anvil, through EvmRegistry (sign, estimate, fees, send, wait
// for the receipt), against ethers doing the same in the same run (tests/reference/
// registerWithEthers.mjs). Each side registers N modules from one key, one after another, each
// waited for until mined; then Modreg again with 16 registrations in flight at once.
// Prints transactions per second and client CPU time per transaction (the client process only:
// getrusage for Modreg, process.cpuUsage for node; anvil runs in its own process).
// Usage: BenchRegistryThroughput [N=1000]. Figures, not a pass/fail test.
#include "BenchDevnet.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "devnet/Devnet.h"
#include "keys/KeyMaker.h"
#include "keys/Keystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

using namespace modreg;

namespace {
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QByteArray keyNumber(int prefix, int i)
{
    QByteArray key(32, '\0');
    key[0] = static_cast<char>(prefix);
    key[30] = static_cast<char>(i >> 8);
    key[31] = static_cast<char>(i);
    return key;
}

struct Figures
{
    double seconds = 0;
    double cpuMs = 0;
    int failures = 0;
};

// Registers n modules with at most `inFlight` outstanding at a time.
Figures registerAll(Registry& registry, const QString& account, int prefix, int n, int inFlight)
{
    const QString cid = QStringLiteral("bafkreiey5jxe6ilpf62lnh77tm5ejbbmhbugzjuf6p2v3remlu73ced34q");
    Figures f;
    QEventLoop loop;
    int next = 0, done = 0;
    std::function<void()> startOne = [&] {
        const int i = next++;
        registry.registerModule(keyNumber(prefix, i), cid, account, [&](Result<RegistryReceipt> r) {
            if (!r && f.failures++ == 0)
                std::fprintf(stderr, "first failure: %s\n", qPrintable(r.error()));
            if (++done == n)
                return loop.quit();
            if (next < n)
                startOne();
        });
    };
    const double cpu0 = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    for (int k = 0; k < std::min(inFlight, n); ++k)
        startOne();
    loop.exec();
    f.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    f.cpuMs = (cpuSeconds() - cpu0) * 1000;
    return f;
}

void print(const char* who, const Figures& f, int n)
{
    std::printf("%-34s %8.1f tx/s   %7.3f ms CPU/tx   (%.2f s, %d failed)\n", who, n / f.seconds, f.cpuMs / n,
                f.seconds, f.failures);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    const std::unique_ptr<Devnet> started = startBenchDevnet(dir.filePath(QStringLiteral("devnet")));
    if (!started)
        return 1;
    Devnet& devnet = *started;
    QEventLoop wait;
    Keystore keystore(dir.filePath(QStringLiteral("keystore.mrks")));
    keystore.create(SecureBytes::fromQByteArray("bench"), KdfLimits::forTestsOnly());
    NewKey made = KeyMaker::random(KeyType::Secp256k1, QStringLiteral("bench"));
    const QString account = keystore.add(made.info, std::move(made.secret)).value().id;
    devnet.fundAccounts({ethereum::addressOf(keystore.key(account)->publicKey)}, [&](Status s) {
        if (!s)
            std::fprintf(stderr, "funding: %s\n", qPrintable(s.error()));
        wait.quit();
    });
    wait.exec();

    evm::JsonRpcClient client(devnet.endpoints().chainRpc);
    evm::EvmRegistry::Options options;
    options.contract = ethereum::decode(devnet.endpoints().registryAddress).value();
    options.pollInterval = std::chrono::milliseconds(50);
    evm::EvmRegistry registry(client, keystore, options);

    std::printf("Registering %d modules on anvil (automine), each side from one key:\n", n);
    const Figures ours = registerAll(registry, account, 0xA1, n, 1);
    print("modreg EvmRegistry, one by one", ours, n);

    QProcess node;
    node.setWorkingDirectory(QStringLiteral(MODREG_SOURCE_DIR "/tests/reference"));
    node.start(QStringLiteral("node"),
               {QStringLiteral("registerWithEthers.mjs"), devnet.endpoints().chainRpc.toString(),
                devnet.endpoints().registryAddress, QString::number(n), QStringLiteral("b1")});
    node.waitForFinished(3600000);
    const QJsonObject ethers = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    if (ethers.isEmpty()) {
        std::fprintf(stderr, "ethers: %s\n", node.readAllStandardError().constData());
        return 1;
    }
    const Figures reference{ethers.value(QLatin1String("seconds")).toDouble(),
                            ethers.value(QLatin1String("cpuMs")).toDouble(), 0};
    print("ethers 6 Contract, one by one", reference, n);

    const Figures pipelined = registerAll(registry, account, 0xA2, n, 16);
    print("modreg EvmRegistry, 16 in flight", pipelined, n);

    std::printf("\nRatios (modreg one by one vs ethers one by one):\n");
    std::printf("  throughput  modreg/ethers = %.2f\n", reference.seconds / ours.seconds);
    std::printf("  CPU per tx  ethers/modreg = %.2f\n", reference.cpuMs / ours.cpuMs);
    std::printf("  16 in flight vs one by one (modreg) = %.2f x throughput\n",
                ours.seconds / pipelined.seconds);
    devnet.stop();
    return ours.failures + pipelined.failures == 0 ? 0 : 1;
}
