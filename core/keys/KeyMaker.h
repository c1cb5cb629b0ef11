#pragma once

#include "Result.h"
#include "crypto/Mnemonic.h"
#include "keys/KeyEntry.h"

#include <QCoreApplication>

namespace modreg {

// A key ready for Keystore::add(): what it is, and its secret.
struct NewKey
{
    KeyInfo info;
    KeySecret secret;
};

// Makes keys the way each ecosystem's own wallets do, so the same mnemonic gives the same
// address here as in MetaMask, Phantom or polkadot.js.
class KeyMaker
{
    Q_DECLARE_TR_FUNCTIONS(KeyMaker)

public:
    static NewKey random(KeyType type, const QString& label);

    // `origin` picks the scheme: Bip44Secp256k1 (path like m/44'/60'/0'/0/0), Slip10Ed25519
    // (m/44'/501'/0'/0'), or SubstrateEd25519 (//junctions, may be empty). `passphrase` is the BIP39
    // passphrase, or for Substrate the ///password.
    static Result<NewKey> fromMnemonic(const Mnemonic& mnemonic, KeyOrigin origin, const QString& path,
                                       const QString& passphrase, const QString& label);

    // 64 hex digits (an optional 0x is fine).
    static Result<NewKey> fromHex(const QString& hex, KeyType type, const QString& label);
    // A secret from a key file (Solana keypair, Ethereum or polkadot.js JSON).
    static Result<NewKey> fromSecret(SecureBytes secret, KeyType type, const QString& label);
};

} // namespace modreg
