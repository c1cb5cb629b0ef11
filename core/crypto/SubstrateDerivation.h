#pragma once

#include "Result.h"
#include "crypto/Mnemonic.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QList>

namespace modreg {

// Ed25519 keys from a mnemonic the way polkadot.js and subkey make them: substrate-bip39's
// mini-secret (PBKDF2-HMAC-SHA512 over the mnemonic's *entropy*, salt "mnemonic" + password,
// first 32 bytes), then hard junctions "//name" each turning the seed into
// blake2b-256(SCALE("Ed25519HDKD") ‖ seed ‖ chain code). Ed25519 has no soft ("/name") derivation.
class SubstrateDerivation
{
    Q_DECLARE_TR_FUNCTIONS(SubstrateDerivation)

public:
    struct Junction
    {
        QByteArray chainCode; // 32 bytes
        bool hard = false;
    };
    struct Path
    {
        QList<Junction> junctions;
        QString password; // from "///password"
    };

    // "//Alice//0///secret": junctions as polkadot.js reads them (digits are a u64, 0x… is hex,
    // anything else a SCALE string; longer than 32 bytes is hashed with blake2b-256).
    static Result<Path> parsePath(const QString& path);

    static SecureBytes miniSecret(const Mnemonic& mnemonic, const QString& password);
    // The 32-byte ed25519 seed for mnemonic + path (the path may be empty).
    static Result<SecureBytes> ed25519(const Mnemonic& mnemonic, const QString& path);
};

} // namespace modreg
