#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace modreg {

// The text forms of registry keys (docs/architecture.md, "Registry keys"), both ways, with checksums checked.
namespace ss58 {
constexpr quint16 kGenericSubstrate = 42;
struct Decoded
{
    quint16 prefix = 0;
    QByteArray publicKey; // 32 bytes
};
// Substrate's SS58 address of a 32-byte public key. Prefixes 0 to 16383.
QString encode(const QByteArray& publicKey32, quint16 prefix = kGenericSubstrate);
Result<Decoded> decode(const QString& address);
} // namespace ss58

namespace solana {
QString encode(const QByteArray& publicKey32);
Result<QByteArray> decode(const QString& address);
} // namespace solana

namespace ethereum {
// The 20-byte address of an uncompressed secp256k1 public key (64 bytes, no 0x04 prefix).
QByteArray addressOf(const QByteArray& publicKey64);
// EIP-55: "0x" and mixed-case hex whose case is the checksum.
QString checksummed(const QByteArray& address20);
// Accepts EIP-55 mixed case (checksum verified) and all-lower or all-upper hex (no checksum).
Result<QByteArray> decode(const QString& address);
} // namespace ethereum

} // namespace modreg
