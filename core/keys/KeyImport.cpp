#include "keys/KeyImport.h"

#include "crypto/HdDerivation.h"
#include "keys/EthereumKeystoreJson.h"
#include "keys/PolkadotAccountJson.h"
#include "keys/SolanaKeypairJson.h"

namespace modreg {

QList<KeyImport::Kind> KeyImport::kinds()
{
    return {Kind::Mnemonic, Kind::Hex, Kind::SolanaKeypair, Kind::EthereumKeystore, Kind::PolkadotJson};
}

QString KeyImport::id(Kind kind)
{
    switch (kind) {
    case Kind::Mnemonic:
        return QStringLiteral("mnemonic");
    case Kind::Hex:
        return QStringLiteral("hex");
    case Kind::SolanaKeypair:
        return QStringLiteral("solana-keypair");
    case Kind::EthereumKeystore:
        return QStringLiteral("ethereum-keystore");
    case Kind::PolkadotJson:
        return QStringLiteral("polkadot-json");
    }
    return {};
}

Result<KeyImport::Kind> KeyImport::fromId(const QString& text)
{
    for (Kind k : kinds()) {
        if (id(k) == text)
            return k;
    }
    return Result<Kind>::failure(tr("Unknown key source \"%1\"; use mnemonic, hex, solana-keypair, "
                                    "ethereum-keystore or polkadot-json.")
                                     .arg(text));
}

QString KeyImport::displayName(Kind kind)
{
    switch (kind) {
    case Kind::Mnemonic:
        return tr("Recovery phrase (BIP39 mnemonic)");
    case Kind::Hex:
        return tr("Private key (hex)");
    case Kind::SolanaKeypair:
        return tr("Solana keypair file (solana-keygen JSON)");
    case Kind::EthereumKeystore:
        return tr("Ethereum keystore file (V3 JSON)");
    case Kind::PolkadotJson:
        return tr("polkadot.js account file (JSON)");
    }
    return {};
}

QString KeyImport::defaultPath(KeyOrigin scheme)
{
    switch (scheme) {
    case KeyOrigin::Bip44Secp256k1:
        return HdDerivation::ethereumPath(0);
    case KeyOrigin::Slip10Ed25519:
        return HdDerivation::solanaPath(0);
    default:
        return {};
    }
}

Result<NewKey> KeyImport::read(const Request& r)
{
    if (r.content.size() > kMaxContentBytes)
        return Result<NewKey>::failure(tr("This is %1 KiB; a key file is at most %2 KiB.")
                                           .arg((r.content.size() + 1023) / 1024)
                                           .arg(kMaxContentBytes / 1024));
    switch (r.kind) {
    case Kind::Mnemonic: {
        Result<Mnemonic> mnemonic = Mnemonic::parse(QString::fromUtf8(r.content));
        if (!mnemonic)
            return Result<NewKey>::failure(mnemonic.error());
        const QString path =
            r.path.isEmpty() && r.scheme != KeyOrigin::SubstrateEd25519 ? defaultPath(r.scheme) : r.path;
        return KeyMaker::fromMnemonic(mnemonic.value(), r.scheme, path, {}, r.label);
    }
    case Kind::Hex:
        return KeyMaker::fromHex(QString::fromLatin1(r.content), r.type, r.label);
    case Kind::SolanaKeypair: {
        Result<SecureBytes> seed = SolanaKeypairJson::read(r.content);
        if (!seed)
            return Result<NewKey>::failure(seed.error());
        return KeyMaker::fromSecret(std::move(seed).value(), KeyType::Ed25519, r.label);
    }
    case Kind::EthereumKeystore: {
        Result<SecureBytes> secret = EthereumKeystoreJson::decrypt(r.content, r.filePassword);
        if (!secret)
            return Result<NewKey>::failure(secret.error());
        return KeyMaker::fromSecret(std::move(secret).value(), KeyType::Secp256k1, r.label);
    }
    case Kind::PolkadotJson: {
        Result<PolkadotAccountJson::Decrypted> account =
            PolkadotAccountJson::decrypt(r.content, r.filePassword);
        if (!account)
            return Result<NewKey>::failure(account.error());
        return KeyMaker::fromSecret(account->seed.clone(), KeyType::Ed25519,
                                    r.label.isEmpty() ? account->name : r.label);
    }
    }
    return Result<NewKey>::failure(tr("Unknown key source."));
}

} // namespace modreg
