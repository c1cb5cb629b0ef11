#include "crypto/Addresses.h"

#include "crypto/Base58.h"
#include "crypto/Hashes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace modreg {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::Addresses)
};

// SS58's prefix bytes: one byte below 64, else the two-byte form of the SS58 spec.
QByteArray ss58PrefixBytes(quint16 prefix)
{
    if (prefix < 64)
        return QByteArray(1, static_cast<char>(prefix));
    const int first = ((prefix & 0b0000'0000'1111'1100) >> 2) | 0b0100'0000;
    const int second = (prefix >> 8) | ((prefix & 0b0000'0000'0000'0011) << 6);
    QByteArray out;
    out += static_cast<char>(first);
    out += static_cast<char>(second);
    return out;
}

QByteArray ss58Checksum(const QByteArray& payload)
{
    return hash::blake2b(QByteArrayLiteral("SS58PRE") + payload, 64).left(2);
}
} // namespace

namespace ss58 {

QString encode(const QByteArray& publicKey32, quint16 prefix)
{
    const QByteArray payload = ss58PrefixBytes(prefix) + publicKey32;
    return base58::encode(payload + ss58Checksum(payload));
}

Result<Decoded> decode(const QString& address)
{
    Result<QByteArray> raw = base58::decode(address.trimmed());
    if (!raw)
        return Result<Decoded>::failure(Text::tr("Not an SS58 address: %1").arg(raw.error()));
    const QByteArray& bytes = raw.value();
    if (bytes.isEmpty())
        return Result<Decoded>::failure(Text::tr("The SS58 address is empty."));
    const auto first = static_cast<quint8>(bytes[0]);
    const int prefixLength = first < 64 ? 1 : first < 128 ? 2 : 0;
    if (prefixLength == 0)
        return Result<Decoded>::failure(Text::tr("The SS58 address starts with a reserved prefix byte."));
    if (bytes.size() != prefixLength + 32 + 2)
        return Result<Decoded>::failure(
            Text::tr("The SS58 address holds %1 bytes; an address of a 32-byte public key holds %2.")
                .arg(bytes.size())
                .arg(prefixLength + 34));
    const QByteArray payload = bytes.left(prefixLength + 32);
    if (ss58Checksum(payload) != bytes.right(2))
        return Result<Decoded>::failure(
            Text::tr("The SS58 address's checksum does not match: a character is wrong."));
    Decoded out;
    if (prefixLength == 1) {
        out.prefix = first;
    } else {
        const auto second = static_cast<quint8>(bytes[1]);
        out.prefix = static_cast<quint16>(((first & 0b0011'1111) << 2) | (second >> 6) |
                                          ((second & 0b0011'1111) << 8));
    }
    out.publicKey = bytes.mid(prefixLength, 32);
    return out;
}

} // namespace ss58

namespace solana {

QString encode(const QByteArray& publicKey32)
{
    return base58::encode(publicKey32);
}

Result<QByteArray> decode(const QString& address)
{
    Result<QByteArray> raw = base58::decode(address.trimmed());
    if (!raw)
        return Result<QByteArray>::failure(Text::tr("Not a Solana address: %1").arg(raw.error()));
    if (raw->size() != 32)
        return Result<QByteArray>::failure(
            Text::tr("A Solana address is 32 bytes; this one decodes to %1.").arg(raw->size()));
    return raw.value();
}

} // namespace solana

namespace ethereum {

QByteArray addressOf(const QByteArray& publicKey64)
{
    return hash::keccak256(publicKey64).right(20);
}

QString checksummed(const QByteArray& address20)
{
    const QByteArray lower = address20.toHex();
    const QByteArray digest = hash::keccak256(lower).toHex();
    QString out = QStringLiteral("0x");
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char c = lower[i];
        const bool upper = c >= 'a' && digest[i] >= '8';
        out += QLatin1Char(upper ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

Result<QByteArray> decode(const QString& address)
{
    static const QRegularExpression shape(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    const QString text = address.trimmed();
    if (!shape.match(text).hasMatch())
        return Result<QByteArray>::failure(
            Text::tr("An Ethereum address is 0x followed by 40 hexadecimal digits; \"%1\" is not.")
                .arg(text));
    const QByteArray bytes = QByteArray::fromHex(text.mid(2).toLatin1());
    const QString hex = text.mid(2);
    const bool mixedCase = hex != hex.toLower() && hex != hex.toUpper();
    if (mixedCase && checksummed(bytes) != text)
        return Result<QByteArray>::failure(Text::tr(
            "The Ethereum address's EIP-55 checksum (its mix of upper and lower case) does not match: a "
            "character is wrong."));
    return bytes;
}

} // namespace ethereum

} // namespace modreg
