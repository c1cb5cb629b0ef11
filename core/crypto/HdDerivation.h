#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace modreg {

// Hierarchical derivation the way the ecosystems' own wallets do it:
//  - BIP32 over secp256k1 (Ethereum: m/44'/60'/0'/0/i);
//  - SLIP-0010 over ed25519, hardened steps only (Solana: m/44'/501'/i'/0').
class HdDerivation
{
    Q_DECLARE_TR_FUNCTIONS(HdDerivation)

public:
    static constexpr quint32 kHardened = 0x80000000U;

    // "m/44'/60'/0'/0/3" → {44|H, 60|H, 0|H, 0, 3}; also accepts h or H for hardened.
    static Result<QList<quint32>> parsePath(const QString& path);

    // The 32-byte secret key at `path` below a BIP39 seed.
    static Result<SecureBytes> bip32Secp256k1(const SecureBytes& seed, const QString& path);
    static Result<SecureBytes> slip10Ed25519(const SecureBytes& seed, const QString& path);

    static QString ethereumPath(quint32 index) { return QStringLiteral("m/44'/60'/0'/0/%1").arg(index); }
    static QString solanaPath(quint32 index) { return QStringLiteral("m/44'/501'/%1'/0'").arg(index); }
};

} // namespace modreg
