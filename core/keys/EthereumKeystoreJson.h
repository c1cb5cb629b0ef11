#pragma once

#include "Result.h"
#include "crypto/Scrypt.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>

namespace modreg {

// Ethereum's "Web3 Secret Storage" (V3 keystore JSON), as geth, MetaMask and ethers write it:
// scrypt or PBKDF2-HMAC-SHA256 → 32-byte key; AES-128-CTR (OpenSSL) with its first half; a MAC of
// keccak256(second half ‖ ciphertext).
class EthereumKeystoreJson
{
    Q_DECLARE_TR_FUNCTIONS(EthereumKeystoreJson)

public:
    // geth's standard scrypt settings (N = 2^18, 256 MiB). Tests may pass lower ones.
    static ScryptParams standard() { return {1 << 18, 8, 1}; }

    static QByteArray encrypt(const SecureBytes& secret32, const SecureBytes& password,
                              const ScryptParams& params = standard());
    // The 32-byte secp256k1 private key; every way the file can be wrong gets its own sentence.
    static Result<SecureBytes> decrypt(const QByteArray& json, const SecureBytes& password);
};

} // namespace modreg
