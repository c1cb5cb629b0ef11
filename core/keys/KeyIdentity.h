#pragma once

#include "Result.h"
#include "keys/KeyEntry.h"

#include <QCoreApplication>
#include <QList>

namespace modreg {

// The registry identities of a key, in their native text forms (docs/architecture.md, "Registry keys"):
// ed25519 → SS58 address and Solana address (both the 32-byte public key);
// secp256k1 → EIP-55 Ethereum address (20 bytes) and the 64-byte uncompressed public key.
class KeyIdentity
{
    Q_DECLARE_TR_FUNCTIONS(KeyIdentity)

public:
    enum class Form
    {
        Ss58,
        Solana,
        EthereumAddress,
        Secp256k1PublicKey
    };

    struct Entry
    {
        Form form;
        QString name;           // "SS58 address (prefix 42)", for people
        QString id;             // "ss58", for scripts (--json)
        QString text;           // the form itself
        QByteArray registryKey; // the bytes that go on chain for this form
    };

    static QList<Entry> of(KeyType type, const QByteArray& publicKey, quint16 ss58Prefix = 42);

    // A registry key typed by a person: SS58, Solana base58, 0x + 40 hex (Ethereum address) or 0x + 128
    // hex (secp256k1 public key). Says which form it read, or why it reads none.
    struct Parsed
    {
        Form form;
        QByteArray registryKey;
    };
    static Result<Parsed> parse(const QString& text);
    // Registry key bytes as their ecosystem writes them: SS58 (32 bytes), an EIP-55 address (20), or
    // 0x + hex (a 64-byte public key, or anything else).
    static QString registryKeyText(const QByteArray& key, quint16 ss58Prefix = 42);
};

} // namespace modreg
