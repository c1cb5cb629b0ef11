#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "keys/KeyEntry.h"

#include <QCoreApplication>
#include <QList>
#include <vector>

namespace modreg {

struct KdfLimits
{
    quint32 opsLimit = 3;     // libsodium's MODERATE
    quint8 memLimitLog2 = 28; // 256 MiB, libsodium's MODERATE
    static KdfLimits moderate() { return {}; }
    // Fast settings for tests only: the file says which limits it was written with.
    static KdfLimits forTestsOnly() { return {1, 13}; }
};

struct KeystoreContents
{
    QList<KeyInfo> keys;
    std::vector<KeySecret> secrets; // same order as keys
};

// The file key, derived once from the password at unlock and kept (instead of the password)
// while the keystore is open, so saving does not run Argon2 again. Each save uses a fresh nonce.
struct KeystoreKey
{
    SecureBytes key;
    QByteArray salt;
    KdfLimits limits;
};

// The keystore file, version 1. All integers little-endian.
//
//   0   8  magic "MODREGKS"
//   8   2  format version
//   10  1  KDF (1 = Argon2id v1.3)
//   11  1  log2 of the KDF memory limit in bytes (13..30)
//   12  4  KDF operations limit (1..16)
//   16  16 salt
//   32  24 nonce
//   56  …  XChaCha20-Poly1305 ciphertext of the entries, with bytes 0..55 as associated data, so
//          any change to the header is caught like a change to the ciphertext.
class KeystoreFormat
{
    Q_DECLARE_TR_FUNCTIONS(KeystoreFormat)

public:
    static constexpr quint16 kVersion = 1;
    static constexpr int kHeaderSize = 56;

    // A new key with a fresh random salt (create, change password).
    static Result<KeystoreKey> newKey(const SecureBytes& password, const KdfLimits& limits);
    // The key for an existing file: its salt and limits, the given password.
    static Result<KeystoreKey> keyFor(const QByteArray& file, const SecureBytes& password);

    static QByteArray encrypt(const KeystoreContents& contents, const KeystoreKey& key);
    // Fails on a wrong password as on any change to the file: the AEAD cannot tell them apart.
    static Result<KeystoreContents> decrypt(const QByteArray& file, const KeystoreKey& key);
    // Checks everything that can be checked without the password.
    static Status checkHeader(const QByteArray& file);
    static Result<KdfLimits> limitsOf(const QByteArray& file);
    // The entries inside, once decrypted: every field checked (types, origins, key lengths), since
    // a file from another build, or a damaged one that still decrypts, must not become keys.
    static Result<KeystoreContents> readContents(const SecureBytes& plain);

    // What a header may ask of the KDF: 1 GiB and 16 passes (this build writes 256 MiB, 3 passes).
    static constexpr quint8 kMaxMemLimitLog2 = 30;
    static constexpr quint32 kMaxOpsLimit = 16;
};

} // namespace modreg
