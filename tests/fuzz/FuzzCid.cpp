// CIDs as text (a registry entry, a path typed or pasted) and as bytes (dag-pb links, CAR
// sections), and what they are made of: multibase and varints. What reads must write back the same.
#include "FuzzSupport.h"
#include "ipfs/Cid.h"
#include "ipfs/IpfsPath.h"
#include "ipfs/Multibase.h"
#include "ipfs/Varint.h"

using namespace modreg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);

    if (const Result<Cid> cid = Cid::parse(text)) {
        fuzz::expect(Cid::parse(cid->toString()).value() == cid.value(), "a parsed CID reads back");
        for (Multibase::Base base : {Multibase::Base::Base32, Multibase::Base::Base36, Multibase::Base::Base58Btc})
            fuzz::expect(Cid::parse(cid->toString(base)).value() == cid->toV1(), "every base reads back");
        fuzz::expect(Cid::fromBytes(cid->bytes()).value() == cid.value(), "its bytes read back");
    }
    if (const Result<Multibase::Decoded> decoded = Multibase::decode(text))
        fuzz::expect(Multibase::encode(decoded->bytes, decoded->base) == text, "multibase is canonical");
    if (const Result<IpfsPath> path = IpfsPath::parse(text))
        fuzz::expect(IpfsPath::parse(path->toString()).value().segments == path->segments, "a path reads back");

    if (const Result<Cid> cid = Cid::fromBytes(input))
        fuzz::expect(cid->bytes() == input, "binary CIDs are canonical");
    qsizetype pos = 0;
    if (const Result<Cid> cid = Cid::readFrom(input, pos)) {
        fuzz::expect(pos > 0 && pos <= input.size(), "reading moves within the input");
        fuzz::expect(input.left(pos) == cid->bytes(), "a CID in a stream is read exactly");
    }
    pos = 0;
    while (pos < input.size()) {
        const qsizetype before = pos;
        const std::optional<quint64> v = varint::decode(input, pos);
        if (!v)
            break;
        fuzz::expect(input.mid(before, pos - before) == varint::encode(*v), "varints are minimal");
    }
    return 0;
}
