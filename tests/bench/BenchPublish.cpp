// Publishing a folder on the devnet, from "Publish" to the receipt, for 1 MiB and 100 MiB folders,
// against what the parts cost alone in the same run: `sha256sum` over the same bytes (the local CID
// computation reads and hashes every byte once), and `curl` posting a same-sized folder of other
// random bytes to the same js-ipfs node's /api/v0/add (the upload the node must take anyway).
// Usage: BenchPublish [MiB…] (default: 1 100). Figures, not a pass/fail test.
#include "BenchDevnet.h"
#include "chain/evm/EvmRegistry.h"
#include "crypto/Addresses.h"
#include "devnet/Devnet.h"
#include "ipfs/IpfsRpcClient.h"
#include "keys/KeyMaker.h"
#include "keys/Keystore.h"
#include "registry/Publisher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace modreg;

namespace {
// Four files of equal size (random bytes, so nothing deduplicates) and a small source file.
QStringList makeFolder(const QString& dir, qint64 mib)
{
    QDir().mkpath(dir + QStringLiteral("/src"));
    QStringList files;
    const qint64 each = mib * 1024 * 1024 / 4;
    QByteArray chunk(1 << 20, '\0');
    for (int f = 0; f < 4; ++f) {
        const QString path = dir + QStringLiteral("/part-%1.bin").arg(f);
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        for (qint64 written = 0; written < each; written += chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
            out.write(chunk.constData(), std::min<qint64>(chunk.size(), each - written));
        }
        files << path;
    }
    QFile src(dir + QStringLiteral("/src/main.py"));
    src.open(QIODevice::WriteOnly);
    src.write("print('bench')\n");
    files << src.fileName();
    return files;
}

double runSeconds(const QString& program, const QStringList& args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes;
    for (int i = 1; i < argc; ++i)
        sizes << QByteArray(argv[i]).toLongLong();
    if (sizes.isEmpty())
        sizes = {1, 100};
    QTemporaryDir dir;
    qputenv("MODREG_DATA_DIR", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    const std::unique_ptr<Devnet> started = startBenchDevnet(dir.filePath(QStringLiteral("devnet")));
    if (!started)
        return 1;
    Devnet& devnet = *started;
    QEventLoop wait;
    const Endpoints endpoints = devnet.endpoints();
    Keystore keystore(dir.filePath(QStringLiteral("keystore.mrks")));
    keystore.create(SecureBytes::fromQByteArray("bench"), KdfLimits::forTestsOnly());
    NewKey account = KeyMaker::random(KeyType::Secp256k1, QStringLiteral("payer"));
    const KeyInfo payer = keystore.add(account.info, std::move(account.secret)).value();
    bool funded = false;
    devnet.fundAccounts({ethereum::addressOf(payer.publicKey)}, [&](Status) {
        funded = true;
        wait.quit();
    });
    while (!funded)
        wait.exec();

    IpfsRpcClient ipfs(endpoints.ipfsApi);
    ipfs.setTimeout(std::chrono::minutes(10));
    evm::JsonRpcClient chain(endpoints.chainRpc);
    evm::EvmRegistry registry(chain, keystore, {ethereum::decode(endpoints.registryAddress).value()});
    Publisher publisher(keystore, ipfs, registry, dir.filePath(QStringLiteral("journal")));

    std::printf("%-8s %12s %10s %12s %10s %14s %10s\n", "size", "publish s", "MiB/s", "sha256sum s", "ratio",
                "curl add s", "ratio");
    for (qint64 mib : sizes) {
        const QString folder = dir.filePath(QStringLiteral("module-%1").arg(mib));
        const QStringList files = makeFolder(folder, mib);
        NewKey moduleKey = KeyMaker::random(KeyType::Ed25519, QStringLiteral("module %1").arg(mib));
        const KeyInfo module = keystore.add(moduleKey.info, std::move(moduleKey.secret)).value();
        Publisher::Request request;
        request.contentPath = folder;
        request.draft.name = QStringLiteral("bench-%1mib").arg(mib);
        request.draft.version = QStringLiteral("1.0.0");
        request.draft.author = QStringLiteral("BenchPublish");
        request.moduleKeyId = module.id;
        request.accountKeyId = payer.id;

        QString failure;
        bool finished = false;
        QObject ctx;
        QObject::connect(&publisher, &Publisher::finished, &ctx, [&](const Publisher::Outcome&) {
            finished = true;
            wait.quit();
        });
        QObject::connect(&publisher, &Publisher::failed, &ctx, [&](Publisher::Step, const QString& why) {
            failure = why;
            wait.quit();
        });
        QElapsedTimer clock;
        clock.start();
        publisher.publish(request);
        while (!finished && failure.isEmpty())
            wait.exec();
        const double publishSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        if (!failure.isEmpty()) {
            std::fprintf(stderr, "publish failed: %s\n", qPrintable(failure));
            return 1;
        }

        const double shaSeconds = runSeconds(QStringLiteral("sha256sum"), files);
        // The reference upload: a folder of the same shape and size, other random bytes.
        const QString other = dir.filePath(QStringLiteral("reference-%1").arg(mib));
        const QStringList otherFiles = makeFolder(other, mib);
        QStringList curlArgs{QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                             QStringLiteral("-X"), QStringLiteral("POST")};
        for (const QString& f : otherFiles)
            curlArgs << QStringLiteral("-F")
                     << QStringLiteral("file=@%1;filename=%2").arg(f, QDir(dir.path()).relativeFilePath(f));
        curlArgs << endpoints.ipfsApi.toString() +
                        QStringLiteral("/api/v0/add?cid-version=1&raw-leaves=true&pin=true");
        const double curlSeconds = runSeconds(QStringLiteral("curl"), curlArgs);

        std::printf("%-8s %12.3f %10.1f %12.3f %10.1f %14.3f %10.2f\n",
                    qPrintable(QStringLiteral("%1 MiB").arg(mib)), publishSeconds,
                    static_cast<double>(mib) / publishSeconds, shaSeconds, publishSeconds / shaSeconds,
                    curlSeconds, publishSeconds / curlSeconds);
        std::fflush(stdout);
    }
    devnet.stop();
    return 0;
}
