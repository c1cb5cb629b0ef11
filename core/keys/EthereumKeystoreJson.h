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
    // parse(), deriveKey() and open() in turn.
    static Result<SecureBytes> decrypt(const QByteArray& json, const SecureBytes& password);

    // A file's fields, read and checked without the password. Its KDF settings are bounded (see
    // below), so deriving its key can neither exhaust memory nor take minutes.
    struct Encrypted
    {
        bool scrypt = true; // else PBKDF2-HMAC-SHA256
        ScryptParams params;
        quint32 rounds = 0; // PBKDF2
        QByteArray salt, iv, ciphertext, mac;
        QString address; // lower-case hex, or empty when the file names none
    };
    static constexpr quint64 kMaxScryptBytes = 512 * 1024 * 1024; // 128 × n × r: twice geth's standard
    static constexpr quint32 kMaxScryptP = 4;
    static constexpr quint32 kMaxPbkdf2Rounds = 10'000'000;

    static Result<Encrypted> parse(const QByteArray& json);
    static SecureBytes deriveKey(const Encrypted& file, const SecureBytes& password); // empty: out of memory
    // The private key under a derived key: the MAC, the cipher, and the key's own checks.
    static Result<SecureBytes> open(const Encrypted& file, const SecureBytes& derived);
};

} // namespace modreg
