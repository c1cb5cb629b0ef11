#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace modreg::hash {

// The hash functions the identity forms and derivations need. SHA-2 and HMAC come from OpenSSL
// (hardware speed), BLAKE2b from libsodium; Keccak-256 (Ethereum's pre-standard SHA-3, which
// OpenSSL 3.0 lacks) is our own, checked against ethers.

QByteArray sha256(const QByteArray& data);
QByteArray sha256(const SecureBytes& data);
QByteArray keccak256(const QByteArray& data);
// BLAKE2b with an output of 1 to 64 bytes.
QByteArray blake2b(const QByteArray& data, int outputBytes);
SecureBytes blake2b(const SecureBytes& data, int outputBytes);

SecureBytes hmacSha512(const QByteArray& key, const SecureBytes& data);
SecureBytes hmacSha512(const SecureBytes& key, const SecureBytes& data);
SecureBytes pbkdf2HmacSha512(const SecureBytes& password, const QByteArray& salt, int iterations,
                             int outputBytes);

} // namespace modreg::hash
