#include "ipfs/DagPb.h"

#include "ipfs/Varint.h"

namespace modreg::dagpb {

namespace {
// Protobuf wire format: (field << 3 | wire type), then the value.
void putVarintField(QByteArray& out, int field, quint64 value)
{
    out += varint::encode(static_cast<quint64>(field << 3));
    out += varint::encode(value);
}

void putBytesField(QByteArray& out, int field, const QByteArray& bytes)
{
    out += varint::encode(static_cast<quint64>((field << 3) | 2));
    out += varint::encode(static_cast<quint64>(bytes.size()));
    out += bytes;
}
} // namespace

QByteArray encodeNode(const QList<Link>& links, const QByteArray& data)
{
    QByteArray out;
    for (const Link& link : links) {
        QByteArray l;
        putBytesField(l, 1, link.cid.bytes());
        putBytesField(l, 2, link.name.toUtf8());
        putVarintField(l, 3, link.tsize);
        putBytesField(out, 2, l);
    }
    putBytesField(out, 1, data);
    return out;
}

namespace {
// Protobuf wire types this format uses.
constexpr quint64 kVarint = 0;
constexpr quint64 kBytes = 2;

// Reads protobuf fields one by one; every read is bounds-checked.
class ProtoReader
{
public:
    explicit ProtoReader(const QByteArray& bytes)
        : m_bytes(bytes)
    {}
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    // The next key, split into field number and wire type; nullopt when malformed.
    std::optional<std::pair<quint64, quint64>> key()
    {
        const std::optional<quint64> k = varint::decode(m_bytes, m_pos);
        if (!k)
            return std::nullopt;
        return std::pair{*k >> 3, *k & 7};
    }
    std::optional<quint64> number() { return varint::decode(m_bytes, m_pos); }
    std::optional<QByteArray> bytes()
    {
        const std::optional<quint64> length = varint::decode(m_bytes, m_pos);
        if (!length || *length > static_cast<quint64>(m_bytes.size() - m_pos))
            return std::nullopt;
        QByteArray out = m_bytes.mid(m_pos, static_cast<qsizetype>(*length));
        m_pos += static_cast<qsizetype>(*length);
        return out;
    }
    // Skips a field of a type we do not read; false for wire types other than varint and bytes.
    bool skip(quint64 wireType)
    {
        if (wireType == kVarint)
            return number().has_value();
        if (wireType == kBytes)
            return bytes().has_value();
        return false;
    }

private:
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
};

Result<Link> decodeLink(const QByteArray& bytes)
{
    using R = Result<Link>;
    ProtoReader in(bytes);
    std::optional<Cid> cid;
    Link link{Cid::forBlock(Cid::Codec::Raw, {}), {}, 0};
    quint64 lastField = 0;
    while (!in.atEnd()) {
        const auto key = in.key();
        if (!key || key->first <= lastField)
            return R::failure(
                Text::tr("A dag-pb link is malformed (its fields are out of order or repeated)."));
        lastField = key->first;
        if (key->first == 1 && key->second == kBytes) {
            const auto hash = in.bytes();
            Result<Cid> parsed = hash ? Cid::fromBytes(*hash) : Result<Cid>::failure(QString());
            if (!parsed)
                return R::failure(
                    Text::tr("A dag-pb link does not name a valid CID. %1").arg(parsed.error()));
            cid = parsed.value();
        } else if (key->first == 2 && key->second == kBytes) {
            const auto name = in.bytes();
            if (!name)
                return R::failure(Text::tr("A dag-pb link's name is truncated."));
            link.name = QString::fromUtf8(*name);
            if (link.name.toUtf8() != *name)
                return R::failure(Text::tr("A dag-pb link's name is not valid UTF-8."));
        } else if (key->first == 3 && key->second == kVarint) {
            const auto tsize = in.number();
            if (!tsize)
                return R::failure(Text::tr("A dag-pb link's size is malformed."));
            link.tsize = *tsize;
        } else {
            return R::failure(
                Text::tr("A dag-pb link has a field the format does not define (%1).").arg(key->first));
        }
    }
    if (!cid)
        return R::failure(Text::tr("A dag-pb link has no hash."));
    link.cid = *cid;
    return link;
}
} // namespace

Result<Node> decodeNode(const QByteArray& block)
{
    using R = Result<Node>;
    ProtoReader in(block);
    Node node;
    bool seenData = false;
    while (!in.atEnd()) {
        const auto key = in.key();
        if (!key)
            return R::failure(Text::tr("The dag-pb node is malformed."));
        // Links (field 2) come first, then at most one Data (field 1): the spec's canonical order.
        if (key->first == 2 && key->second == kBytes && !seenData) {
            const auto bytes = in.bytes();
            if (!bytes)
                return R::failure(Text::tr("A dag-pb link is truncated."));
            Result<Link> link = decodeLink(*bytes);
            if (!link)
                return R::failure(link.error());
            node.links.append(std::move(link).value());
        } else if (key->first == 1 && key->second == kBytes && !seenData) {
            const auto bytes = in.bytes();
            if (!bytes)
                return R::failure(Text::tr("The dag-pb node's data is truncated."));
            node.data = *bytes;
            seenData = true;
        } else {
            return R::failure(
                Text::tr("The dag-pb node has fields out of order or not defined by the format."));
        }
    }
    return node;
}

namespace unixfs {

QByteArray file(const QByteArray& bytes, const QList<quint64>& blockSizes)
{
    QByteArray out;
    putVarintField(out, 1, static_cast<quint64>(Type::File));
    if (!bytes.isEmpty())
        putBytesField(out, 2, bytes);
    quint64 size = static_cast<quint64>(bytes.size());
    for (quint64 s : blockSizes)
        size += s;
    putVarintField(out, 3, size);
    for (quint64 s : blockSizes)
        putVarintField(out, 4, s); // proto2 repeated, not packed
    return out;
}

QByteArray directory()
{
    QByteArray out;
    putVarintField(out, 1, static_cast<quint64>(Type::Directory));
    return out;
}

Result<Data> decodeData(const QByteArray& data)
{
    using R = Result<Data>;
    ProtoReader in(data);
    Data out;
    bool seenType = false;
    while (!in.atEnd()) {
        const auto key = in.key();
        if (!key)
            return R::failure(Text::tr("The UnixFS data is malformed."));
        const auto [field, wire] = *key;
        if (field == 1 && wire == kVarint) {
            const auto type = in.number();
            if (!type || *type > static_cast<quint64>(Type::HamtShard))
                return R::failure(Text::tr("The UnixFS data has an unknown type."));
            out.type = static_cast<Type>(*type);
            seenType = true;
        } else if (field == 2 && wire == kBytes) {
            const auto bytes = in.bytes();
            if (!bytes)
                return R::failure(Text::tr("The UnixFS data is truncated."));
            out.bytes = *bytes;
        } else if (field == 3 && wire == kVarint) {
            out.filesize = in.number();
            if (!out.filesize)
                return R::failure(Text::tr("The UnixFS file size is malformed."));
        } else if (field == 4 && wire == kVarint) {
            const auto size = in.number();
            if (!size)
                return R::failure(Text::tr("A UnixFS block size is malformed."));
            out.blockSizes.append(*size);
        } else if (field == 4 && wire == kBytes) { // the packed form of the same repeated field
            const auto packed = in.bytes();
            qsizetype pos = 0;
            while (packed && pos < packed->size()) {
                const auto size = varint::decode(*packed, pos);
                if (!size)
                    return R::failure(Text::tr("A UnixFS block size is malformed."));
                out.blockSizes.append(*size);
            }
            if (!packed)
                return R::failure(Text::tr("The UnixFS data is truncated."));
        } else if (!in.skip(wire)) { // hashType, fanout, mode, mtime: valid, not needed here
            return R::failure(Text::tr("The UnixFS data is malformed."));
        }
    }
    if (!seenType)
        return R::failure(Text::tr("The UnixFS data has no type."));
    return out;
}

} // namespace unixfs
} // namespace modreg::dagpb
