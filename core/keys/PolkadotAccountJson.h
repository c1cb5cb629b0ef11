#pragma once

#include "Result.h"
#include "crypto/Scrypt.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>

namespace modreg {

// polkadot.js account JSON (encoding version 3) for ed25519 accounts: scrypt, then NaCl
// secretbox (xsalsa20-poly1305) over PKCS#8-style bytes holding the 64-byte secret (seed ‖
// public key) and the public key.
class PolkadotAccountJson
{
    Q_DECLARE_TR_FUNCTIONS(PolkadotAccountJson)

public:
    // polkadot.js's default; it accepts only its own list of presets, this one among them.
    static ScryptParams standard() { return {1 << 17, 8, 1}; }

    static QByteArray encrypt(const SecureBytes& seed32, const SecureBytes& password, const QString& name,
                              quint16 ss58Prefix = 42, const ScryptParams& params = standard());
    struct Decrypted
    {
        SecureBytes seed; // 32 bytes
        QString name;
    };
    // parse(), scrypt with the file's settings, open() in turn.
    static Result<Decrypted> decrypt(const QByteArray& json, const SecureBytes& password);

    // A file's fields, read and checked without the password: its scrypt settings are one of
    // polkadot.js's own presets (at most 128 MiB), so deriving its key is bounded.
    struct Encrypted
    {
        ScryptParams params;
        QByteArray salt;
        QByteArray nonce;
        QByteArray box; // secretbox: MAC and ciphertext
        QString name;
    };
    static Result<Encrypted> parse(const QByteArray& json);
    // The seed under a key derived from the password: the box opened, then its PKCS#8 layout read.
    static Result<Decrypted> open(const Encrypted& file, const SecureBytes& key32);
    // The layout inside the box (polkadot.js's PKCS#8 framing of the ed25519 secret).
    static Result<SecureBytes> seedOf(const SecureBytes& plain);
};

} // namespace modreg
