#include "keys/KeyMaker.h"

#include "crypto/Ed25519.h"
#include "crypto/HdDerivation.h"
#include "crypto/Secp256k1.h"
#include "crypto/SubstrateDerivation.h"

#include <QRegularExpression>

namespace modreg {

namespace {
KeyInfo describe(KeyType type, KeyOrigin origin, const QString& path, const QString& label,
                 const SecureBytes& secret)
{
    KeyInfo info;
    info.type = type;
    info.origin = origin;
    info.derivationPath = path;
    info.label = label;
    info.publicKey = type == KeyType::Ed25519 ? ed25519::publicKeyOf(secret) : secp256k1::publicKeyOf(secret);
    return info;
}
} // namespace

NewKey KeyMaker::random(KeyType type, const QString& label)
{
    SecureBytes secret = type == KeyType::Ed25519 ? ed25519::randomSeed() : secp256k1::randomSecretKey();
    KeyInfo info = describe(type, KeyOrigin::Random, {}, label, secret);
    return {info, {std::move(secret), {}, {}}};
}

Result<NewKey> KeyMaker::fromMnemonic(const Mnemonic& mnemonic, KeyOrigin origin, const QString& path,
                                      const QString& passphrase, const QString& label)
{
    Result<SecureBytes> secret = Result<SecureBytes>::failure(tr("Unknown derivation scheme."));
    KeyType type = KeyType::Ed25519;
    switch (origin) {
    case KeyOrigin::Bip44Secp256k1:
        type = KeyType::Secp256k1;
        secret = HdDerivation::bip32Secp256k1(mnemonic.seed(passphrase), path);
        break;
    case KeyOrigin::Slip10Ed25519:
        secret = HdDerivation::slip10Ed25519(mnemonic.seed(passphrase), path);
        break;
    case KeyOrigin::SubstrateEd25519:
        secret = SubstrateDerivation::ed25519(
            mnemonic, passphrase.isEmpty() ? path : path + QStringLiteral("///") + passphrase);
        break;
    default:
        break;
    }
    if (!secret)
        return Result<NewKey>::failure(secret.error());
    KeyInfo info = describe(type, origin, path, label, secret.value());
    return NewKey{info,
                  {std::move(secret).value(), mnemonic.phrase().clone(),
                   SecureBytes::fromQByteArray(passphrase.toUtf8())}};
}

Result<NewKey> KeyMaker::fromHex(const QString& hex, KeyType type, const QString& label)
{
    QString text = hex.trimmed();
    if (text.startsWith(QLatin1String("0x")) || text.startsWith(QLatin1String("0X")))
        text = text.mid(2);
    static const QRegularExpression hexDigits(QStringLiteral("^[0-9a-fA-F]*$"));
    if (!hexDigits.match(text).hasMatch())
        return Result<NewKey>::failure(tr("A private key in hex has only the digits 0-9 and a-f."));
    if (text.size() != 64)
        return Result<NewKey>::failure(
            tr("A private key is 32 bytes, 64 hex digits; this has %1 digits.").arg(text.size()));
    SecureBytes secret = SecureBytes::fromQByteArray(QByteArray::fromHex(text.toLatin1()));
    return fromSecret(std::move(secret), type, label);
}

Result<NewKey> KeyMaker::fromSecret(SecureBytes secret, KeyType type, const QString& label)
{
    if (secret.size() != 32)
        return Result<NewKey>::failure(tr("A private key is 32 bytes; this one is %1.").arg(secret.size()));
    if (type == KeyType::Secp256k1 && !secp256k1::isValidSecretKey(secret))
        return Result<NewKey>::failure(
            tr("This is not a valid secp256k1 private key: it is zero or not below the curve order."));
    KeyInfo info = describe(type, KeyOrigin::Imported, {}, label, secret);
    return NewKey{info, {std::move(secret), {}, {}}};
}

} // namespace modreg
