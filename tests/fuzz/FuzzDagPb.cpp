// dag-pb nodes and the UnixFS message inside them, from blocks anyone can serve (their hash is
// checked first, but anyone can make a block with a matching hash). Decoding is strict, so what
// decodes re-encodes to a node that decodes the same.
#include "FuzzSupport.h"
#include "ipfs/DagPb.h"

using namespace modreg;

namespace {
bool sameLinks(const QList<dagpb::Link>& a, const QList<dagpb::Link>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!(a[i].cid == b[i].cid) || a[i].name != b[i].name || a[i].tsize != b[i].tsize)
            return false;
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray block = fuzz::bytes(data, size);
    if (const Result<dagpb::Node> node = dagpb::decodeNode(block)) {
        const QByteArray again = dagpb::encodeNode(node->links, node->data);
        const Result<dagpb::Node> reread = dagpb::decodeNode(again);
        fuzz::expect(reread.ok(), "an encoded node decodes");
        fuzz::expect(sameLinks(reread->links, node->links) && reread->data == node->data,
                     "a node survives encoding");
        (void)dagpb::unixfs::decodeData(node->data);
    }
    if (const Result<dagpb::unixfs::Data> unixfs = dagpb::unixfs::decodeData(block)) {
        // file() writes the sum of the sizes as the file's size, and a varint holds at most 2^63 - 1:
        // no real file is that large, so sizes that add up to more are not a file anyone can write.
        quint64 sum = static_cast<quint64>(unixfs->bytes.size());
        bool fits = true;
        for (quint64 s : unixfs->blockSizes)
            fits = fits && !__builtin_add_overflow(sum, s, &sum) && sum < (quint64(1) << 63);
        if (unixfs->type == dagpb::unixfs::Type::File && fits) {
            const Result<dagpb::unixfs::Data> file =
                dagpb::unixfs::decodeData(dagpb::unixfs::file(unixfs->bytes, unixfs->blockSizes));
            fuzz::expect(file.ok() && file->bytes == unixfs->bytes && file->blockSizes == unixfs->blockSizes,
                         "a file node survives encoding");
        }
    }
    return 0;
}
