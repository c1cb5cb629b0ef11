#pragma once

#include "Result.h"
#include "keys/Keystore.h"

#include <QCoreApplication>
#include <QList>

namespace modreg {

// Writing a key out in another wallet's format. The CLI and the Wallet view both go through here.
class KeyExport
{
    Q_DECLARE_TR_FUNCTIONS(KeyExport)

public:
    enum class Format
    {
        EthereumKeystore,
        PolkadotJson,
        SolanaKeypair,
        Mnemonic,
        Hex
    };

    static QList<Format> formatsFor(const KeyInfo& key);
    static bool isEncrypted(Format f) { return f == Format::EthereumKeystore || f == Format::PolkadotJson; }
    static QString id(Format f);
    static Result<Format> fromId(const QString& id);
    static QString displayName(Format f);

    // The file's bytes. Encrypted formats use `password` (which must not be empty for them).
    static Result<QByteArray> write(const Keystore& keystore, const QString& keyId, Format format,
                                    const SecureBytes& password);
    // Writes `bytes` to `path` with mode 0600, atomically.
    static Status save(const QString& path, const QByteArray& bytes, bool overwrite);
};

} // namespace modreg
