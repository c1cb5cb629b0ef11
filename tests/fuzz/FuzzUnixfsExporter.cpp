// The UnixFS exporter over a hostile DAG held in memory, writing into a temporary folder with
// limits: whatever the blocks say (wide folders, deep trees, files larger than they declare, names
// that climb out of the folder, identity CIDs), the export ends within its limits, and leaves either
// nothing or the whole result where it was asked to go.
//
// Input: one flags byte, then blocks, each as varint(length) and bytes; the first is the root. The
// fuzzer cannot make hashes match, so links are rewired before the export: a link's target is the
// block whose index its digest's first byte picks among the later blocks (so the DAG has no cycle),
// and its CID becomes that block's real one, in the codec the link names. Identity CIDs are kept.
#include "FuzzSupport.h"
#include "ipfs/BlockSource.h"
#include "ipfs/DagPb.h"
#include "ipfs/ExportTarget.h"
#include "ipfs/UnixfsExporter.h"
#include "ipfs/Varint.h"

#include <QDir>
#include <QHash>
#include <QTemporaryDir>

using namespace modreg;

namespace {
constexpr int kMaxBlocks = 64;

class MemorySource : public BlockSource
{
public:
    QHash<QByteArray, QByteArray> blocks; // multihash → block
    void get(const Cid& cid, std::function<void(Result<QByteArray>)> done) override
    {
        const auto it = blocks.constFind(cid.multihash());
        if (it == blocks.cend())
            return done(Result<QByteArray>::failure(QStringLiteral("no such block")));
        done(*it);
    }
};

QList<QByteArray> splitBlocks(const QByteArray& input, qsizetype pos)
{
    QList<QByteArray> blocks;
    while (pos < input.size() && blocks.size() < kMaxBlocks) {
        const std::optional<quint64> length = varint::decode(input, pos);
        if (!length || *length > static_cast<quint64>(input.size() - pos))
            break;
        blocks << input.mid(pos, static_cast<qsizetype>(*length));
        pos += static_cast<qsizetype>(*length);
    }
    return blocks;
}

// Points every link at a later block, by its real CID.
void rewire(QList<QByteArray>& blocks)
{
    for (qsizetype i = blocks.size() - 1; i >= 0; --i) {
        if (Result<dagpb::Node> decoded = dagpb::decodeNode(blocks[i])) {
            dagpb::Node node = std::move(decoded).value();
            const qsizetype later = blocks.size() - i - 1;
            for (dagpb::Link& link : node.links) {
                if (link.cid.hash() == Cid::Hash::Identity || later == 0 || link.cid.digest().isEmpty())
                    continue;
                const qsizetype target = i + 1 + static_cast<quint8>(link.cid.digest()[0]) % later;
                link.cid = Cid::forBlock(link.cid.codec(), blocks[target]);
            }
            blocks[i] = dagpb::encodeNode(node.links, node.data);
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::ensureApplication();
    if (size < 1)
        return 0;
    const quint8 flags = data[0];
    QList<QByteArray> blocks = splitBlocks(fuzz::bytes(data, size), 1);
    if (blocks.isEmpty())
        return 0;
    rewire(blocks);
    MemorySource source;
    for (const QByteArray& block : blocks)
        source.blocks.insert(Cid::forBlock(Cid::Codec::Raw, block).multihash(), block);
    const Cid root = Cid::forBlock(flags & 1 ? Cid::Codec::Raw : Cid::Codec::DagPb, blocks.first());

    // A path inside the root: the name of its first link, if asked for and there is one.
    QStringList path;
    if (flags & 2)
        if (const Result<dagpb::Node> node = dagpb::decodeNode(blocks.first()); node && !node->links.isEmpty())
            path << node->links.first().name;

    UnixfsExporter::Limits limits;
    limits.maxBytes = 1 << 20;
    limits.maxDepth = 32;
    limits.maxWaiting = 4096;
    const QTemporaryDir folder;
    const QString destination = folder.path() + QStringLiteral("/out");
    std::optional<Status> outcome;
    {
        DiskExport target(destination);
        UnixfsExporter exporter(source, target, limits);
        qint64 lastWritten = 0;
        QObject::connect(&exporter, &UnixfsExporter::progress, [&](qint64 written, qint64) {
            fuzz::expect(written >= lastWritten, "progress never goes back");
            lastWritten = written;
        });
        exporter.run(root, path, [&](Status s) { outcome = s; });
        fuzz::runUntil([&] { return outcome.has_value(); });
        qsizetype largest = 0;
        for (const QByteArray& block : blocks)
            largest = std::max(largest, block.size());
        // The block that crosses the limit is the last one fetched.
        fuzz::expect(exporter.bytesFetched() <= limits.maxBytes + largest, "it stops at the limit");
        if (*outcome)
            outcome = target.commit();
    }
    if (qEnvironmentVariableIsSet("FUZZ_VERBOSE")) // to see what a seed does: FUZZ_VERBOSE=1 FuzzUnixfsExporter FILE
        std::fprintf(stderr, "export: %s\n", *outcome ? "complete" : qPrintable(outcome->error()));
    // Nothing half-written: the folder holds the whole result, or nothing at all.
    const QStringList left = QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    if (*outcome)
        fuzz::expect(left == QStringList{QStringLiteral("out")}, "a finished export is exactly the result");
    else
        fuzz::expect(left.isEmpty(), "a failed export leaves nothing behind");
    return 0;
}
