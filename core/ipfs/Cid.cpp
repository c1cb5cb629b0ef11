#include "ipfs/Cid.h"

#include "crypto/Base58.h"
#include "crypto/Hashes.h"
#include "ipfs/Varint.h"

namespace modreg {

namespace {
constexpr int kMaxIdentityDigest = 128;

bool knownCodec(quint64 code)
{
    switch (static_cast<Cid::Codec>(code)) {
    case Cid::Codec::Raw:
    case Cid::Codec::DagPb:
    case Cid::Codec::DagCbor:
    case Cid::Codec::Libp2pKey:
    case Cid::Codec::DagJson:
        return true;
    }
    return false;
}

QString hex(quint64 code)
{
    return QStringLiteral("0x%1").arg(code, 0, 16);
}
} // namespace

QString Cid::codecName(Codec codec)
{
    switch (codec) {
    case Codec::Raw:
        return QStringLiteral("raw");
    case Codec::DagPb:
        return QStringLiteral("dag-pb");
    case Codec::DagCbor:
        return QStringLiteral("dag-cbor");
    case Codec::Libp2pKey:
        return QStringLiteral("libp2p-key");
    case Codec::DagJson:
        return QStringLiteral("dag-json");
    }
    return {};
}

Cid Cid::v0(const QByteArray& sha256Digest)
{
    Cid c;
    c.m_version = 0;
    c.m_codec = Codec::DagPb;
    c.m_hash = Hash::Sha2_256;
    c.m_digest = sha256Digest;
    return c;
}

Cid Cid::v1(Codec codec, Hash hash, const QByteArray& digest)
{
    Cid c;
    c.m_codec = codec;
    c.m_hash = hash;
    c.m_digest = digest;
    return c;
}

Cid Cid::forBlock(Codec codec, const QByteArray& block, int version)
{
    const QByteArray digest = hash::sha256(block);
    return version == 0 && codec == Codec::DagPb ? v0(digest) : v1(codec, Hash::Sha2_256, digest);
}

QByteArray Cid::multihash() const
{
    return varint::encode(static_cast<quint64>(m_hash)) +
           varint::encode(static_cast<quint64>(m_digest.size())) + m_digest;
}

QByteArray Cid::bytes() const
{
    if (m_version == 0)
        return multihash();
    return varint::encode(1) + varint::encode(static_cast<quint64>(m_codec)) + multihash();
}

QString Cid::toString() const
{
    return m_version == 0 ? base58::encode(multihash()) : toString(Multibase::Base::Base32);
}

QString Cid::toString(Multibase::Base base) const
{
    if (m_version == 0)
        return toV1().toString(base); // v0 has no multibase form; spelling it in a base means v1
    return Multibase::encode(bytes(), base);
}

Result<Cid> Cid::toV0() const
{
    if (m_codec != Codec::DagPb || m_hash != Hash::Sha2_256 || m_digest.size() != 32)
        return Result<Cid>::failure(
            tr("Only dag-pb CIDs with sha2-256 have a version 0 form; this one is %1.")
                .arg(codecName(m_codec)));
    return v0(m_digest);
}

Cid Cid::toV1() const
{
    Cid c = *this;
    c.m_version = 1;
    return c;
}

bool Cid::matches(const QByteArray& block) const
{
    if (m_hash == Hash::Identity)
        return block == m_digest;
    return hash::sha256(block) == m_digest;
}

Result<Cid> Cid::fromBytes(const QByteArray& bytes)
{
    // A v0 CID is a bare sha2-256 multihash: 0x12 0x20 and 32 bytes.
    if (bytes.size() == 34 && bytes[0] == 0x12 && bytes[1] == 0x20)
        return v0(bytes.mid(2));
    qsizetype pos = 0;
    return readV1(bytes, pos, true);
}

Result<Cid> Cid::readFrom(const QByteArray& bytes, qsizetype& pos)
{
    if (bytes.size() - pos >= 34 && bytes[pos] == 0x12 && bytes[pos + 1] == 0x20) {
        pos += 34;
        return v0(bytes.mid(pos - 32, 32));
    }
    return readV1(bytes, pos, false);
}

Result<Cid> Cid::readV1(const QByteArray& bytes, qsizetype& pos, bool exact)
{
    using R = Result<Cid>;
    const std::optional<quint64> version = varint::decode(bytes, pos);
    if (!version)
        return R::failure(tr("The CID is truncated or malformed (its version is not a valid varint)."));
    if (*version != 1)
        return R::failure(tr("CID version %1 does not exist; there are versions 0 and 1.").arg(*version));
    const std::optional<quint64> codec = varint::decode(bytes, pos);
    if (!codec)
        return R::failure(tr("The CID is truncated (no codec)."));
    if (!knownCodec(*codec))
        return R::failure(
            tr("The CID's codec %1 is not one Modreg reads (raw, dag-pb, dag-cbor, dag-json, libp2p-key).")
                .arg(hex(*codec)));
    const std::optional<quint64> fn = varint::decode(bytes, pos);
    const std::optional<quint64> length = fn ? varint::decode(bytes, pos) : std::nullopt;
    if (!fn || !length)
        return R::failure(tr("The CID is truncated (its multihash is incomplete)."));
    if (*fn != static_cast<quint64>(Hash::Sha2_256) && *fn != static_cast<quint64>(Hash::Identity))
        return R::failure(
            tr("The CID uses the hash function %1; Modreg verifies content with sha2-256 (0x12) or "
               "identity (0x00) only, so it cannot check what this CID names.")
                .arg(hex(*fn)));
    if (*fn == static_cast<quint64>(Hash::Sha2_256) && *length != 32)
        return R::failure(tr("A sha2-256 digest is 32 bytes; this CID says %1.").arg(*length));
    if (*length > kMaxIdentityDigest)
        return R::failure(tr("The CID's inline (identity) data is %1 bytes; Modreg accepts at most %2.")
                              .arg(*length)
                              .arg(kMaxIdentityDigest));
    const qsizetype available = bytes.size() - pos;
    const auto digestLength = static_cast<qsizetype>(*length);
    if (exact ? available != digestLength : available < digestLength)
        return R::failure(
            tr("The CID's digest should be %1 bytes but %2 follow.").arg(*length).arg(available));
    pos += digestLength;
    return v1(static_cast<Codec>(*codec), static_cast<Hash>(*fn),
              bytes.mid(pos - digestLength, digestLength));
}

Result<Cid> Cid::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Result<Cid>::failure(tr("The CID is empty."));
    // Checked before decoding: base58 takes time quadratic in the length, and a CID from the chain
    // or a node may be anything. The longest a CID Modreg reads can be written is under 300.
    if (text.size() > kMaxTextLength)
        return Result<Cid>::failure(
            tr("This text is %1 characters long; a CID has at most %2.").arg(text.size()).arg(kMaxTextLength));
    if (text.size() == 46 && text.startsWith(QLatin1String("Qm"))) {
        Result<QByteArray> raw = base58::decode(text);
        if (!raw)
            return Result<Cid>::failure(
                tr("\"%1\" looks like a version 0 CID but is not: %2").arg(text, raw.error()));
        Result<Cid> cid = fromBytes(raw.value());
        if (cid && cid->version() != 0)
            return Result<Cid>::failure(tr("\"%1\" is not a valid version 0 CID.").arg(text));
        return cid;
    }
    Result<Multibase::Decoded> decoded = Multibase::decode(text);
    if (!decoded)
        return Result<Cid>::failure(tr("\"%1\" is not a CID: %2").arg(text, decoded.error()));
    Result<Cid> cid = fromBytes(decoded->bytes);
    if (!cid)
        return Result<Cid>::failure(tr("\"%1\" is not a CID: %2").arg(text, cid.error()));
    if (cid->version() == 0)
        return Result<Cid>::failure(
            tr("\"%1\" wraps a version 0 CID in a multibase prefix, which is not allowed.").arg(text));
    return cid;
}

} // namespace modreg
