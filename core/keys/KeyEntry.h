#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace modreg {

enum class KeyType : quint8
{
    Ed25519 = 1,
    Secp256k1 = 2
};

// How a key came to be, so it can be shown and exported the way its ecosystem expects.
enum class KeyOrigin : quint8
{
    Random = 1,           // straight from the CSPRNG
    Bip44Secp256k1 = 2,   // Ethereum: BIP39 mnemonic + BIP32 path
    Slip10Ed25519 = 3,    // Solana: BIP39 mnemonic + SLIP-0010 path
    SubstrateEd25519 = 4, // polkadot.js / subkey: mnemonic + //junctions
    Imported = 5,         // a raw key or a key file
};

// What anyone may see of a key: no secret here.
struct KeyInfo
{
    QString id; // stable, random
    QString label;
    KeyType type = KeyType::Ed25519;
    QByteArray publicKey; // 32 bytes (ed25519) or 64 bytes (secp256k1, uncompressed, no prefix)
    KeyOrigin origin = KeyOrigin::Random;
    QString derivationPath; // "m/44'/60'/0'/0/0", "//Alice", or empty
    QDateTime created;
    bool hasMnemonic = false;
};

// The secret half, kept only while the keystore is unlocked.
struct KeySecret
{
    SecureBytes secretKey;  // ed25519 seed or secp256k1 secret, 32 bytes
    SecureBytes mnemonic;   // UTF-8 phrase, empty when the key has none
    SecureBytes passphrase; // BIP39 passphrase (or ///password for Substrate), may be empty
};

// The texts of these, here and nowhere else, for the GUI and the CLI alike.
QString keyTypeName(KeyType type);        // "ed25519", "secp256k1": the same in every language
QString keyOriginId(KeyOrigin origin);    // for --json: "random", "bip44-secp256k1", …
QString keyOriginText(const KeyInfo& key); // a sentence's worth: "Recovery phrase, Ethereum path m/44'/…"

} // namespace modreg
