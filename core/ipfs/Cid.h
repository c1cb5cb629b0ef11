#pragma once

#include "Result.h"
#include "ipfs/Multibase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace modreg {

// A content identifier, version 0 or 1. This is also the registry's CID check: a string is a CID
// only if it parses here. Multihash functions read: sha2-256 and identity; anything else is refused
// by name, because Modreg could not verify the bytes it names.
class Cid
{
    Q_DECLARE_TR_FUNCTIONS(Cid)

public:
    enum class Codec : quint64
    {
        Raw = 0x55,
        DagPb = 0x70,
        DagCbor = 0x71,
        Libp2pKey = 0x72,
        DagJson = 0x0129
    };
    enum class Hash : quint64
    {
        Identity = 0x00,
        Sha2_256 = 0x12
    };

    static constexpr qsizetype kMaxTextLength = 300;
    static Result<Cid> parse(const QString& text);
    static Result<Cid> fromBytes(const QByteArray& bytes); // binary CID (v0: the bare multihash)
    // Reads one binary CID at `pos` in a longer stream (a CAR section) and moves `pos` past it.
    static Result<Cid> readFrom(const QByteArray& bytes, qsizetype& pos);
    // The CID of `block` (sha2-256). Version 0 exists only for dag-pb.
    static Cid forBlock(Codec codec, const QByteArray& block, int version = 1);
    static Cid v0(const QByteArray& sha256Digest);
    static Cid v1(Codec codec, Hash hash, const QByteArray& digest);

    int version() const { return m_version; }
    Codec codec() const { return m_codec; }
    Hash hash() const { return m_hash; }
    const QByteArray& digest() const { return m_digest; }
    QByteArray multihash() const;
    QByteArray bytes() const; // binary form

    // v0: base58btc without prefix ("Qm…"); v1: base32 ("bafy…") unless another base is asked for.
    QString toString() const;
    QString toString(Multibase::Base base) const;

    Result<Cid> toV0() const; // only dag-pb with sha2-256
    Cid toV1() const;

    // Does `block` hash to this CID? The check behind every verified fetch.
    bool matches(const QByteArray& block) const;

    static QString codecName(Codec codec);
    bool operator==(const Cid& other) const = default;

private:
    Cid() = default;
    // The fields of a v1 CID at `pos`; with `exact`, its digest must end the input.
    static Result<Cid> readV1(const QByteArray& bytes, qsizetype& pos, bool exact);
    int m_version = 1;
    Codec m_codec = Codec::Raw;
    Hash m_hash = Hash::Sha2_256;
    QByteArray m_digest;
};

} // namespace modreg
