#include "keys/KeyEntry.h"

#include <QCoreApplication>

namespace modreg {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(modreg::KeyEntry)
};
} // namespace

QString keyTypeName(KeyType type)
{
    return type == KeyType::Ed25519 ? QStringLiteral("ed25519") : QStringLiteral("secp256k1");
}

QString keyOriginId(KeyOrigin origin)
{
    switch (origin) {
    case KeyOrigin::Random:
        return QStringLiteral("random");
    case KeyOrigin::Bip44Secp256k1:
        return QStringLiteral("bip44-secp256k1");
    case KeyOrigin::Slip10Ed25519:
        return QStringLiteral("slip10-ed25519");
    case KeyOrigin::SubstrateEd25519:
        return QStringLiteral("substrate-ed25519");
    case KeyOrigin::Imported:
        return QStringLiteral("imported");
    }
    return {};
}

QString keyOriginText(const KeyInfo& key)
{
    switch (key.origin) {
    case KeyOrigin::Random:
        return Text::tr("Random key, no recovery phrase");
    case KeyOrigin::Bip44Secp256k1:
        return Text::tr("Recovery phrase, Ethereum path %1").arg(key.derivationPath);
    case KeyOrigin::Slip10Ed25519:
        return Text::tr("Recovery phrase, Solana path %1").arg(key.derivationPath);
    case KeyOrigin::SubstrateEd25519:
        return key.derivationPath.isEmpty()
                   ? Text::tr("Recovery phrase, Substrate (no derivation path)")
                   : Text::tr("Recovery phrase, Substrate path %1").arg(key.derivationPath);
    case KeyOrigin::Imported:
        return Text::tr("Imported");
    }
    return {};
}

} // namespace modreg
