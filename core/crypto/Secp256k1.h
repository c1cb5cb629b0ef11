#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace modreg::secp256k1 {

// secp256k1 (libsecp256k1): Ethereum's curve. Public keys here are uncompressed without the 0x04
// prefix (64 bytes), the form the registry spec names. Signatures are recoverable ECDSA over a
// 32-byte hash: r (32) || s (32, always low-S) || v (0 or 1), deterministic (RFC 6979).

bool isValidSecretKey(const SecureBytes& secret32);
SecureBytes randomSecretKey();
QByteArray publicKeyOf(const SecureBytes& secret32);
QByteArray signRecoverable(const SecureBytes& secret32, const QByteArray& hash32);
Result<QByteArray> recoverPublicKey(const QByteArray& hash32, const QByteArray& signature65);
bool verify(const QByteArray& publicKey64, const QByteArray& hash32, const QByteArray& signature65);
// BIP32's child key: (secret + tweak) mod n. Fails (rarely, ~2^-127) when the result is invalid.
Result<SecureBytes> addTweak(const SecureBytes& secret32, const SecureBytes& tweak32);
// The 33-byte compressed public key, as BIP32 hashes it for non-hardened children.
QByteArray compressedPublicKeyOf(const SecureBytes& secret32);

// EIP-191 personal_sign: keccak256("\x19Ethereum Signed Message:\n" + len + message), with v as
// 27 or 28 in the signature, as wallets and ethers.signMessage give it.
QByteArray personalMessageHash(const QByteArray& message);
QByteArray personalSign(const SecureBytes& secret32, const QByteArray& message);
Result<QByteArray> recoverPersonalSigner(const QByteArray& message,
                                         const QByteArray& signature65); // 20-byte address

} // namespace modreg::secp256k1
