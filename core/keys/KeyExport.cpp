#include "keys/KeyExport.h"

#include "keys/EthereumKeystoreJson.h"
#include "keys/PolkadotAccountJson.h"
#include "keys/SolanaKeypairJson.h"

#include <QFile>
#include <QSaveFile>

namespace modreg {

QList<KeyExport::Format> KeyExport::formatsFor(const KeyInfo& key)
{
    QList<Format> out = key.type == KeyType::Ed25519
                            ? QList<Format>{Format::PolkadotJson, Format::SolanaKeypair}
                            : QList<Format>{Format::EthereumKeystore};
    if (key.hasMnemonic)
        out << Format::Mnemonic;
    out << Format::Hex;
    return out;
}

QString KeyExport::id(Format f)
{
    static const char* ids[] = {"ethereum-keystore", "polkadot-json", "solana-keypair", "mnemonic", "hex"};
    return QLatin1String(ids[static_cast<int>(f)]);
}

Result<KeyExport::Format> KeyExport::fromId(const QString& text)
{
    for (Format f : {Format::EthereumKeystore, Format::PolkadotJson, Format::SolanaKeypair, Format::Mnemonic,
                     Format::Hex}) {
        if (id(f) == text)
            return f;
    }
    return Result<Format>::failure(tr("Unknown export format \"%1\"; use ethereum-keystore, polkadot-json, "
                                      "solana-keypair, mnemonic or hex.")
                                       .arg(text));
}

QString KeyExport::displayName(Format f)
{
    switch (f) {
    case Format::EthereumKeystore:
        return tr("Ethereum keystore file (V3 JSON, encrypted)");
    case Format::PolkadotJson:
        return tr("polkadot.js account file (JSON, encrypted)");
    case Format::SolanaKeypair:
        return tr("Solana keypair file (not encrypted)");
    case Format::Mnemonic:
        return tr("Recovery phrase (not encrypted)");
    case Format::Hex:
        return tr("Private key in hex (not encrypted)");
    }
    return {};
}

Result<QByteArray> KeyExport::write(const Keystore& keystore, const QString& keyId, Format format,
                                    const SecureBytes& password)
{
    std::optional<KeyInfo> key = keystore.key(keyId);
    if (!key)
        return Result<QByteArray>::failure(tr("No such key in the unlocked keystore."));
    if (!formatsFor(*key).contains(format))
        return Result<QByteArray>::failure(
            format == Format::Mnemonic
                ? tr("\"%1\" was not made from a recovery phrase, so it has none to export.").arg(key->label)
                : tr("A %1 key cannot be exported as %2.").arg(keyTypeName(key->type), displayName(format)));
    if (isEncrypted(format) && password.empty())
        return Result<QByteArray>::failure(tr("Choose a password for the exported file."));
    QByteArray bytes;
    const Status done = keystore.withSecret(keyId, [&](const KeyInfo& k, const KeySecret& s) {
        switch (format) {
        case Format::EthereumKeystore:
            bytes = EthereumKeystoreJson::encrypt(s.secretKey, password);
            break;
        case Format::PolkadotJson:
            bytes = PolkadotAccountJson::encrypt(s.secretKey, password, k.label);
            break;
        case Format::SolanaKeypair:
            bytes = SolanaKeypairJson::write(s.secretKey);
            break;
        case Format::Mnemonic:
            bytes = s.mnemonic.toUnsafeQByteArray() + '\n';
            break;
        case Format::Hex:
            bytes = s.secretKey.toUnsafeQByteArray().toHex() + '\n';
            break;
        }
    });
    if (!done)
        return Result<QByteArray>::failure(done.error());
    return bytes;
}

Status KeyExport::save(const QString& path, const QByteArray& bytes, bool overwrite)
{
    if (QFile::exists(path) && !overwrite)
        return Status::failure(tr("%1 exists already.").arg(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(bytes) != bytes.size() || !f.commit())
        return Status::failure(tr("Could not write %1: %2").arg(path, f.errorString()));
    return success();
}

} // namespace modreg
