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

} // namespace unixfs
} // namespace modreg::dagpb
