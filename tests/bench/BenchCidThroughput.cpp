// CID computation throughput of one file (1 GiB unless told otherwise), in the same run, against
// `openssl dgst -sha256` (the limit: hashing must touch every byte), `sha256sum` and js-ipfs
// `add --only-hash`. Usage: BenchCidThroughput [MiB] [path to the js-ipfs cli.js]. Prints figures;
// not a pass/fail test. The file's page cache is warmed by a first read so every tool reads from memory.
#include "ipfs/UnixfsImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace modreg;

namespace {
double runTool(const QString& program, const QStringList& args,
               const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return t.nsecsElapsed() / 1e9;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1024;
    const QString jsIpfs = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.bin"));
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1 << 20, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (qint64 i = 0; i < mib; ++i) {
            rng.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            f.write(block);
        }
    }
    runTool(QStringLiteral("cat"), {path}); // warm the page cache

    const double openssl =
        runTool(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha256"), path});
    const double sha256sum = runTool(QStringLiteral("sha256sum"), {path});
    double ours[2] = {0, 0};
    QString cids[2];
    for (int version : {0, 1}) {
        QElapsedTimer t;
        t.start();
        const auto node = UnixfsImporter(UnixfsImporter::Options::forVersion(version)).addPath(path);
        ours[version] = t.nsecsElapsed() / 1e9;
        cids[version] = node ? node->cid.toString() : node.error();
    }
    double js = -1;
    if (!jsIpfs.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IPFS_PATH"), dir.filePath(QStringLiteral("jsrepo")));
        env.insert(QStringLiteral("NO_UPDATE_NOTIFIER"), QStringLiteral("1"));
        runTool(QStringLiteral("node"),
                {jsIpfs, QStringLiteral("init"), QStringLiteral("--profile"), QStringLiteral("test")}, env);
        js = runTool(QStringLiteral("node"),
                     {jsIpfs, QStringLiteral("add"), QStringLiteral("--only-hash"), QStringLiteral("-Q"),
                      QStringLiteral("--cid-version"), QStringLiteral("1"), path},
                     env);
    }
    std::printf("file: %lld MiB\n", static_cast<long long>(mib));
    std::printf("openssl dgst -sha256:          %6.2f s\n", openssl);
    std::printf("sha256sum:                     %6.2f s\n", sha256sum);
    std::printf("modreg importer, CIDv0:        %6.2f s  %s\n", ours[0], qPrintable(cids[0]));
    std::printf("modreg importer, CIDv1 raw:    %6.2f s  %s\n", ours[1], qPrintable(cids[1]));
    if (js > 0)
        std::printf("js-ipfs add --only-hash (v1):  %6.2f s\n", js);
    std::printf("ratio openssl/modreg (goal >= 0.80): v0 %.2f, v1 %.2f\n", openssl / ours[0],
                openssl / ours[1]);
    std::printf("ratio sha256sum/modreg: v1 %.2f", sha256sum / ours[1]);
    if (js > 0)
        std::printf(";  js-ipfs/modreg: v1 %.2f", js / ours[1]);
    std::printf("\n");
    return 0;
}
