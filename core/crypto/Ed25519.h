#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

namespace modreg::ed25519 {

// Ed25519 (libsodium). A secret key here is the 32-byte seed; libsodium's 64-byte form
// (seed + public key) never leaves these functions.
QByteArray publicKeyOf(const SecureBytes& seed32);
QByteArray sign(const SecureBytes& seed32, const QByteArray& message); // 64 bytes
bool verify(const QByteArray& publicKey32, const QByteArray& message, const QByteArray& signature64);
SecureBytes randomSeed();

} // namespace modreg::ed25519
