#pragma once

#include "Result.h"
#include "keys/KeyMaker.h"

#include <QCoreApplication>
#include <QList>

namespace modreg {

// Reading a key from what a user has: a mnemonic, a raw hex key, or another wallet's key file.
// The CLI and the Wallet view both go through here.
class KeyImport
{
    Q_DECLARE_TR_FUNCTIONS(KeyImport)

public:
    enum class Kind
    {
        Mnemonic,
        Hex,
        SolanaKeypair,
        EthereumKeystore,
        PolkadotJson
    };

    struct Request
    {
        Kind kind = Kind::Mnemonic;
        QByteArray content;                             // the phrase, the hex, or the file's bytes
        SecureBytes filePassword;                       // for EthereumKeystore and PolkadotJson
        KeyType type = KeyType::Ed25519;                // for Hex (and Mnemonic: which scheme family)
        KeyOrigin scheme = KeyOrigin::SubstrateEd25519; // for Mnemonic
        QString path;  // for Mnemonic; empty = the scheme's usual first account
        QString label; // empty: the file's own name for it, or a default
    };

    // A key file or phrase is a few KiB; anything over this is refused before it is parsed.
    static constexpr qsizetype kMaxContentBytes = 1024 * 1024;

    static Result<NewKey> read(const Request& request);

    static QList<Kind> kinds();
    static QString id(Kind kind); // "polkadot-json", for the CLI
    static Result<Kind> fromId(const QString& id);
    static QString displayName(Kind kind);
    static bool needsFilePassword(Kind kind)
    {
        return kind == Kind::EthereumKeystore || kind == Kind::PolkadotJson;
    }
    // The usual first account of each scheme: m/44'/60'/0'/0/0, m/44'/501'/0'/0', or "" (Substrate).
    static QString defaultPath(KeyOrigin scheme);
};

} // namespace modreg
